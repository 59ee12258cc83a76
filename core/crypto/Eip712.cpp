#include "crypto/Eip712.h"

#include <cstring>

namespace slip::crypto {

Eip712::Eip712(const Hash32& typeHash)
{
    addWord(typeHash);
}

Eip712& Eip712::addUint(const Uint256& value)
{
    return addWord(value.word());
}

Eip712& Eip712::addUint(std::uint64_t value)
{
    return addWord(Uint256::fromU64(value).word());
}

Eip712& Eip712::addAddress(const Address& address)
{
    Hash32 word{};
    const QByteArray raw = address.bytes();
    if (raw.size() == 20)
        std::memcpy(word.data() + 12, raw.constData(), 20);
    return addWord(word);
}

Eip712& Eip712::addWord(const Hash32& word)
{
    if (words_ < kInlineWords) {
        std::memcpy(inline_.data() + 32 * words_, word.data(), 32);
    } else {
        if (spill_.isEmpty())
            spill_ = QByteArray(reinterpret_cast<const char*>(inline_.data()), qsizetype(inline_.size()));
        spill_.append(reinterpret_cast<const char*>(word.data()), qsizetype(word.size()));
    }
    ++words_;
    return *this;
}

Eip712& Eip712::addString(QByteArrayView utf8)
{
    return addWord(Keccak256::hash(utf8));
}

Hash32 Eip712::hash() const
{
    if (words_ <= kInlineWords)
        return Keccak256::hash(inline_.data(), 32 * words_);
    return Keccak256::hash(QByteArrayView(spill_));
}

Hash32 Eip712::typeHash(QByteArrayView typeString)
{
    return Keccak256::hash(typeString);
}

Hash32 Eip712::domainSeparator(QByteArrayView name, QByteArrayView version, std::uint64_t chainId,
                               const std::optional<Address>& verifyingContract)
{
    static const Hash32 withContract = typeHash(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    static const Hash32 withoutContract =
        typeHash("EIP712Domain(string name,string version,uint256 chainId)");
    Eip712 e(verifyingContract ? withContract : withoutContract);
    e.addString(name).addString(version).addUint(chainId);
    if (verifyingContract)
        e.addAddress(*verifyingContract);
    return e.hash();
}

Hash32 Eip712::digest(const Hash32& domainSeparator, const Hash32& structHash)
{
    std::uint8_t buf[66];
    buf[0] = 0x19;
    buf[1] = 0x01;
    std::memcpy(buf + 2, domainSeparator.data(), 32);
    std::memcpy(buf + 34, structHash.data(), 32);
    return Keccak256::hash(buf, sizeof buf);
}

} // namespace slip::crypto
