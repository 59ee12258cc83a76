#include "replay/ReplayEngine.h"

#include "replay/MarketTimeline.h"
#include "replay/ScopeRunner.h"
#include "replay/TimelineRecord.h"
#include "signal/CopyGrouper.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/FeeRateParser.h"
#include "venue/polymarket/GammaMarketParser.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace slip {
namespace {

using polymarket::ActivityParser;
using polymarket::RowRejection;

struct Settlement
{
    std::size_t recordIndex;
    TimelineRecord record;
};

QString rejection(const CaptureRecord& r, const RowRejection& x)
{
    return x.index < 0 ? QStringLiteral("line %1 (%2): %3").arg(r.line).arg(r.src, x.message)
                       : QStringLiteral("line %1 (%2) [%3]: %4").arg(r.line).arg(r.src).arg(x.index).arg(x.message);
}

// Everything but activity: books, markets (and the settlements they carry), fee rates and
// control records, indexed by time so lookups can answer "the latest record at X".
void indexCapture(const std::vector<const CaptureRecord*>& records, const EngineConfig& config, MarketTimeline& timeline,
                  std::vector<Settlement>& settlements,
                  std::vector<std::pair<std::size_t, TimelineRecord>>& resets, ReplayResult& result)
{
    QSet<QString> settled;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const CaptureRecord& r = *records[i];
        if (r.src == u"clob.book") {
            auto parsed = polymarket::BookParser::parse(r.body);
            for (const RowRejection& x : parsed.rejected)
                result.diagnostics << rejection(r, x);
            result.stats.rejectedObjects += int(parsed.rejected.size());
            for (BookSnapshot& b : parsed.books)
                timeline.addBook(r.t, std::move(b));
        } else if (r.src == u"gamma.market") {
            auto parsed = polymarket::GammaMarketParser::parse(r.body);
            for (const RowRejection& x : parsed.rejected)
                result.diagnostics << rejection(r, x);
            result.stats.rejectedObjects += int(parsed.rejected.size());
            for (MarketInfo& m : parsed.markets) {
                const bool sized = m.outcomePrices.size() == std::size_t(m.tokenIds.size());
                const auto winners = std::count_if(m.outcomePrices.begin(), m.outcomePrices.end(),
                                                   [](Micros p) { return p.raw() == Micros::kScale; });
                if (m.closed && sized && winners == 1 && !settled.contains(m.conditionId)) {
                    settled.insert(m.conditionId);
                    TimelineRecord s;
                    s.kind = TimelineRecord::Kind::Settlement;
                    s.t = r.t;
                    s.condition = m.conditionId;
                    s.tokens = m.tokenIds;
                    for (Micros p : m.outcomePrices)
                        s.prices.push_back(p.raw() == Micros::kScale ? Micros::kScale : 0);
                    settlements.push_back({i, std::move(s)});
                }
                timeline.addMarket(r.t, std::move(m));
            }
        } else if (r.src == u"clob.fee-rate") {
            auto fee = polymarket::FeeRateParser::parse(r.req, r.body);
            if (fee)
                timeline.addFeeRate(r.t, fee->asset, fee->bps);
            else {
                result.diagnostics << rejection(r, {-1, fee.error()});
                ++result.stats.rejectedObjects;
            }
        } else if (r.src == u"control") {
            const QJsonObject o = r.body.toObject();
            const QString action = o.value(QLatin1String("action")).toString();
            const QJsonValue engaged = o.value(QLatin1String("engaged"));
            if ((action == u"kill_switch" || action == u"pause") && engaged.isBool()) {
                timeline.addSwitch(r.t, action, engaged.toBool());
            } else if (action == u"reset_breaker") {
                const QString scope = o.value(QLatin1String("scope")).toString();
                const auto kind = parseBreakerKind(o.value(QLatin1String("breaker")).toString());
                const int wallet = config.walletIndex(o.value(QLatin1String("wallet")).toString().toLower());
                TimelineRecord reset;
                reset.kind = TimelineRecord::Kind::BreakerReset;
                reset.t = r.t;
                reset.breaker = kind.value_or(BreakerKind::Daily);
                if (kind && scope == u"EXEC_GLOBAL") {
                    reset.globalScope = true;
                    resets.push_back({i, reset});
                } else if (kind && scope == u"EXEC_USER" && wallet >= 0) {
                    reset.walletIndex = wallet;
                    resets.push_back({i, reset});
                } else
                    ++result.stats.ignoredControls;
            } else {
                ++result.stats.ignoredControls;
            }
        }
    }
}

void sortByLeft(std::vector<std::pair<std::size_t, TimelineRecord>>& v)
{
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

} // namespace

ReplayEngine::ReplayEngine(EngineConfig config) : config_(std::move(config)) {}

ReplayResult ReplayEngine::run(const std::vector<CaptureRecord>& input, const Progress& progress) const
{
    ReplayResult result;
    std::vector<const CaptureRecord*> records;
    records.reserve(input.size());
    for (const CaptureRecord& r : input)
        records.push_back(&r);
    std::stable_sort(records.begin(), records.end(), [](const auto* a, const auto* b) { return a->t < b->t; });
    result.stats.records = int(records.size());

    MarketTimeline timeline;
    std::vector<Settlement> settlements;
    std::vector<std::pair<std::size_t, TimelineRecord>> resets;
    indexCapture(records, config_, timeline, settlements, resets, result);

    // Settlements and resets in capture order: the timeline every executable scope applies.
    std::vector<std::pair<std::size_t, TimelineRecord>> ordered = resets;
    for (const Settlement& s : settlements)
        ordered.push_back({s.recordIndex, s.record});
    sortByLeft(ordered);
    std::vector<TimelineRecord> scopeTimeline;
    for (auto& [index, rec] : ordered)
        scopeTimeline.push_back(rec);

    // Pass over the capture: SHADOW and grouping.
    std::vector<Portfolio> shadows(config_.wallets.size(), Portfolio(0));
    CopyGrouper grouper(config_.seed);
    QSet<QString> seenKeys;
    std::size_t nextSettlement = 0;
    QHash<QString, int> walletIndex;
    for (int w = 0; w < int(config_.wallets.size()); ++w)
        walletIndex.insert(config_.wallets[std::size_t(w)].address, w);
    const auto followed = [&walletIndex](const QString& w) { return walletIndex.contains(w); };
    const std::size_t total = records.size();
    for (std::size_t i = 0; i < records.size(); ++i) {
        const CaptureRecord& r = *records[i];
        if (progress && (i % 4096 == 0))
            progress(i, total);
        while (nextSettlement < settlements.size() && settlements[nextSettlement].recordIndex == i) {
            const TimelineRecord& s = settlements[nextSettlement++].record;
            for (Portfolio& shadow : shadows)
                shadow.settle(s.condition, s.tokens, s.prices, s.t);
        }
        const bool activity = r.src == u"data-api.activity";
        if (!activity && r.src != u"data-api.trades")
            continue;
        auto parsed = ActivityParser::parse(r.body, activity ? ActivityParser::Feed::Activity : ActivityParser::Feed::Trades,
                                            r.t, followed);
        for (const RowRejection& x : parsed.rejected)
            result.diagnostics << rejection(r, x);
        result.stats.rejectedObjects += int(parsed.rejected.size());
        result.stats.ignoredRows += parsed.ignored;
        std::vector<TradeEvent> fresh;
        for (TradeEvent& e : parsed.events) {
            if (seenKeys.contains(e.key)) {
                ++result.stats.duplicates;
                continue;
            }
            seenKeys.insert(e.key);
            fresh.push_back(std::move(e));
        }
        std::stable_sort(fresh.begin(), fresh.end(), [](const TradeEvent& a, const TradeEvent& b) { return a.timeMs < b.timeMs; });
        for (const TradeEvent& e : fresh) {
            const int w = walletIndex.value(e.wallet);
            const WalletParams& p = config_.wallets[std::size_t(w)].params;
            const GroupTiming timing{p.aggregationWindowMs, p.decisionLatencyMs, p.jitterMs};
            const bool stale = p.maxEventAgeMs > 0 && e.detectMs - e.timeMs > p.maxEventAgeMs;
            Portfolio& shadow = shadows[std::size_t(w)];
            if (e.type == ActivityType::Trade) {
                ++result.stats.tradeEvents;
                const std::int64_t before = shadow.holdings(0, e.asset);
                if (e.side == Side::Buy) {
                    shadow.buy(0, e.asset, e.conditionId, e.shares.raw(), notional(e.price, e.shares).raw(), 0, e.key, e.detectMs);
                } else {
                    const std::int64_t sold = std::min(e.shares.raw(), before);
                    if (sold < e.shares.raw())
                        ++result.stats.untrackedSells;
                    if (sold > 0)
                        shadow.sell(0, e.asset, sold, notional(e.price, Micros(sold)).raw(), 0, e.key, e.detectMs);
                }
                grouper.addTrade(w, e.wallet, e.asset, sideToString(e.side), e.conditionId, stale, e.detectMs,
                                 e.price.raw(), e.shares.raw(), before, shadow.holdings(0, e.asset), timing);
            } else if (e.type == ActivityType::Split || e.type == ActivityType::Merge) {
                const bool split = e.type == ActivityType::Split;
                if (const MarketInfo* m = timeline.marketOfCondition(e.conditionId, e.detectMs)) {
                    if (split) {
                        shadow.split(0, m->conditionId, m->tokenIds, e.shares.raw(), e.key, e.detectMs);
                    } else {
                        std::int64_t a = e.shares.raw();
                        for (const QString& token : m->tokenIds)
                            a = std::min(a, shadow.holdings(0, token));
                        if (a < e.shares.raw())
                            ++result.stats.untrackedMerges;
                        if (a > 0)
                            shadow.merge(0, m->conditionId, m->tokenIds, a, e.key, e.detectMs);
                    }
                } else {
                    ++result.stats.shadowSkippedSplitMerge;
                }
                grouper.addSplitMerge(w, e.wallet, e.conditionId, split ? QStringLiteral("SPLIT") : QStringLiteral("MERGE"),
                                      stale, e.detectMs, e.shares.raw(), timing);
            }
            // REDEEM: deduplicated above and changes no ledger (the settlement already paid).
            if (keepEvents_)
                result.events.push_back(e);
        }
    }
    while (nextSettlement < settlements.size()) {
        const TimelineRecord& s = settlements[nextSettlement++].record;
        for (Portfolio& shadow : shadows)
            shadow.settle(s.condition, s.tokens, s.prices, s.t);
    }

    // Executable scopes, each over its groups in processing order.
    const std::vector<CopyGroup>& groups = grouper.groups();
    result.stats.groups = int(groups.size());
    std::vector<std::size_t> order(groups.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return groups[a] < groups[b]; });

    std::vector<ScopeRunner> users;
    for (int w = 0; w < int(config_.wallets.size()); ++w)
        users.emplace_back(config_, timeline, scopeTimeline, w);
    ScopeRunner global(config_, timeline, scopeTimeline, -1);
    result.attempts.reserve(groups.size() * 2);
    std::size_t done = 0;
    for (std::size_t gi : order) {
        const CopyGroup& g = groups[gi];
        result.attempts.push_back(users[std::size_t(g.walletIndex)].process(g));
        result.attempts.push_back(global.process(g));
        if (progress && (++done % 4096 == 0))
            progress(total + done, total + groups.size());
    }
    for (ScopeRunner& u : users)
        u.finish();
    global.finish();

    // Final figures at end_ms.
    std::int64_t endMs = records.empty() ? 0 : records.back()->t;
    for (const CopyGroup& g : groups)
        endMs = std::max(endMs, g.decisionMs);
    result.endMs = endMs;
    const Portfolio::MidLookup mids = [&](const QString& asset) { return timeline.midAt(asset, endMs); };
    auto figures = [&](const QString& scope, const QString& wallet, std::int64_t start, const Portfolio& p) {
        PortfolioFigures f;
        f.scope = scope;
        f.wallet = wallet;
        f.startCash = start;
        f.cash = p.cash();
        f.realized = p.realized();
        f.equity = p.equity(mids);
        for (const auto& [asset, h] : p.assets())
            if (h.shares != 0)
                f.positions.push_back({asset, h.shares, h.costBasis});
        f.portfolio = p;
        result.portfolios.push_back(std::move(f));
    };
    for (const FollowedWallet& w : config_.wallets)
        result.walletAddresses.push_back(w.address);
    for (std::size_t w = 0; w < config_.wallets.size(); ++w)
        figures(QStringLiteral("SHADOW"), config_.wallets[w].address, 0, shadows[w]);
    for (std::size_t w = 0; w < config_.wallets.size(); ++w)
        figures(QStringLiteral("EXEC_USER"), config_.wallets[w].address, users[w].bankroll(), users[w].portfolio());
    figures(QStringLiteral("EXEC_GLOBAL"), QString(), global.bankroll(), global.portfolio());

    // Breaker events: by t, then EXEC_USER scopes in config order before EXEC_GLOBAL, then occurrence.
    for (const ScopeRunner& u : users)
        result.breakerEvents.insert(result.breakerEvents.end(), u.breakerEvents().begin(), u.breakerEvents().end());
    result.breakerEvents.insert(result.breakerEvents.end(), global.breakerEvents().begin(), global.breakerEvents().end());
    const int globalRank = std::numeric_limits<int>::max();
    std::stable_sort(result.breakerEvents.begin(), result.breakerEvents.end(), [&](const auto& a, const auto& b) {
        const int ra = a.globalScope ? globalRank : a.walletIndex;
        const int rb = b.globalScope ? globalRank : b.walletIndex;
        return std::tie(a.event.tMs, ra) < std::tie(b.event.tMs, rb);
    });

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PortfolioFigures& f : result.portfolios) {
        hash.addData((f.scope + u'|' + f.wallet + u'\n').toUtf8());
        for (const LedgerEntry& e : f.portfolio.ledger())
            hash.addData((e.canonicalText() + u'\n').toUtf8());
    }
    result.ledgerSha256 = QString::fromLatin1(hash.result().toHex());
    if (progress)
        progress(total + groups.size(), total + groups.size());
    return result;
}

} // namespace slip
