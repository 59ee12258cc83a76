#include "signal/CopyGrouper.h"

#include "crypto/Sha256.h"
#include "domain/Micros.h"

#include <charconv>
#include <string>

namespace slip {

std::int64_t CopyGrouper::jitter(std::int64_t seed, const QString& groupKey, std::int64_t jitterMs)
{
    return jitterMs <= 0 ? 0 : jitterOfWord(jitterWord(seed, groupKey), jitterMs);
}

std::int64_t CopyGrouper::jitterOfWord(std::uint64_t word, std::int64_t jitterMs)
{
    return jitterMs <= 0 ? 0 : std::int64_t(word % std::uint64_t(jitterMs + 1));
}

std::uint64_t CopyGrouper::jitterWord(std::int64_t seed, const QString& groupKey)
{
    // The UTF-8 bytes of "<seed>|<group_key>", built in a reused buffer, hashed by OpenSSL:
    // QCryptographicHash's portable SHA-256 and the QString temporaries were a sixth of a replay.
    thread_local std::string text;
    thread_local crypto::Sha256 sha;
    text.clear();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, seed).ptr;
    text.append(digits, end);
    text.push_back('|');
    bool ascii = true;
    for (const QChar c : groupKey) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
        text.push_back(char(c.unicode()));
    }
    if (!ascii) {
        text.resize(std::size_t(end - digits) + 1);
        const QByteArray utf8 = groupKey.toUtf8();
        text.append(utf8.constData(), std::size_t(utf8.size()));
    }
    const crypto::Hash32 digest = sha.hash(text.data(), text.size());
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | digest[std::size_t(i)];
    return v;
}

QString CopyGrouper::keyText(const QString& wallet, const QString& asset, const QString& side, std::int64_t t0, int n)
{
    // Built in one allocation (the digits as QString::number writes them).
    char digits[48];
    char* end = std::to_chars(digits, digits + 24, t0).ptr;
    if (n > 0) {
        *end++ = '#';
        end = std::to_chars(end, digits + sizeof digits, n).ptr;
    }
    return wallet + u':' + asset + u':' + side + u':' + QLatin1StringView(digits, end - digits);
}

PreparedKey CopyGrouper::prepare(std::int64_t seed, const QString& wallet, const QString& asset, const QString& side,
                                 std::int64_t t0)
{
    PreparedKey key;
    key.text = keyText(wallet, asset, side, t0, 0);
    key.jitterWord = jitterWord(seed, key.text);
    key.seed = seed;
    return key;
}

size_t qHash(const CopyGrouper::TradeKey& k, size_t seed) noexcept
{
    return qHashMulti(seed, k.wallet, k.asset, k.sell, k.t0);
}

CopyGrouper::OpenGroup& CopyGrouper::openGroup(int walletIndex, int assetId, bool sell, bool stale)
{
    if (std::size_t(assetId) >= openGroups_.size())
        openGroups_.resize(std::size_t(assetId) + 1);
    std::vector<OpenGroup>& byWallet = openGroups_[std::size_t(assetId)];
    const std::size_t i = std::size_t(walletIndex) * 4 + (sell ? 2 : 0) + (stale ? 1 : 0);
    if (i >= byWallet.size())
        byWallet.resize(std::size_t(walletIndex) * 4 + 4);
    return byWallet[i];
}

// Opens the n-th group (n >= 0) of its key text.
int CopyGrouper::open(int walletIndex, const QString& wallet, const QString& asset, const QString& side,
                      const QString& rowCondition, bool stale, std::int64_t t0, const GroupTiming& timing, int n,
                      PreparedKey* prepared)
{
    CopyGroup g;
    g.walletIndex = walletIndex;
    g.wallet = wallet;
    g.asset = asset;
    g.side = side;
    g.rowCondition = rowCondition;
    g.stale = stale;
    g.t0 = t0;
    g.n = n;
    g.flushMs = t0 + timing.aggregationWindowMs;
    g.decisionMs = g.flushMs + timing.decisionLatencyMs;
    if (prepared && n == 0 && prepared->seed == seed_ && !prepared->text.isEmpty()) {
        Q_ASSERT(prepared->text == keyText(wallet, asset, side, t0, 0));
        g.groupKey = std::move(prepared->text);
        g.decisionMs += jitterOfWord(prepared->jitterWord, timing.jitterMs);
    } else {
        g.groupKey = keyText(wallet, asset, side, t0, n);
        g.decisionMs += jitter(seed_, g.groupKey, timing.jitterMs);
    }
    groups_.push_back(std::move(g));
    return int(groups_.size() - 1);
}

int CopyGrouper::addTrade(int walletIndex, const QString& wallet, int assetId, const QString& asset, const QString& side,
                          const QString& rowCondition, bool stale, std::int64_t detectMs, std::int64_t price,
                          std::int64_t shares, std::int64_t shadowBefore, std::int64_t shadowAfter,
                          const GroupTiming& timing, PreparedKey* prepared)
{
    const bool sell = side == u"SELL"; // a trade's side is BUY or SELL
    OpenGroup& current = openGroup(walletIndex, assetId, sell, stale);
    int index = -1;
    if (current.index >= 0 && detectMs < current.t0 + timing.aggregationWindowMs)
        index = current.index;
    if (index < 0) {
        const int n = tradeKeyCount_[TradeKey{walletIndex, assetId, sell, detectMs}]++;
        index = open(walletIndex, wallet, asset, side, rowCondition, stale, detectMs, timing, n, prepared);
        current = {index, detectMs}; // open() does not touch openGroups_, so the reference still holds
        groups_[std::size_t(index)].assetId = assetId;
        groups_[std::size_t(index)].shadowBefore = shadowBefore;
    }
    CopyGroup& g = groups_[std::size_t(index)];
    g.theirShares += shares;
    g.theirNotional += notional(Micros(price), Micros(shares)).raw();
    g.theirVwap = g.theirShares > 0 ? mulDiv(g.theirNotional, Micros::kScale, g.theirShares) : 0;
    g.shadowAfter = shadowAfter;
    ++g.events;
    return index;
}

int CopyGrouper::addSplitMerge(int walletIndex, const QString& wallet, const QString& condition, const QString& side,
                               bool stale, std::int64_t detectMs, std::int64_t size, const GroupTiming& timing)
{
    GroupTiming own = timing;
    own.aggregationWindowMs = 0; // each SPLIT or MERGE is its own group
    const int n = keyTextCount_[wallet + u':' + condition + u':' + side + u':' + QString::number(detectMs)]++;
    const int index = open(walletIndex, wallet, condition, side, condition, stale, detectMs, own, n);
    CopyGroup& g = groups_[std::size_t(index)];
    g.theirShares = size;
    g.theirNotional = size;
    g.theirVwap = Micros::kScale;
    g.events = 1;
    return index;
}

} // namespace slip
