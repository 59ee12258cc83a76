#pragma once
// SandboxFeed: a capture indexed for serving. Every payload becomes visible at its record's
// time `t`; queries take the venue's current time and see only what had arrived by then.
// Rows seen in several overlapping polls are kept once (but identical fills inside one
// payload are kept as many times as they occur).

#include "capture/CaptureRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace slip::sandbox {

struct TimedRow
{
    std::int64_t visibleMs = 0; ///< capture time from which the row is served
    QJsonObject row;            ///< exactly as captured
    QString wallet;             ///< lower-cased proxyWallet
    QString type;               ///< activity type (TRADE, SPLIT …); "TRADE" for trades rows
    std::int64_t timestamp = 0; ///< venue seconds
};

struct TimedObject
{
    std::int64_t visibleMs = 0;
    QJsonObject object;
};

class SandboxFeed
{
public:
    /// Indexes the records (already sorted by t).
    explicit SandboxFeed(const std::vector<CaptureRecord>& records);

    std::int64_t firstMs() const { return firstMs_; }
    std::int64_t lastMs() const { return lastMs_; }

    /// Activity rows of a wallet visible at now, newest first (ties in capture order).
    std::vector<const TimedRow*> activity(const QString& wallet, std::int64_t nowMs) const;
    /// Trade rows (from /trades captures and TRADE activity rows) of a wallet, newest first.
    std::vector<const TimedRow*> trades(const QString& wallet, std::int64_t nowMs) const;
    /// TRADE activity rows that became visible in (fromMs, toMs], in capture order.
    std::vector<const TimedRow*> tradesBecomingVisible(std::int64_t fromMs, std::int64_t toMs) const;
    /// The latest book of an asset visible at now.
    const TimedObject* book(const QString& asset, std::int64_t nowMs) const;
    /// Books that became visible in (fromMs, toMs], in capture order.
    std::vector<std::pair<QString, const TimedObject*>> booksBecomingVisible(std::int64_t fromMs,
                                                                          std::int64_t toMs) const;
    /// Gamma market objects visible at now (latest per condition id).
    std::vector<const TimedObject*> gammaMarkets(std::int64_t nowMs) const;
    /// The latest /positions body of a wallet visible at now.
    std::optional<QJsonArray> positions(const QString& wallet, std::int64_t nowMs) const;
    /// The latest fee rate of an asset visible at now.
    std::optional<int> feeRate(const QString& asset, std::int64_t nowMs) const;
    /// The latest captured CLOB market object of a condition visible at now.
    const TimedObject* clobMarket(const QString& conditionId, std::int64_t nowMs) const;
    /// Assets that have at least one book.
    std::vector<QString> bookAssets() const;
    /// Distinct wallets with activity, in order of first appearance.
    const std::vector<QString>& wallets() const { return walletOrder_; }

    /// Token ids of a gamma market object (clobTokenIds as a JSON string or an array).
    static QStringList tokenIdsOf(const QJsonObject& market);

private:
    void addRows(const CaptureRecord& r, bool tradesFeed);

    std::int64_t firstMs_ = 0;
    std::int64_t lastMs_ = 0;
    std::vector<TimedRow> activity_;  ///< capture order
    std::vector<TimedRow> tradesRows_;
    std::map<QString, std::vector<TimedObject>> books_;
    std::vector<std::pair<QString, std::int64_t>> bookOrder_; ///< (asset, index) in capture order
    std::vector<TimedObject> gamma_;
    std::map<QString, std::vector<std::pair<std::int64_t, QJsonArray>>> positions_;
    std::map<QString, std::vector<std::pair<std::int64_t, int>>> feeRates_;
    std::map<QString, std::vector<TimedObject>> clobMarkets_;
    std::vector<QString> walletOrder_;
    std::map<QByteArray, int> seenActivity_; ///< row text -> most copies in one payload so far
    std::map<QByteArray, int> seenTrades_;
};

} // namespace slip::sandbox
