#pragma once
// WalletRepository: reads followed wallets and builds the write operations that change them.

#include "store/WriteOp.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace slip::store {

struct WalletRow
{
    QString address; ///< lowercase 0x + 40 hex
    QString label;
    bool enabled = true;
    QString mode = QStringLiteral("paper");
    QString overridesJson = QStringLiteral("{}");
    qint64 addedMs = 0;
    qint64 updatedMs = 0;
};

class WalletRepository
{
public:
    /// Every followed wallet, in the order they were added.
    static std::vector<WalletRow> list(QSqlDatabase& db);
    /// Adds the wallet, or does nothing when it is already followed (idempotent).
    static WriteOp insertOp(const WalletRow& w);
    static WriteOp setLabelOp(const QString& address, const QString& label, qint64 nowMs);
    static WriteOp setEnabledOp(const QString& address, bool enabled, qint64 nowMs);
    static WriteOp setModeOp(const QString& address, const QString& mode, qint64 nowMs);
    static WriteOp setOverridesOp(const QString& address, const QString& json, qint64 nowMs);
    /// Removes the wallet and its proxies; its history (events, ledger) stays.
    static WriteOp removeOp(const QString& address);
};

} // namespace slip::store
