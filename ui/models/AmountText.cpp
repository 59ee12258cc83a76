#include "models/AmountText.h"

#include "domain/Micros.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace slip::ui::amount {
namespace {

// Groups the integer part of a plain "-1234.5" text and swaps in the locale's symbols; the
// digits themselves come from the exact integer formatting of Micros.
QString localize(const QString& plain)
{
    const QLocale locale;
    const bool negative = plain.startsWith(u'-');
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype dot = body.indexOf(u'.');
    const QString whole = dot < 0 ? body : body.left(dot);
    const QString frac = dot < 0 ? QString() : body.mid(dot + 1);
    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += group;
        grouped += whole.at(i);
    }
    QString out = negative ? locale.negativeSign() + grouped : grouped;
    if (!frac.isEmpty())
        out += locale.decimalPoint() + frac;
    return out;
}

} // namespace

QString usdc(std::int64_t micros)
{
    return localize(Micros(micros).toFixed(2));
}

QString signedUsdc(std::int64_t micros)
{
    const QString text = usdc(micros);
    // toFixed truncates, so a tiny amount prints as "0.00" and carries no sign.
    if (micros > 0 && text != usdc(0))
        return QLocale().positiveSign() + text;
    return text;
}

QString price(std::int64_t micros)
{
    return localize(Micros(micros).toString());
}

QString shares(std::int64_t micros)
{
    return localize(Micros(micros).toString());
}

QString percentFromBps(std::int64_t bps)
{
    // bps / 100 as an exact two-decimal number: reuse the micros formatter on bps * 10^4.
    return localize(Micros(bps * 10'000).toFixed(2)) + u'%';
}

QString signedBps(std::int64_t bps)
{
    return QCoreApplication::translate("AmountText", "%1 bps")
        .arg(bps > 0 ? QStringLiteral("+%1").arg(bps) : QString::number(bps));
}

QString orDash(const std::optional<std::int64_t>& micros, QString (*format)(std::int64_t))
{
    return micros ? format(*micros) : QStringLiteral("—");
}

QString utcTime(std::int64_t ms)
{
    if (ms == 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace slip::ui::amount
