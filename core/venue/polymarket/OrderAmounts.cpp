#include "venue/polymarket/OrderAmounts.h"

#include "domain/Int128.h"

namespace slip::polymarket {
namespace {

constexpr std::int64_t kOne = 1'000'000; // 1.0 in micros

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// The client's rounding chain for a computed amount v = num/den (whole units):
// roundUp(v, a+4) then, if still finer than a decimals, roundDown(v, a). In integers that is
// floor(ceil(v·10^(a+4)) / 10^4) units of 10^-a, returned in micros (a <= 6).
std::int64_t roundChain(Int128 num, Int128 den, int a)
{
    const Int128 scaled = num * pow10(a + 4);
    Int128 c = scaled / den;
    if (c * den != scaled)
        ++c; // ceil; all values are positive
    const Int128 units = c / 10000;
    return std::int64_t(units * pow10(6 - a));
}

Status checkPrice(Micros price, const TickSize& tick)
{
    const std::int64_t p = price.raw();
    if (p < tick.micros() || p > kOne - tick.micros())
        return Error{QStringLiteral("invalid price (%1), min: %2 - max: %3")
                         .arg(price.toString(), Micros(tick.micros()).toString(),
                              Micros(kOne - tick.micros()).toString())};
    if (p % tick.micros() != 0)
        return Error{QStringLiteral("price %1 is not a multiple of the tick size %2")
                         .arg(price.toString(), tick.text())};
    return {};
}

std::int64_t truncateTo2Decimals(Micros m)
{
    return m.raw() - m.raw() % 10000;
}

} // namespace

Result<OrderAmounts> OrderAmounts::limit(Side side, Micros price, Micros size, const TickSize& tick)
{
    if (auto s = checkPrice(price, tick); !s)
        return Error{s.error()};
    if (size.raw() < 0)
        return Error{QStringLiteral("size must not be negative")};
    const std::int64_t shares = truncateTo2Decimals(size);
    if (shares == 0)
        return Error{QStringLiteral("size %1 rounds down to zero at 2 decimals").arg(size.toString())};
    // shares has <= 2 decimals and price <= 4, so the product has <= amount decimals: exact.
    const std::int64_t usdc = std::int64_t(Int128(shares) * price.raw() / kOne);
    OrderAmounts out;
    out.makerAmount = side == Side::Buy ? usdc : shares;
    out.takerAmount = side == Side::Buy ? shares : usdc;
    return out;
}

Result<OrderAmounts> OrderAmounts::market(Side side, Micros price, Micros amount, const TickSize& tick)
{
    if (auto s = checkPrice(price, tick); !s)
        return Error{s.error()};
    if (amount.raw() < 0)
        return Error{QStringLiteral("amount must not be negative")};
    const std::int64_t maker = truncateTo2Decimals(amount);
    if (maker == 0)
        return Error{QStringLiteral("amount %1 rounds down to zero at 2 decimals").arg(amount.toString())};
    // Server rule (notes §5.5): market orders carry at most 4 decimals on the computed side.
    const int a = std::min(tick.amountDecimals(), 4);
    OrderAmounts out;
    out.makerAmount = maker;
    if (side == Side::Buy)
        out.takerAmount = roundChain(Int128(maker), Int128(price.raw()), a); // shares = usdc / price
    else
        out.takerAmount = roundChain(Int128(maker) * price.raw(), Int128(kOne) * kOne, a);
    if (out.takerAmount == 0)
        return Error{QStringLiteral("the order would receive nothing at this price")};
    return out;
}

Result<Micros> OrderAmounts::parsePrice(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot >= 0) {
        for (qsizetype i = dot + 7; i < text.size(); ++i) {
            if (text[i] != u'0') {
                if (text[i] < u'0' || text[i] > u'9')
                    break; // let parseDecimal report the malformed text
                return Error{QStringLiteral("price %1 is finer than any tick size").arg(text.left(40).toString())};
            }
        }
    }
    return Micros::parseDecimal(text);
}

Result<Micros> OrderAmounts::parseQuantity(QStringView text)
{
    return Micros::parseDecimal(text);
}

} // namespace slip::polymarket
