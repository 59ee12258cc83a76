#pragma once
// Eip712: the typed-data hashing rules of EIP-712 — 32-byte word encoding of struct fields,
// domain separators, and the final keccak256(0x1901 ‖ domainSeparator ‖ hashStruct) digest.

#include "crypto/Keccak256.h"
#include "crypto/Uint256.h"
#include "domain/Address.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace slip::crypto {

class Eip712
{
public:
    /// Starts a struct encoding with its type hash (keccak256 of the type string).
    explicit Eip712(const Hash32& typeHash);

    /// Appends a uint (any width up to 256 bits) word.
    Eip712& addUint(const Uint256& value);
    /// Appends a small uint word (uint8, chain ids).
    Eip712& addUint(std::uint64_t value);
    /// Appends an address word (left-padded 20 bytes).
    Eip712& addAddress(const Address& address);
    /// Appends a bytes32 value or a nested hash as is.
    Eip712& addWord(const Hash32& word);
    /// Appends keccak256 of a dynamic string (UTF-8).
    Eip712& addString(QByteArrayView utf8);

    /// keccak256 of the encoded words: hashStruct(value).
    Hash32 hash() const;

    /// keccak256(type string).
    static Hash32 typeHash(QByteArrayView typeString);
    /// The domain separator for {name, version, chainId[, verifyingContract]}.
    static Hash32 domainSeparator(QByteArrayView name, QByteArrayView version, std::uint64_t chainId,
                                  const std::optional<Address>& verifyingContract);
    /// keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash): the digest that is signed.
    static Hash32 digest(const Hash32& domainSeparator, const Hash32& structHash);

private:
    // Every struct Slipstream hashes has at most 13 words; they are encoded in place, and only
    // a longer struct spills into the heap buffer.
    static constexpr std::size_t kInlineWords = 16;
    std::array<std::uint8_t, 32 * kInlineWords> inline_;
    std::size_t words_ = 0;
    QByteArray spill_;
};

} // namespace slip::crypto
