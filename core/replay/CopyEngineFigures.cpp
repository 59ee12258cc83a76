// CopyEngine's figures (copy-engine §8): portfolio valuations, the ledger hash and the final
// result of a run; the stream itself is in CopyEngine.cpp.

#include "replay/CopyEngine.h"

#include "crypto/Sha256.h"

namespace slip {

std::int64_t CopyEngine::equityAt(const Portfolio& p, std::int64_t x) const
{
    // By the slot's asset number where it has one (the engine's portfolios number every asset
    // with the timeline's ids): a snapshot values every slot of every scope, and hashing each
    // 77-digit token id again was a third of a restart's engine time.
    return p.cash() + p.totalExposureBySlot([this, &p, x](int slot) {
               const int id = p.slotAssetId(slot);
               return id >= 0 ? timeline_->midAt(id, x) : timeline_->midAt(p.slotAsset(slot), x);
           });
}

QString CopyEngine::ledgerHash(const std::vector<std::pair<QString, const std::vector<LedgerEntry>*>>& scopes)
{
    // OpenSSL's SHA-256 (CPU SHA extensions): this hash covers every ledger line of a run.
    crypto::Sha256 hash;
    hash.begin();
    QByteArray line;
    constexpr std::size_t kAhead = 8;
    for (const auto& [header, entries] : scopes) {
        line = (header + u'\n').toUtf8();
        hash.update(line.constData(), std::size_t(line.size()));
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const LedgerEntry& e = (*entries)[i];
            // The entries' strings lie all over the heap: ask for those of a later entry now,
            // so their cache misses overlap this entry's work instead of adding up.
            if (i + kAhead < entries->size()) {
                const LedgerEntry& later = (*entries)[i + kAhead];
                __builtin_prefetch(later.reference.constData());
                __builtin_prefetch(later.asset.constData());
                __builtin_prefetch(later.condition.constData());
            }
            line.resize(0); // keeps the buffer (clear() would free it)
            e.appendCanonicalUtf8(line);
            line.append('\n');
            hash.update(line.constData(), std::size_t(line.size()));
        }
    }
    const crypto::Hash32 digest = hash.finish();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size())).toHex());
}

ReplayResult CopyEngine::figures() const
{
    std::vector<Portfolio> portfolios(shadows_.begin(), shadows_.end());
    for (const auto& u : users_)
        portfolios.push_back(u->portfolio());
    portfolios.push_back(global_->portfolio());
    return figuresOf(std::move(portfolios));
}

ReplayResult CopyEngine::takeFigures()
{
    std::vector<Portfolio> portfolios;
    portfolios.reserve(shadows_.size() + users_.size() + 1);
    for (Portfolio& s : shadows_)
        portfolios.push_back(std::move(s));
    for (auto& u : users_)
        portfolios.push_back(u->takePortfolio());
    portfolios.push_back(global_->takePortfolio());
    return figuresOf(std::move(portfolios));
}

ReplayResult CopyEngine::figuresOf(std::vector<Portfolio> portfolios) const
{
    ReplayResult result;
    result.stats = stats_;
    result.diagnostics = diagnostics_;
    const std::int64_t endMs = std::max(lastT_, lastDecisionMs_);
    result.endMs = endMs;
    auto figures = [&](const QString& scope, const QString& wallet, std::int64_t start, Portfolio& p) {
        PortfolioFigures f;
        f.scope = scope;
        f.wallet = wallet;
        f.startCash = start;
        f.cash = p.cash();
        f.realized = p.realized();
        f.equity = equityAt(p, endMs);
        for (const Portfolio::AssetEntry* e : p.sortedAssets())
            if (e->second.shares != 0)
                f.positions.push_back({e->first, e->second.shares, e->second.costBasis});
        f.portfolio = std::move(p);
        result.portfolios.push_back(std::move(f));
    };
    const auto& wallets = config_->wallets;
    const std::size_t n = wallets.size();
    for (const FollowedWallet& w : wallets)
        result.walletAddresses.push_back(w.address);
    for (std::size_t w = 0; w < n; ++w)
        figures(QStringLiteral("SHADOW"), wallets[w].address, 0, portfolios[w]);
    for (std::size_t w = 0; w < n; ++w)
        figures(QStringLiteral("EXEC_USER"), wallets[w].address, users_[w]->bankroll(), portfolios[n + w]);
    figures(QStringLiteral("EXEC_GLOBAL"), QString(), global_->bankroll(), portfolios[2 * n]);

    // Breaker events: by t, then EXEC_USER scopes in config order before EXEC_GLOBAL, then occurrence.
    for (const auto& u : users_)
        result.breakerEvents.insert(result.breakerEvents.end(), u->breakerEvents().begin(), u->breakerEvents().end());
    result.breakerEvents.insert(result.breakerEvents.end(), global_->breakerEvents().begin(),
                                global_->breakerEvents().end());
    const int globalRank = std::numeric_limits<int>::max();
    std::stable_sort(result.breakerEvents.begin(), result.breakerEvents.end(), [&](const auto& a, const auto& b) {
        const int ra = a.globalScope ? globalRank : a.walletIndex;
        const int rb = b.globalScope ? globalRank : b.walletIndex;
        return std::tie(a.event.tMs, ra) < std::tie(b.event.tMs, rb);
    });

    std::vector<std::pair<QString, const std::vector<LedgerEntry>*>> scopes;
    for (const PortfolioFigures& f : result.portfolios)
        scopes.push_back({f.scope + u'|' + f.wallet, &f.portfolio.ledger()});
    result.ledgerSha256 = ledgerHash(scopes);
    return result;
}

} // namespace slip
