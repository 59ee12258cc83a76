#include "domain/AssetId.h"

namespace slip {
namespace {
// 2^256 - 1 in decimal.
constexpr QStringView kMaxUint256 =
    u"115792089237316195423570985008687907853269984665640564039457584007913129639935";
} // namespace

Result<AssetId> AssetId::parse(QStringView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("empty token id")};
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return Error{QStringLiteral("token id must be a decimal number, got \"%1\"")
                             .arg(text.left(40).toString())};
    }
    if (text.size() > 1 && text[0] == u'0')
        return Error{QStringLiteral("token id has leading zeros")};
    if (text.size() > kMaxUint256.size() ||
        (text.size() == kMaxUint256.size() && text.compare(kMaxUint256) > 0))
        return Error{QStringLiteral("token id exceeds 2^256 - 1")};
    return AssetId(text.toString());
}

} // namespace slip
