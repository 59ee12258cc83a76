#pragma once
// WalletInfo: a followed wallet as the UI and CLI see it (a plain value).

#include <QMetaType>
#include <QString>

namespace slip::api {

struct WalletInfo
{
    QString address; ///< lowercase 0x + 40 hex
    QString label;
    bool enabled = true;
    QString mode = QStringLiteral("paper"); ///< paper or live
    qint64 addedMs = 0;
    bool operator==(const WalletInfo&) const = default;
};

} // namespace slip::api

Q_DECLARE_METATYPE(slip::api::WalletInfo)
