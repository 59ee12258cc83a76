#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace slip::polymarket {

Result<std::int64_t> parseIntegerField(const QJsonValue& value)
{
    if (value.isDouble()) {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return std::int64_t(v.toLongLong());
        const double d = value.toDouble();
        // An integral number outside the 64-bit range cannot be a timestamp or a fee.
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.2e18)
            return std::int64_t(d);
        return Error{QStringLiteral("expected an integer")};
    }
    if (value.isString()) {
        // ^-?[0-9]+$, leading zeros and all; a value beyond the 64-bit range is not one.
        const QString s = value.toString();
        if (!isDecimalDigits(QStringView(s).mid(s.startsWith(u'-') ? 1 : 0)))
            return Error{QStringLiteral("expected an integer, got \"%1\"").arg(s.left(24))};
        const QByteArray text = s.toLatin1();
        std::int64_t v = 0;
        const auto [end, ec] = std::from_chars(text.constData(), text.constData() + text.size(), v);
        if (ec != std::errc() || end != text.constData() + text.size())
            return Error{QStringLiteral("integer out of range: \"%1\"").arg(s.left(24))};
        return v;
    }
    return Error{QStringLiteral("expected an integer")};
}

Result<QJsonArray> parseEncodedArray(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isString()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8(), &err);
        if (err.error == QJsonParseError::NoError && doc.isArray())
            return doc.array();
    }
    return Error{QStringLiteral("expected an array or a JSON-encoded array")};
}

Result<QString> requireNonEmptyString(const QJsonValue& value, const char* field)
{
    if (value.isUndefined())
        return Error{QStringLiteral("missing %1").arg(QLatin1String(field))};
    QString text = value.isString() ? value.toString() : QString();
    if (text.isEmpty())
        return Error{QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(field))};
    return text;
}

bool isHexAddress(const QString& text)
{
    if (text.size() != 42 || !text.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

bool isDecimalDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Result<QString> integerText(const QJsonValue& value)
{
    const QVariant v = value.toVariant();
    if (v.typeId() == QMetaType::LongLong)
        return QString::number(v.toLongLong());
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Above 2^63 the parser kept only the nearest binary value; its digits are what we have.
        if (std::isfinite(d) && std::trunc(d) == d && d >= 0)
            return QString::number(d, 'f', 0);
    }
    return Error{QStringLiteral("expected a decimal token id")};
}

Result<Micros> microsFromJson(const QJsonValue& value)
{
    // Micros::fromJson turns a JSON number into its shortest round-trip text (spec §1) and
    // truncates that decimal to 6 places. For 0 <= v < 2^32 the shortcut below gives the same
    // micros M without building the text:
    //  - the check double(M) / 1e6 == v (IEEE division is correctly rounded) says the decimal
    //    M / 10^6 lies in v's rounding interval, i.e. it is a round-trip text of v;
    //  - below 2^32 that interval is narrower than 10^-6 (one ulp <= 2^-20), so it holds at
    //    most one decimal with <= 6 places, and the shortest round-trip text has <= 6 places
    //    whenever one such decimal exists (a shorter text with more places would need a
    //    lower leading digit, which puts a power of ten - 1 digit, <= 6 places - in between);
    //  - so the shortest text is exactly M / 10^6 and truncation leaves it unchanged.
    // Everything else (no such M, negative zero, large values, strings) takes the general path.
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (v >= 0 && v < 4294967296.0 && !std::signbit(v)) {
            const auto m = std::int64_t(std::llround(v * 1e6));
            if (double(m) / 1e6 == v)
                return Micros(m);
        }
    }
    return Micros::fromJson(value);
}

Result<Micros> signedMicrosFromJson(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double v = value.toDouble();
        // The shortest text of -v is '-' and that of v, and truncation is toward zero: so the
        // amount is the negated amount of |v|.
        if (std::isfinite(v) && std::signbit(v)) {
            auto magnitude = microsFromJson(QJsonValue(-v));
            if (!magnitude)
                return magnitude;
            return Micros(-magnitude->raw());
        }
    }
    return microsFromJson(value);
}

Result<Micros> requireMicrosField(const QJsonObject& object, const char* field)
{
    const QJsonValue v = object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return Error{QLatin1String(field) + QStringLiteral(" missing")};
    auto m = microsFromJson(v);
    if (!m)
        return Error{QLatin1String(field) + QStringLiteral(": ") + m.error()};
    return m;
}

} // namespace slip::polymarket
