#include "crypto/Keccak256.h"

#include <QCryptographicHash>
#include <QString>

#include <cstring>

namespace slip::crypto {

Hash32 Keccak256::hash(QByteArrayView bytes)
{
    // A stack-allocated hasher per call: QCryptographicHash::hash() would allocate a QByteArray
    // for the result; resultView() lets us copy straight into the array.
    QCryptographicHash h(QCryptographicHash::Keccak_256);
    h.addData(bytes);
    const QByteArrayView r = h.resultView();
    Hash32 out;
    std::memcpy(out.data(), r.data(), out.size());
    return out;
}

Hash32 Keccak256::hash(const std::uint8_t* data, std::size_t size)
{
    return hash(QByteArrayView(data, qsizetype(size)));
}

QString Keccak256::toHex(const Hash32& hash)
{
    return QStringLiteral("0x") + QString::fromLatin1(toBytes(hash).toHex());
}

QByteArray Keccak256::toBytes(const Hash32& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size()));
}

} // namespace slip::crypto
