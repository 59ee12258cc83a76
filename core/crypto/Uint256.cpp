#include "crypto/Uint256.h"

namespace slip::crypto {

Result<Uint256> Uint256::fromDecimal(QStringView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("expected a decimal integer, got an empty string")};
    if (text.size() > 80)
        return Error{QStringLiteral("integer is larger than 2^256 - 1")};
    Uint256 out;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return Error{QStringLiteral("expected decimal digits only, got \"%1\"").arg(text.left(90).toString())};
        // word = word * 10 + digit, byte by byte from the least significant end.
        unsigned carry = unsigned(c.unicode() - u'0');
        for (int i = 31; i >= 0; --i) {
            const unsigned v = unsigned(out.word_[std::size_t(i)]) * 10u + carry;
            out.word_[std::size_t(i)] = std::uint8_t(v & 0xffu);
            carry = v >> 8;
        }
        if (carry != 0)
            return Error{QStringLiteral("integer is larger than 2^256 - 1")};
    }
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
