#include "domain/Micros.h"

#include "domain/Int128.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace slip {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

QString excerpt(QStringView text)
{
    QString s = text.left(40).toString();
    if (text.size() > 40)
        s += QStringLiteral("…");
    return s;
}

// Parses "<int>[.<frac>]" or "<int>e<exp>" style shortest-double text into micros, exactly.
// Used only for the output of shortestDoubleText, which may carry an exponent.
Result<Micros> parseScientific(const QString& text)
{
    const qsizetype e = text.indexOf(u'e');
    QString mantissa = text.left(e);
    const int exponent = text.mid(e + 1).toInt();
    QString digits;
    int pointPos = 0;
    const qsizetype dot = mantissa.indexOf(u'.');
    if (dot < 0) {
        digits = mantissa;
        pointPos = int(mantissa.size());
    } else {
        digits = mantissa.left(dot) + mantissa.mid(dot + 1);
        pointPos = int(dot);
    }
    pointPos += exponent;
    if (pointPos <= 0) {
        // Value < 1: leading zeros after the point.
        if (-pointPos >= 6)
            return Micros(0);
        digits = QString(-pointPos, u'0') + digits;
        pointPos = 0;
    }
    QString plain;
    if (pointPos >= digits.size())
        plain = digits + QString(pointPos - digits.size(), u'0');
    else
        plain = digits.left(pointPos) + u'.' + digits.mid(pointPos);
    if (plain.startsWith(u'.'))
        plain.prepend(u'0');
    return Micros::parseDecimal(plain);
}

} // namespace

Result<Micros> Micros::parseDecimal(QStringView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("empty decimal")};
    qsizetype i = 0;
    const qsizetype n = text.size();
    std::int64_t whole = 0;
    qsizetype intDigits = 0;
    while (i < n && isDigit(text[i])) {
        const int d = text[i].unicode() - u'0';
        if (whole > (kMax / kScale - d) / 10)
            return Error{QStringLiteral("decimal out of range: \"%1\"").arg(excerpt(text))};
        whole = whole * 10 + d;
        ++i;
        ++intDigits;
    }
    if (intDigits == 0)
        return Error{QStringLiteral("malformed decimal: \"%1\"").arg(excerpt(text))};
    std::int64_t frac = 0;
    if (i < n) {
        if (text[i] != u'.')
            return Error{QStringLiteral("malformed decimal: \"%1\"").arg(excerpt(text))};
        ++i;
        qsizetype fracDigits = 0;
        while (i < n && isDigit(text[i])) {
            if (fracDigits < 6)
                frac = frac * 10 + (text[i].unicode() - u'0');
            ++fracDigits;
            ++i;
        }
        if (fracDigits == 0 || i != n)
            return Error{QStringLiteral("malformed decimal: \"%1\"").arg(excerpt(text))};
        for (qsizetype k = fracDigits; k < 6; ++k)
            frac *= 10;
    }
    const std::int64_t scaled = whole * kScale;
    if (scaled > kMax - frac)
        return Error{QStringLiteral("decimal out of range: \"%1\"").arg(excerpt(text))};
    return Micros(scaled + frac);
}

Result<Micros> Micros::parseSignedDecimal(QStringView text)
{
    if (text.startsWith(u'-')) {
        auto r = parseDecimal(text.mid(1));
        if (!r)
            return r;
        return Micros(-r->raw());
    }
    return parseDecimal(text);
}

QString shortestDoubleText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<Micros> Micros::fromJsonNumber(double value)
{
    if (!std::isfinite(value))
        return Error{QStringLiteral("number is not finite")};
    if (value < 0)
        return Error{QStringLiteral("negative number: %1").arg(shortestDoubleText(value))};
    // A whole number n below 2^53 needs no text: its shortest round-trip text names n exactly
    // (a shorter digit string is a multiple of a power of ten at least 1 away from n, more
    // than half the spacing of doubles there). -0 is left to the text ("-0" is malformed).
    if (value <= 9e12 && value == std::floor(value) && !std::signbit(value))
        return Micros(std::int64_t(value) * kScale);
    const QString text = shortestDoubleText(value);
    if (text.contains(u'e'))
        return parseScientific(text);
    return parseDecimal(text);
}

Result<Micros> Micros::fromJson(const QJsonValue& value)
{
    if (value.isString())
        return parseDecimal(value.toString());
    if (value.isDouble())
        return fromJsonNumber(value.toDouble());
    if (value.isUndefined())
        return Error{QStringLiteral("missing value")};
    if (value.isNull())
        return Error{QStringLiteral("null value")};
    return Error{QStringLiteral("expected a decimal string or number")};
}

QString Micros::toString() const
{
    const bool negative = raw_ < 0;
    // Work in unsigned to survive INT64_MIN.
    const std::uint64_t mag = negative ? std::uint64_t(0) - std::uint64_t(raw_) : std::uint64_t(raw_);
    const std::uint64_t whole = mag / kScale;
    std::uint64_t frac = mag % kScale;
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(whole);
    if (frac != 0) {
        QString f = QString::number(frac).rightJustified(6, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return out;
}

QString Micros::toFixed(int decimals) const
{
    decimals = std::clamp(decimals, 0, 6);
    const bool negative = raw_ < 0;
    const std::uint64_t mag = negative ? std::uint64_t(0) - std::uint64_t(raw_) : std::uint64_t(raw_);
    const std::uint64_t whole = mag / kScale;
    std::uint64_t frac = mag % kScale;
    for (int k = decimals; k < 6; ++k)
        frac /= 10;
    QString out = (negative && (whole != 0 || frac != 0)) ? QStringLiteral("-") : QString();
    out += QString::number(whole);
    if (decimals > 0)
        out += u'.' + QString::number(frac).rightJustified(decimals, u'0');
    return out;
}

std::int64_t detail::mulDivWide(std::int64_t a, std::int64_t b, std::int64_t c)
{
    const Int128 p = static_cast<Int128>(a) * b;
    Int128 q = p / c;
    if ((p % c != 0) && ((p < 0) != (c < 0)))
        --q; // floor for negative quotients
    return static_cast<std::int64_t>(q);
}

} // namespace slip
