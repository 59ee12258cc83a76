#pragma once
// ScenarioBuilder: builds in-memory captures (records in the venues' real shapes) and runs
// them through the ReplayEngine, for the engine tests.

#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayResultWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace slip::test {

inline const QString kW1 = QStringLiteral("0x1111111111111111111111111111111111111111");
inline const QString kW2 = QStringLiteral("0x2222222222222222222222222222222222222222");
inline const QString kW3 = QStringLiteral("0x3333333333333333333333333333333333333333");

// 2026-01-05 00:00:00 UTC, a Monday: day and week boundaries are easy to place around it.
constexpr std::int64_t kMonday = 1767571200000;

inline EngineConfig configFrom(const QByteArray& json)
{
    auto c = EngineConfig::fromJson(json);
    if (!c)
        qFatal("bad test config: %s", qPrintable(c.error()));
    return std::move(c).value();
}

using Levels = std::vector<std::pair<const char*, const char*>>;

struct Scenario
{
    std::vector<CaptureRecord> records;

    void add(std::int64_t t, const QString& src, const QJsonValue& body, const QJsonObject& req = {})
    {
        CaptureRecord r;
        r.t = t;
        r.src = src;
        r.req = req;
        r.body = body;
        r.line = int(records.size() + 1);
        records.push_back(r);
    }

    static QJsonArray levels(const Levels& ls)
    {
        QJsonArray a;
        for (const auto& [p, s] : ls)
            a.push_back(QJsonObject{{QStringLiteral("price"), QString::fromLatin1(p)}, {QStringLiteral("size"), QString::fromLatin1(s)}});
        return a;
    }

    void book(std::int64_t t, const QString& asset, const Levels& bids, const Levels& asks)
    {
        add(t, QStringLiteral("clob.book"),
            QJsonObject{{QStringLiteral("asset_id"), asset}, {QStringLiteral("bids"), levels(bids)}, {QStringLiteral("asks"), levels(asks)}});
    }

    static QJsonObject marketObject(const QString& cond, const QStringList& tokens, bool closed = false,
                                    const QStringList& prices = {}, const QString& endDate = {})
    {
        QJsonObject m{{QStringLiteral("conditionId"), cond},
                      {QStringLiteral("clobTokenIds"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tokens)).toJson(QJsonDocument::Compact))},
                      {QStringLiteral("closed"), closed}};
        if (!prices.isEmpty())
            m.insert(QStringLiteral("outcomePrices"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(prices)).toJson(QJsonDocument::Compact)));
        if (!endDate.isEmpty())
            m.insert(QStringLiteral("endDate"), endDate);
        return m;
    }

    void market(std::int64_t t, const QJsonObject& m) { add(t, QStringLiteral("gamma.market"), m); }

    void market(std::int64_t t, const QString& cond, const QStringList& tokens, bool closed = false,
                const QStringList& prices = {})
    {
        market(t, marketObject(cond, tokens, closed, prices));
    }

    static QJsonObject tradeRow(const QString& wallet, const QString& asset, const char* side, const char* price,
                                const char* size, std::int64_t tsSec, const QString& tx, const QString& cond = QStringLiteral("0xc1"))
    {
        return QJsonObject{{QStringLiteral("proxyWallet"), wallet}, {QStringLiteral("timestamp"), qint64(tsSec)},
                           {QStringLiteral("conditionId"), cond}, {QStringLiteral("type"), QStringLiteral("TRADE")},
                           {QStringLiteral("size"), QString::fromLatin1(size)}, {QStringLiteral("transactionHash"), tx},
                           {QStringLiteral("price"), QString::fromLatin1(price)}, {QStringLiteral("asset"), asset},
                           {QStringLiteral("side"), QString::fromLatin1(side)}};
    }

    /// One activity record with one TRADE row whose venue time is the detect time (fresh).
    void trade(std::int64_t t, const QString& wallet, const QString& asset, const char* side, const char* price,
               const char* size, const QString& tx = {}, std::int64_t venueSec = -1, const QString& cond = QStringLiteral("0xc1"))
    {
        const QString hash = tx.isEmpty() ? QStringLiteral("0xt%1").arg(records.size()) : tx;
        add(t, QStringLiteral("data-api.activity"),
            QJsonArray{tradeRow(wallet, asset, side, price, size, venueSec < 0 ? t / 1000 : venueSec, hash, cond)});
    }

    void splitMerge(std::int64_t t, const QString& wallet, const char* type, const QString& cond, const char* size)
    {
        add(t, QStringLiteral("data-api.activity"),
            QJsonArray{QJsonObject{{QStringLiteral("proxyWallet"), wallet}, {QStringLiteral("timestamp"), qint64(t / 1000)},
                                   {QStringLiteral("conditionId"), cond}, {QStringLiteral("type"), QString::fromLatin1(type)},
                                   {QStringLiteral("size"), QString::fromLatin1(size)},
                                   {QStringLiteral("transactionHash"), QStringLiteral("0xs%1").arg(records.size())}}});
    }

    void control(std::int64_t t, const QJsonObject& body) { add(t, QStringLiteral("control"), body); }

    void feeRate(std::int64_t t, const QString& asset, int bps)
    {
        add(t, QStringLiteral("clob.fee-rate"), QJsonObject{{QStringLiteral("base_fee"), bps}},
            QJsonObject{{QStringLiteral("token_id"), asset}});
    }

    ReplayResult run(const EngineConfig& config) const { return ReplayEngine(config).run(records); }
    /// The replay of a terminal's own capture: Slipstream's control records (config changes,
    /// manual closes) followed as the terminal did.
    ReplayResult runAsTerminal(const EngineConfig& config) const
    {
        ReplayEngine engine(config);
        engine.setFollowTerminalRecords(true);
        return engine.run(records);
    }
};

/// Attempts of one scope, in output order.
inline std::vector<CopyAttempt> attemptsOf(const ReplayResult& r, const QString& scope)
{
    std::vector<CopyAttempt> out;
    for (const CopyAttempt& a : r.attempts)
        if (a.scope == scope)
            out.push_back(a);
    return out;
}

inline const PortfolioFigures& portfolioOf(const ReplayResult& r, const QString& scope, const QString& wallet = {})
{
    for (const PortfolioFigures& p : r.portfolios)
        if (p.scope == scope && p.wallet == wallet)
            return p;
    qFatal("no portfolio");
}

} // namespace slip::test
