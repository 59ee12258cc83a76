#include "replay/ReplayResultWriter.h"

#include "domain/JsonText.h"

namespace slip {
namespace {

QByteArray num(std::int64_t v) { return QByteArray::number(qlonglong(v)); }

QByteArray opt(const std::optional<std::int64_t>& v) { return v ? num(*v) : QByteArrayLiteral("null"); }

QByteArray portfolioJson(const PortfolioFigures& f)
{
    QByteArray positions = "[";
    for (std::size_t i = 0; i < f.positions.size(); ++i) {
        if (i)
            positions += ',';
        positions += "{\"asset\":" + ReplayResultWriter::quote(f.positions[i].asset) +
                     ",\"shares\":" + num(f.positions[i].shares) + ",\"cost_basis\":" + num(f.positions[i].costBasis) + '}';
    }
    positions += ']';
    return "{\"scope\":" + ReplayResultWriter::quote(f.scope) + ",\"wallet\":" +
           (f.wallet.isEmpty() ? QByteArrayLiteral("null") : ReplayResultWriter::quote(f.wallet)) +
           ",\"cash\":" + num(f.cash) + ",\"realized\":" + num(f.realized) + ",\"equity\":" + num(f.equity) +
           ",\"positions\":" + positions + '}';
}

template <class T, class F>
void writeList(QByteArray& out, const char* key, const std::vector<T>& items, F&& toJson, bool last)
{
    out += "  \"" + QByteArray(key) + "\": [";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ",\n    " : "\n    ") + toJson(items[i]);
    out += items.empty() ? "]" : "\n  ]";
    out += last ? "\n" : ",\n";
}

} // namespace

QByteArray ReplayResultWriter::attemptJson(const CopyAttempt& a)
{
    QByteArray reasons = "[";
    for (qsizetype i = 0; i < a.reasons.size(); ++i) {
        if (i)
            reasons += ',';
        reasons += ReplayResultWriter::quote(a.reasons[i]);
    }
    reasons += ']';
    return "{\"scope\":" + ReplayResultWriter::quote(a.scope) + ",\"wallet\":" + ReplayResultWriter::quote(a.wallet) +
           ",\"asset\":" + ReplayResultWriter::quote(a.asset) + ",\"side\":" + ReplayResultWriter::quote(a.side) +
           ",\"group_key\":" + ReplayResultWriter::quote(a.groupKey) + ",\"t0_ms\":" + num(a.t0) +
           ",\"flush_ms\":" + num(a.flushMs) + ",\"decision_ms\":" + num(a.decisionMs) +
           ",\"their_shares\":" + num(a.theirShares) + ",\"their_notional\":" + num(a.theirNotional) +
           ",\"their_vwap\":" + num(a.theirVwap) + ",\"target_notional\":" + opt(a.targetNotional) +
           ",\"target_shares\":" + opt(a.targetShares) + ",\"decision\":" +
           (a.execute ? QByteArrayLiteral("\"EXECUTE\"") : QByteArrayLiteral("\"SKIP\"")) + ",\"reasons\":" + reasons +
           ",\"mid\":" + opt(a.mid) + ",\"filled_shares\":" + opt(a.filledShares) +
           ",\"filled_notional\":" + opt(a.filledNotional) + ",\"vwap\":" + opt(a.vwap) + ",\"fee\":" + opt(a.fee) + '}';
}

QByteArray ReplayResultWriter::quote(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    json::appendString(out, text);
    return out;
}

QByteArray ReplayResultWriter::toJson(const ReplayResult& r)
{
    QByteArray out = "{\n";
    writeList(out, "attempts", r.attempts, attemptJson, false);
    writeList(out, "portfolios", r.portfolios, portfolioJson, false);
    writeList(out, "breaker_events", r.breakerEvents, [](const ScopedBreakerEvent& e) -> QByteArray {
        return "{\"scope\":" + quote(e.globalScope ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER")) +
               ",\"wallet\":" + (e.globalScope ? QByteArrayLiteral("null") : quote(e.wallet)) +
               ",\"breaker\":" + quote(breakerKindToString(e.event.breaker)) + ",\"action\":" +
               (e.event.trip ? QByteArrayLiteral("\"trip\"") : QByteArrayLiteral("\"reset\"")) + ",\"t_ms\":" +
               num(e.event.tMs) + ",\"equity\":" + num(e.event.equity) + ",\"reference\":" + num(e.event.reference) + '}';
    }, false);
    out += "  \"ledger_sha256\": " + quote(r.ledgerSha256) + "\n}\n";
    return out;
}

} // namespace slip
