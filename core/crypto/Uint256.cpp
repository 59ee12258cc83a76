#include "crypto/Uint256.h"

#include "domain/Int128.h"

namespace slip::crypto {

Result<Uint256> Uint256::fromDecimal(QStringView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("expected a decimal integer, got an empty string")};
    if (text.size() > 80)
        return Error{QStringLiteral("integer is larger than 2^256 - 1")};
    // Digits are read up to the first non-digit. Prefix values only grow, so if the digits
    // before it already exceed 2^256 - 1, a digit-by-digit reader stops there with "larger";
    // otherwise it reaches the bad character. Both messages come out as before.
    qsizetype digits = 0;
    while (digits < text.size() && text[digits] >= u'0' && text[digits] <= u'9')
        ++digits;
    // Four 64-bit limbs, least significant first; up to 19 digits at a time (10^19 < 2^64),
    // a few multiply-adds instead of 32 byte steps per digit.
    std::uint64_t limbs[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < digits;) {
        std::uint64_t chunk = 0;
        std::uint64_t scale = 1;
        for (int k = 0; k < 19 && i < digits; ++k, ++i) {
            chunk = chunk * 10 + std::uint64_t(text[i].unicode() - u'0');
            scale *= 10;
        }
        std::uint64_t carry = chunk;
        for (auto& limb : limbs) {
            const UInt128 v = UInt128(limb) * scale + carry;
            limb = std::uint64_t(v);
            carry = std::uint64_t(v >> 64);
        }
        if (carry != 0)
            return Error{QStringLiteral("integer is larger than 2^256 - 1")};
    }
    if (digits < text.size())
        return Error{QStringLiteral("expected decimal digits only, got \"%1\"").arg(text.left(90).toString())};
    Uint256 out;
    for (int l = 0; l < 4; ++l)
        for (int b = 0; b < 8; ++b)
            out.word_[std::size_t(31 - 8 * l - b)] = std::uint8_t(limbs[l] >> (8 * b));
    return out;
}

Uint256 Uint256::fromU64(std::uint64_t value)
{
    Uint256 out;
    for (int i = 0; i < 8; ++i)
        out.word_[std::size_t(31 - i)] = std::uint8_t((value >> (8 * i)) & 0xffu);
    return out;
}

bool Uint256::isZero() const
{
    for (const auto b : word_)
        if (b != 0)
            return false;
    return true;
}

} // namespace slip::crypto
