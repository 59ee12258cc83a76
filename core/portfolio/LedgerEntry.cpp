#include "portfolio/LedgerEntry.h"

#include <charconv>

namespace slip {

QString ledgerKindToString(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Buy: return QStringLiteral("BUY");
    case LedgerKind::Sell: return QStringLiteral("SELL");
    case LedgerKind::Split: return QStringLiteral("SPLIT");
    case LedgerKind::Merge: return QStringLiteral("MERGE");
    case LedgerKind::Settle: return QStringLiteral("SETTLE");
    }
    return {};
}

namespace {

QLatin1StringView kindText(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Buy: return QLatin1StringView("BUY");
    case LedgerKind::Sell: return QLatin1StringView("SELL");
    case LedgerKind::Split: return QLatin1StringView("SPLIT");
    case LedgerKind::Merge: return QLatin1StringView("MERGE");
    case LedgerKind::Settle: return QLatin1StringView("SETTLE");
    }
    return {};
}

// "|<n>" in decimal, as QString::number writes it.
void appendNumber(QString& out, std::int64_t n)
{
    char digits[24];
    digits[0] = '|';
    const auto end = std::to_chars(digits + 1, digits + sizeof digits, n).ptr;
    out.append(QLatin1StringView(digits, end - digits));
}

void appendNumber(QByteArray& out, std::int64_t n)
{
    char digits[24];
    digits[0] = '|';
    const auto end = std::to_chars(digits + 1, digits + sizeof digits, n).ptr;
    out.append(QByteArrayView(digits, end - digits));
}

// The UTF-8 of s: its code units as bytes when all are ASCII (ids, keys and numbers always are),
// without the temporary QByteArray of toUtf8().
void appendUtf8(QByteArray& out, const QString& s)
{
    if (!QtPrivate::isAscii(QStringView(s))) {
        out.append(s.toUtf8());
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char* dst = out.data() + at;
    const char16_t* src = reinterpret_cast<const char16_t*>(s.constData());
    for (qsizetype i = 0; i < s.size(); ++i)
        dst[i] = char(src[i]);
}

} // namespace

// Built in one reserved buffer: the ledger hash writes this text for every entry of every
// scope, and the chained QString::number temporaries were most of its cost.
QString LedgerEntry::canonicalText() const
{
    QString out;
    out.reserve(reference.size() + asset.size() + condition.size() + 8 * 21 + 16);
    out.append(reference);
    out.append(u'|');
    out.append(kindText(kind));
    appendNumber(out, lot);
    out.append(u'|');
    out.append(asset);
    out.append(u'|');
    out.append(condition);
    for (const std::int64_t n : {tMs, dShares, dCostBasis, dCash, dRealized, notional, fee})
        appendNumber(out, n);
    return out;
}

void LedgerEntry::appendCanonicalUtf8(QByteArray& out) const
{
    appendUtf8(out, reference);
    out.append('|');
    const QLatin1StringView k = kindText(kind);
    out.append(QByteArrayView(k.data(), k.size()));
    appendNumber(out, lot);
    out.append('|');
    appendUtf8(out, asset);
    out.append('|');
    appendUtf8(out, condition);
    for (const std::int64_t n : {tMs, dShares, dCostBasis, dCash, dRealized, notional, fee})
        appendNumber(out, n);
}

} // namespace slip
