#include "domain/Address.h"

#include <QCryptographicHash>

namespace slip {
namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

Result<QString> checkShape(QStringView text)
{
    if (!(text.startsWith(u"0x") || text.startsWith(u"0X")))
        return Error{QStringLiteral("address must start with 0x")};
    if (text.size() != 42)
        return Error{QStringLiteral("address must be 0x followed by 40 hex digits (got %1 characters)")
                         .arg(text.size())};
    for (qsizetype i = 2; i < 42; ++i) {
        if (!isHex(text[i]))
            return Error{QStringLiteral("address contains a non-hex character '%1'").arg(text[i])};
    }
    return text.mid(2).toString();
}

} // namespace

QString eip55Checksum(const QString& lowerHex40)
{
    const QByteArray hash =
        QCryptographicHash::hash(lowerHex40.toLatin1(), QCryptographicHash::Keccak_256).toHex();
    QString out = QStringLiteral("0x");
    out.reserve(42);
    for (qsizetype i = 0; i < lowerHex40.size(); ++i) {
        const QChar c = lowerHex40[i];
        const char h = hash[i];
        const int nibble = h >= 'a' ? h - 'a' + 10 : h - '0';
        out += (c.isLetter() && nibble >= 8) ? c.toUpper() : c;
    }
    return out;
}

Result<Address> Address::parse(QStringView text)
{
    auto hex = checkShape(text);
    if (!hex)
        return Error{hex.error()};
    const QString& h = *hex;
    const bool allLower = h == h.toLower();
    const bool allUpper = h == h.toUpper();
    const QString lower = h.toLower();
    if (!allLower && !allUpper && eip55Checksum(lower).mid(2) != h)
        return Error{QStringLiteral("address has an invalid EIP-55 checksum (check for a typo)")};
    return Address(QStringLiteral("0x") + lower);
}

Result<Address> Address::parseLenient(QStringView text)
{
    auto hex = checkShape(text);
    if (!hex)
        return Error{hex.error()};
    return Address(QStringLiteral("0x") + hex->toLower());
}

Address Address::fromBytes(const QByteArray& bytes20)
{
    Q_ASSERT(bytes20.size() == 20);
    return Address(QStringLiteral("0x") + QString::fromLatin1(bytes20.toHex()));
}

QString Address::toChecksummed() const
{
    return isNull() ? QString() : eip55Checksum(text_.mid(2));
}

QByteArray Address::bytes() const
{
    return isNull() ? QByteArray() : QByteArray::fromHex(text_.mid(2).toLatin1());
}

} // namespace slip
