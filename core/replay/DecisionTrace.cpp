#include "replay/DecisionTrace.h"

#include "domain/JsonText.h"

#include <charconv>

namespace slip {
namespace {

// A compact JSON writer for one object tree. Callers give the keys of each object in bytewise
// order (as QJsonObject keeps them), so the text matches QJsonDocument's.
class JsonOut
{
public:
    explicit JsonOut(QByteArray& out) : out_(out) {}

    void begin(const char* key = nullptr)
    {
        if (key)
            name(key);
        out_ += '{';
        first_ = true;
    }
    void end()
    {
        out_ += '}';
        first_ = false;
    }
    void number(const char* key, std::int64_t v)
    {
        name(key);
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        out_.append(digits, end - digits);
    }
    void boolean(const char* key, bool v)
    {
        name(key);
        out_ += v ? "true" : "false";
    }
    void null(const char* key)
    {
        name(key);
        out_ += "null";
    }
    void string(const char* key, QStringView s)
    {
        name(key);
        json::appendString(out_, s);
    }
    void strings(const char* key, const QStringList& list)
    {
        name(key);
        out_ += '[';
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out_ += ',';
            json::appendString(out_, list[i]);
        }
        out_ += ']';
    }

private:
    void name(const char* key)
    {
        if (!first_)
            out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += key;
        out_ += "\":";
    }

    QByteArray& out_;
    bool first_ = true;
};

} // namespace

QByteArray decisionTraceJson(const DecisionContext& ctx, const PipelineOutcome& out, const CopyAttempt& a,
                             const BookWalk* walk, std::int64_t feeBps)
{
    const WalletParams& p = *ctx.params;
    const CopyGroup& g = *ctx.group;
    const StageFigures& f = out.figures;
    QByteArray text;
    text.reserve(900);
    JsonOut j(text);
    // A stage's result: the reasons when it is the stage that failed, else "pass".
    auto result = [&](char stage) {
        if (!a.execute && f.stage == stage)
            j.strings("result", a.reasons);
        else
            j.string("result", u"pass");
    };

    j.begin();
    j.begin("A gates");
    j.boolean("breaker_tripped", ctx.breakerTripped);
    j.number("holdings", ctx.holdings);
    j.boolean("kill_switch", ctx.killSwitch);
    if (ctx.market)
        j.boolean("market_closed", ctx.market->closed);
    j.boolean("market_known", ctx.market != nullptr);
    if (ctx.market && ctx.market->endMs)
        j.number("ms_to_market_end", *ctx.market->endMs - g.decisionMs);
    if (ctx.market)
        j.number("near_close_ms", p.nearCloseMs);
    j.boolean("paused", ctx.paused);
    result('A');
    j.boolean("wallet_enabled", ctx.walletEnabled);
    j.end();

    if (f.stage >= 'B' && !g.isSplitOrMerge()) {
        j.begin("B sizing");
        j.number("cap", f.cap);
        j.number("equity", ctx.equity);
        j.boolean("full_exit", f.fullExit);
        j.number("min_trade", p.minTradeUsdc.raw());
        result('B');
        j.string("sizing_mode", QString::fromLatin1(sizingModeName(p.sizingMode)));
        j.number("target_notional", a.targetNotional.value_or(0));
        j.number("target_shares", a.targetShares.value_or(0));
        if (ctx.market && ctx.market->orderMinSize)
            j.number("venue_min_shares", ctx.market->orderMinSize->raw());
        j.end();
    }

    if (f.stage >= 'C' && f.totalExposure >= 0) {
        j.begin("C risk");
        j.number("cash", ctx.cash);
        j.number("market_cap", f.marketCap);
        j.number("market_exposure", f.marketExposure);
        result('C');
        j.number("total_cap", f.totalCap);
        j.number("total_exposure", f.totalExposure);
        if (f.walletExposure >= 0) {
            j.number("wallet_cap", f.walletCap);
            j.number("wallet_exposure", f.walletExposure);
        }
        j.end();
    }

    if (f.stage >= 'D') {
        j.begin("D book");
        if (f.bestBid >= 0) {
            j.number("best_ask", f.bestAsk);
            j.number("best_bid", f.bestBid);
        }
        if (f.bookAgeMs >= 0)
            j.number("book_age_ms", f.bookAgeMs);
        if (f.depth >= 0) {
            j.number("bound", out.bound);
            j.number("depth_in_band", f.depth);
        }
        j.number("max_book_age_ms", p.maxBookAgeMs);
        if (f.bestBid >= 0) {
            j.number("max_spread", p.maxSpread.raw());
            j.number("mid", a.mid.value_or(0));
        }
        if (f.depth >= 0)
            j.number("min_depth", f.minDepth);
        result('D');
        if (f.bestBid >= 0)
            j.number("spread", f.bestAsk - f.bestBid);
        j.end();
    }

    if (walk) {
        j.begin("E fill");
        j.number("fee", walk->fee);
        j.number("fee_rate_bps", feeBps);
        j.number("filled_notional", walk->filledNotional);
        j.number("filled_shares", walk->filledShares);
        j.number("levels", std::int64_t(walk->levels.size()));
        if (a.execute)
            j.string("result", u"pass");
        else
            j.strings("result", a.reasons);
        j.end();
    }

    if (a.execute)
        j.null("failed_stage");
    else
        j.string("failed_stage", QString(QLatin1Char(walk ? 'E' : f.stage)));
    j.string("units", u"amounts and prices in micros (1000000 = 1 USDC or a price of 1), times in ms");
    j.end();
    return text;
}

} // namespace slip
