#include "domain/EventKey.h"

#include <QCryptographicHash>

namespace slip {

QString tradeKeyText(const QString& wallet, const QString& txHash, const QString& asset, Side side,
                     Micros price, Micros shares, std::int64_t timeMs)
{
    return wallet + u'|' + txHash + u'|' + asset + u'|' + sideToString(side) + u'|' +
           QString::number(price.raw()) + u'|' + QString::number(shares.raw()) + u'|' +
           QString::number(timeMs);
}

QString activityKeyText(const QString& type, const QString& wallet, const QString& txHash,
                        const QString& conditionId, const QString& asset, Micros size,
                        Micros usdcSize, std::int64_t timeMs)
{
    return type + u'|' + wallet + u'|' + txHash + u'|' + conditionId + u'|' + asset + u'|' +
           QString::number(size.raw()) + u'|' + QString::number(usdcSize.raw()) + u'|' +
           QString::number(timeMs);
}

QString eventKey(const QString& keyText, int k)
{
    const QByteArray text = (keyText + u'|' + QString::number(k)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace slip
