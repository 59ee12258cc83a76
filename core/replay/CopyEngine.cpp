#include "replay/CopyEngine.h"

#include "replay/ParseAhead.h"
#include "replay/TimelineRecord.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/FeeRateParser.h"
#include "venue/polymarket/GammaMarketParser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace slip {

using polymarket::ActivityParser;
using polymarket::RowRejection;

namespace {

// The Data API route a record's body came from, or none when it is not activity rows.
std::optional<ActivityParser::Feed> activityFeed(const CaptureRecord& r)
{
    if (r.src == u"data-api.activity")
        return ActivityParser::Feed::Activity;
    if (r.src == u"data-api.trades")
        return ActivityParser::Feed::Trades;
    return std::nullopt;
}

} // namespace

CopyEngine::CopyEngine(EngineConfig config)
    : config_(std::make_unique<EngineConfig>(std::move(config))),
      timeline_(std::make_unique<MarketTimeline>()),
      grouper_(config_->seed)
{
    for (int w = 0; w < int(config_->wallets.size()); ++w)
        addWalletScopes(w);
    global_ = std::make_unique<ScopeRunner>(*config_, *timeline_, -1);
}

QByteArray CopyEngine::canonicalJson(const EngineConfig& config)
{
    return QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
}

void CopyEngine::addWalletScopes(int w)
{
    walletIndex_.insert(config_->wallets[std::size_t(w)].address, w);
    shadows_.emplace_back(0);
    users_.push_back(std::make_unique<ScopeRunner>(*config_, *timeline_, w));
    users_.back()->setKeepTraces(liveOutput_);
    emitted_.push_back({});
}

void CopyEngine::setLiveOutput(bool on)
{
    liveOutput_ = on;
    for (auto& u : users_)
        u->setKeepTraces(on);
    global_->setKeepTraces(on);
}

// Slipstream's own control record: {"action": "config", "config": {…the §9 shape…}}, written by
// the terminal whenever it starts under a configuration other than the one in force in its
// capture. From its t on, groups are decided with the new values: wallets already known take
// their new label, enabled flag, mode and overrides; wallets new to the stream get their scopes
// (starting at their bankroll); wallets no longer listed are disabled (their history stays);
// the global values replace the old ones. The seed, the bankrolls of existing scopes and the
// switches (kill_switch, pause: control records of their own) do not change mid-stream.
void CopyEngine::applyConfigRecord(const CaptureRecord& r, const QJsonObject& body)
{
    auto next = EngineConfig::fromObject(body.value(QLatin1String("config")).toObject());
    if (!next) {
        diagnostics_ << rejection(r, -1, QStringLiteral("config control record: ") + next.error());
        ++stats_.ignoredControls;
        return;
    }
    recordedConfig_ = canonicalJson(*next);
    EngineConfig& cfg = *config_;
    QSet<QString> listed;
    for (const FollowedWallet& w : next->wallets) {
        listed.insert(w.address);
        const int i = cfg.walletIndex(w.address);
        if (i >= 0) {
            FollowedWallet& old = cfg.wallets[std::size_t(i)];
            const Micros bankroll = old.params.walletBankrollUsdc;
            old.label = w.label;
            old.enabled = w.enabled;
            old.mode = w.mode;
            old.overrides = w.overrides;
            old.params = w.params;
            old.params.walletBankrollUsdc = bankroll;
        } else {
            cfg.wallets.push_back(w);
            addWalletScopes(int(cfg.wallets.size()) - 1);
        }
    }
    for (FollowedWallet& w : cfg.wallets) {
        if (!listed.contains(w.address))
            w.enabled = false;
    }
    cfg.global = next->global;
    cfg.globalJson = next->globalJson;
    for (auto& u : users_)
        u->reloadParams();
    global_->reloadParams();
}

QString CopyEngine::rejection(const CaptureRecord& r, int index, const QString& message) const
{
    return index < 0 ? QStringLiteral("line %1 (%2): %3").arg(r.line).arg(r.src, message)
                     : QStringLiteral("line %1 (%2) [%3]: %4").arg(r.line).arg(r.src).arg(index).arg(message);
}

ParsedBody ParsedBody::of(const CaptureRecord& record)
{
    ParsedBody out;
    if (const auto feed = activityFeed(record))
        out.activity = ActivityParser::parse(record.body, *feed, record.t);
    else if (record.src == u"clob.book")
        out.books = polymarket::BookParser::parse(record.body);
    return out;
}

void CopyEngine::ingest(const CaptureRecord& record, Output& out, ParsedBody parsed)
{
    if (!held_.empty() && record.t > lastT_)
        passHeld(out);
    decideBefore(record.t, out);
    ++stats_.records;
    lastT_ = std::max(lastT_, record.t);
    held_.push_back({record, std::move(parsed)});
    collect(out);
}

void CopyEngine::advanceTo(std::int64_t now, Output& out)
{
    if (!held_.empty() && now > lastT_)
        passHeld(out);
    decideBefore(now, out);
    collect(out);
}

void CopyEngine::finish(Output& out)
{
    passHeld(out);
    decideBefore(std::numeric_limits<std::int64_t>::max(), out);
    for (auto& u : users_)
        u->finish();
    global_->finish();
    collect(out);
}

// Records of one t are indexed (books, markets, fee rates, switches) before any of them is
// passed over, because lookups "at t" see every record with that t, whatever its position.
void CopyEngine::applyHeld()
{
    for (Held& h : held_)
        indexRecord(h.record, h.parsed);
}

void CopyEngine::passHeld(Output& out)
{
    applyHeld();
    for (Held& h : held_)
        passRecord(h.record, h.parsed, out);
    held_.clear();
}

void CopyEngine::indexRecord(const CaptureRecord& r, ParsedBody& ahead)
{
    if (r.src == u"clob.book") {
        polymarket::BookParseResult parsed;
        if (ahead.books) {
            parsed = std::move(*ahead.books);
            ahead.books.reset();
        } else {
            parsed = polymarket::BookParser::parse(r.body);
        }
        for (const RowRejection& x : parsed.rejected)
            diagnostics_ << rejection(r, x.index, x.message);
        stats_.rejectedObjects += int(parsed.rejected.size());
        for (BookSnapshot& b : parsed.books)
            timeline_->addBook(r.t, std::move(b));
    } else if (r.src == u"gamma.market") {
        auto parsed = polymarket::GammaMarketParser::parse(r.body);
        for (const RowRejection& x : parsed.rejected)
            diagnostics_ << rejection(r, x.index, x.message);
        stats_.rejectedObjects += int(parsed.rejected.size());
        for (MarketInfo& m : parsed.markets)
            timeline_->addMarket(r.t, std::move(m));
    } else if (r.src == u"clob.fee-rate") {
        auto fee = polymarket::FeeRateParser::parse(r.req, r.body);
        if (fee) {
            timeline_->addFeeRate(r.t, fee->asset, fee->bps);
        } else {
            diagnostics_ << rejection(r, -1, fee.error());
            ++stats_.rejectedObjects;
        }
    } else if (r.src == u"control") {
        const QJsonObject o = r.body.toObject();
        const QString action = o.value(QLatin1String("action")).toString();
        const QJsonValue engaged = o.value(QLatin1String("engaged"));
        if ((action == u"kill_switch" || action == u"pause") && engaged.isBool())
            timeline_->addSwitch(r.t, action, engaged.toBool());
    }
}

// The pass over one record in capture order: settlements, breaker resets and new events.
void CopyEngine::passRecord(const CaptureRecord& r, ParsedBody& ahead, Output& out)
{
    if (r.src == u"gamma.market") {
        // Parsed again (cheap, rare) so settlements keep their place among the record's events.
        auto parsed = polymarket::GammaMarketParser::parse(r.body);
        for (const MarketInfo& m : parsed.markets) {
            const bool sized = m.outcomePrices.size() == std::size_t(m.tokenIds.size());
            const auto winners = std::count_if(m.outcomePrices.begin(), m.outcomePrices.end(),
                                               [](Micros p) { return p.raw() == Micros::kScale; });
            if (!m.closed || !sized || winners != 1 || settled_.contains(m.conditionId))
                continue;
            settled_.insert(m.conditionId);
            TimelineRecord s;
            s.kind = TimelineRecord::Kind::Settlement;
            s.t = r.t;
            s.condition = m.conditionId;
            s.tokens = m.tokenIds;
            for (Micros p : m.outcomePrices)
                s.prices.push_back(p.raw() == Micros::kScale ? Micros::kScale : 0);
            for (Portfolio& shadow : shadows_)
                shadow.settle(s.condition, s.tokens, s.prices, s.t);
            for (auto& u : users_)
                u->addTimeline(s);
            global_->addTimeline(s);
        }
        return;
    }
    if (r.src == u"control") {
        const QJsonObject o = r.body.toObject();
        const QString action = o.value(QLatin1String("action")).toString();
        const QJsonValue engaged = o.value(QLatin1String("engaged"));
        if ((action == u"kill_switch" || action == u"pause") && engaged.isBool())
            return;
        if (action == u"close_position" && followTerminalRecords_) {
            passClose(r, o, out);
            return;
        }
        if (action == u"config" && followTerminalRecords_) {
            applyConfigRecord(r, o);
            return;
        }
        if (action != u"reset_breaker") {
            ++stats_.ignoredControls;
            return;
        }
        const QString scope = o.value(QLatin1String("scope")).toString();
        const auto kind = parseBreakerKind(o.value(QLatin1String("breaker")).toString());
        const int wallet = config_->walletIndex(o.value(QLatin1String("wallet")).toString().toLower());
        TimelineRecord reset;
        reset.kind = TimelineRecord::Kind::BreakerReset;
        reset.t = r.t;
        reset.breaker = kind.value_or(BreakerKind::Daily);
        if (kind && scope == u"EXEC_GLOBAL") {
            reset.globalScope = true;
            global_->addTimeline(reset);
        } else if (kind && scope == u"EXEC_USER" && wallet >= 0) {
            reset.walletIndex = wallet;
            users_[std::size_t(wallet)]->addTimeline(reset);
        } else {
            ++stats_.ignoredControls;
        }
        return;
    }
    const auto feed = activityFeed(r);
    if (!feed)
        return;
    // A record's rows are usually one wallet's (the Data API is asked per wallet), so the last
    // wallet's index is kept: one string compare instead of hashing the address twice per row.
    QString lastWallet;
    int lastIndex = -2; // none yet
    const auto indexOf = [&](const QString& wallet) {
        if (lastIndex == -2 || wallet != lastWallet) {
            lastWallet = wallet;
            lastIndex = walletIndex_.value(wallet, -1);
        }
        return lastIndex;
    };
    const auto followed = [&](const QString& w) { return indexOf(w) >= 0; };
    polymarket::ActivityParseResult parsed;
    // Parsed ahead, the body has the rows of every wallet: those of wallets not followed now
    // are ignored here, as the parser's filter ignores them (after any row error, before the
    // row's key).
    const bool filter = ahead.activity.has_value();
    if (filter) {
        parsed = std::move(*ahead.activity);
        ahead.activity.reset();
    } else {
        parsed = ActivityParser::parse(r.body, *feed, r.t, followed);
    }
    for (const RowRejection& x : parsed.rejected)
        diagnostics_ << rejection(r, x.index, x.message);
    stats_.rejectedObjects += int(parsed.rejected.size());
    stats_.ignoredRows += parsed.ignored;
    // The parser thread's work on the rows (AheadWork), when it did it: one RowAhead per row.
    std::vector<RowAhead>& rowsAhead = ahead.rows;
    const bool prepared = filter && rowsAhead.size() == parsed.events.size();
    const bool dedupedAhead = prepared && ahead.dedupedAhead;
    Q_ASSERT(dedupedAhead || !dedupedAhead_ || parsed.events.empty());
    dedupedAhead_ = dedupedAhead_ || dedupedAhead;
    std::vector<TradeEvent*> fresh;
    fresh.reserve(parsed.events.size());
    for (std::size_t i = 0; i < parsed.events.size(); ++i) {
        TradeEvent& e = parsed.events[i];
        if (filter && !followed(e.wallet)) {
            ++stats_.ignoredRows;
            continue;
        }
        if (!(dedupedAhead ? rowsAhead[i].fresh : seen_.insert(e.key))) {
            ++stats_.duplicates;
            continue;
        }
        fresh.push_back(&e);
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const TradeEvent* a, const TradeEvent* b) { return a->timeMs < b->timeMs; });
    for (TradeEvent* row : fresh) {
        TradeEvent& e = *row;
        const int w = indexOf(e.wallet);
        const WalletParams& p = config_->wallets[std::size_t(w)].params;
        const GroupTiming timing{p.aggregationWindowMs, p.decisionLatencyMs, p.jitterMs};
        const bool stale = p.maxEventAgeMs > 0 && e.detectMs - e.timeMs > p.maxEventAgeMs;
        Portfolio& shadow = shadows_[std::size_t(w)];
        const std::size_t groupsBefore = grouper_.groups().size();
        if (e.type == ActivityType::Trade) {
            ++stats_.tradeEvents;
            // The token id is hashed once here; the shadow, the grouper and the scopes use its number.
            const AssetKey asset(e.asset, timeline_->internAsset(e.asset));
            const std::int64_t before = shadow.holdings(0, asset);
            if (e.side == Side::Buy) {
                shadow.buy(0, asset, e.conditionId, e.shares.raw(), notional(e.price, e.shares).raw(), 0, e.key, e.detectMs);
            } else {
                const std::int64_t sold = std::min(e.shares.raw(), before);
                if (sold < e.shares.raw())
                    ++stats_.untrackedSells;
                if (sold > 0)
                    shadow.sell(0, asset, sold, notional(e.price, Micros(sold)).raw(), 0, e.key, e.detectMs);
            }
            grouper_.addTrade(w, e.wallet, asset.id, e.asset, sideToString(e.side), e.conditionId, stale, e.detectMs,
                              e.price.raw(), e.shares.raw(), before, shadow.holdings(0, asset), timing,
                              prepared ? &rowsAhead[std::size_t(row - parsed.events.data())].key : nullptr);
        } else if (e.type == ActivityType::Split || e.type == ActivityType::Merge) {
            const bool split = e.type == ActivityType::Split;
            if (const MarketInfo* m = timeline_->marketOfCondition(e.conditionId, e.detectMs)) {
                if (split) {
                    shadow.split(0, m->conditionId, m->tokenIds, e.shares.raw(), e.key, e.detectMs);
                } else {
                    std::int64_t a = e.shares.raw();
                    for (const QString& token : m->tokenIds)
                        a = std::min(a, shadow.holdings(0, token));
                    if (a < e.shares.raw())
                        ++stats_.untrackedMerges;
                    if (a > 0)
                        shadow.merge(0, m->conditionId, m->tokenIds, a, e.key, e.detectMs);
                }
            } else {
                ++stats_.shadowSkippedSplitMerge;
            }
            grouper_.addSplitMerge(w, e.wallet, e.conditionId, split ? QStringLiteral("SPLIT") : QStringLiteral("MERGE"),
                                   stale, e.detectMs, e.shares.raw(), timing);
        }
        // REDEEM: deduplicated above and changes no ledger (the settlement already paid).
        for (std::size_t i = groupsBefore; i < grouper_.groups().size(); ++i) {
            const CopyGroup& g = grouper_.groups()[i];
            pending_.push_back(i);
            ++stats_.groups;
            lastDecisionMs_ = std::max(lastDecisionMs_, g.decisionMs);
            if (liveOutput_ && !g.isSplitOrMerge())
                out.books.push_back({g.asset, g.flushMs, g.decisionMs});
        }
        if (keepEvents_)
            out.events.push_back(std::move(e));
    }
    // Rows parsed on the parser thread go back to it: freeing them here would contend for the
    // malloc arena their strings came from (a tenth of a replay's time on two cores).
    if (ahead.spent)
        ahead.spent->put(std::move(parsed.events), std::move(rowsAhead));
}

void CopyEngine::reserve(std::size_t rows)
{
    grouper_.reserve(rows);
    seen_.reserve(qsizetype(rows));
    reservedRows_ = rows;
}

std::shared_ptr<AheadWork> CopyEngine::aheadWork(bool dedup) const
{
    std::optional<QSet<QString>> followed;
    if (dedup) {
        followed.emplace();
        for (auto it = walletIndex_.cbegin(); it != walletIndex_.cend(); ++it)
            followed->insert(it.key());
    }
    return std::make_shared<AheadWork>(config_->seed, std::move(followed), reservedRows_);
}

// Slipstream's own control record, followed only with setFollowTerminalRecords (not in
// spec/copy-engine.md, whose replays count it and ignore it): {"action": "close_position",
// "scope": "EXEC_USER"|"EXEC_GLOBAL", "wallet": "0x…" (EXEC_USER: required; EXEC_GLOBAL: that
// wallet's lot, absent: every lot), "asset": "<token id>"}. It is a timeline record of its scope
// applied at once: every group decided before t has been decided (ingest decides them before it
// holds the record) and none at or after t, so this is the place §4 gives it. Its attempts are
// reported here, between those groups' attempts and the next.
void CopyEngine::passClose(const CaptureRecord& r, const QJsonObject& o, Output& out)
{
    const QString scope = o.value(QLatin1String("scope")).toString();
    const QString asset = o.value(QLatin1String("asset")).toString();
    const QJsonValue walletValue = o.value(QLatin1String("wallet"));
    const int wallet = config_->walletIndex(walletValue.toString().toLower());
    TimelineRecord close;
    close.kind = TimelineRecord::Kind::ClosePosition;
    close.t = r.t;
    close.asset = asset;
    ScopeRunner* runner = nullptr;
    if (!asset.isEmpty() && scope == u"EXEC_USER" && wallet >= 0) {
        close.walletIndex = wallet;
        runner = users_[std::size_t(wallet)].get();
    } else if (!asset.isEmpty() && scope == u"EXEC_GLOBAL" && (walletValue.isUndefined() || walletValue.isNull() || wallet >= 0)) {
        close.globalScope = true;
        close.walletIndex = wallet;
        runner = global_.get();
    }
    if (!runner) {
        ++stats_.ignoredControls;
        return;
    }
    runner->addTimeline(close);
    runner->applyCloseAt(r.t);
    for (CopyAttempt& a : runner->takeCloseAttempts())
        out.attempts.push_back(std::move(a));
}

void CopyEngine::decideBefore(std::int64_t now, Output& out)
{
    const auto& groups = grouper_.groups();
    std::vector<std::size_t> due;
    auto keep = pending_.begin();
    for (std::size_t i : pending_) {
        if (groups[i].decisionMs < now)
            due.push_back(i);
        else
            *keep++ = i;
    }
    if (due.empty())
        return;
    pending_.erase(keep, pending_.end());
    std::stable_sort(due.begin(), due.end(), [&](std::size_t a, std::size_t b) { return groups[a] < groups[b]; });
    for (std::size_t gi : due) {
        const CopyGroup& g = groups[gi];
        out.attempts.push_back(users_[std::size_t(g.walletIndex)]->process(g));
        out.attempts.push_back(global_->process(g));
    }
}

void CopyEngine::collect(Output& out)
{
    if (!liveOutput_)
        return;
    const int n = int(shadows_.size());
    auto take = [&](std::size_t& emitted, const Portfolio& p, ScopedLedgerEntry::Scope scope, int wallet) {
        const auto& ledger = p.ledger();
        for (std::size_t i = emitted; i < ledger.size(); ++i)
            out.ledger.push_back({scope, wallet, ledger[i]});
        emitted = ledger.size();
    };
    for (int w = 0; w < n; ++w)
        take(emitted_[std::size_t(w)].shadowLedger, shadows_[std::size_t(w)], ScopedLedgerEntry::Scope::Shadow, w);
    for (int w = 0; w < n; ++w)
        take(emitted_[std::size_t(w)].userLedger, users_[std::size_t(w)]->portfolio(), ScopedLedgerEntry::Scope::ExecUser, w);
    take(globalLedgerEmitted_, global_->portfolio(), ScopedLedgerEntry::Scope::ExecGlobal, -1);
    auto events = [&](std::size_t& emitted, const ScopeRunner& s) {
        const auto& list = s.breakerEvents();
        for (std::size_t i = emitted; i < list.size(); ++i)
            out.breakers.push_back(list[i]);
        emitted = list.size();
    };
    for (int w = 0; w < n; ++w)
        events(emitted_[std::size_t(w)].userBreakers, *users_[std::size_t(w)]);
    events(globalBreakersEmitted_, *global_);
}

std::int64_t CopyEngine::nextDecisionMs() const
{
    std::int64_t next = -1;
    for (std::size_t i : pending_) {
        const std::int64_t d = grouper_.groups()[i].decisionMs;
        if (next < 0 || d < next)
            next = d;
    }
    return next;
}

std::int64_t CopyEngine::nextDueMs() const
{
    const std::int64_t decision = nextDecisionMs();
    if (held_.empty())
        return decision;
    return decision < 0 ? lastT_ : std::min(lastT_, decision);
}

std::vector<BookNeed> CopyEngine::pendingBookNeeds() const
{
    std::vector<BookNeed> needs;
    for (std::size_t i : pending_) {
        const CopyGroup& g = grouper_.groups()[i];
        if (!g.isSplitOrMerge())
            needs.push_back({g.asset, g.flushMs, g.decisionMs});
    }
    return needs;
}

} // namespace slip
