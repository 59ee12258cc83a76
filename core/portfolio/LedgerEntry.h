#pragma once
// LedgerEntry: one immutable change to one lot of one portfolio scope. Entries carry deltas,
// so a portfolio is rebuilt by summing them, and (scope, scopeWallet, reference, kind, lot,
// asset) is unique, so a store can write them idempotently.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace slip {

enum class LedgerKind { Buy, Sell, Split, Merge, Settle };

/// "BUY", "SELL", "SPLIT", "MERGE", "SETTLE".
QString ledgerKindToString(LedgerKind kind);

struct LedgerEntry
{
    QString reference;          ///< what caused it: group key, event key or settled condition id
    LedgerKind kind = LedgerKind::Buy;
    int lot = 0;                ///< lot owner: wallet index in EXEC_GLOBAL, 0 elsewhere
    QString asset;
    QString condition;          ///< condition the lot belongs to
    std::int64_t tMs = 0;
    std::int64_t dShares = 0;
    std::int64_t dCostBasis = 0;
    std::int64_t dCash = 0;
    std::int64_t dRealized = 0;
    std::int64_t notional = 0;  ///< traded notional (0 for settlement)
    std::int64_t fee = 0;

    /// Stable text of the entry, used for hashing and as the store's unique key material.
    QString canonicalText() const;
    /// Appends canonicalText() as UTF-8 without building the QString (for hashing many entries).
    void appendCanonicalUtf8(QByteArray& out) const;
};

} // namespace slip
