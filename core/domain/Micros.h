#pragma once
// Micros: an exact fixed-point amount (USDC, price or shares) as int64 millionths.
// Parsing of the venues' decimal strings and JSON numbers follows spec/copy-engine.md §1.

#include "domain/Result.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

class QJsonValue;

namespace slip {

class Micros
{
public:
    static constexpr std::int64_t kScale = 1'000'000;

    constexpr Micros() = default;
    constexpr explicit Micros(std::int64_t raw) : raw_(raw) {}

    /// The amount in millionths.
    constexpr std::int64_t raw() const { return raw_; }

    /// Parses `^[0-9]+(\.[0-9]+)?$` exactly, truncating digits past the 6th decimal.
    static Result<Micros> parseDecimal(QStringView text);
    /// Parses a JSON number as spec §1 says: shortest round-trip text of the double, then exact.
    static Result<Micros> fromJsonNumber(double value);
    /// A JSON string goes through parseDecimal, a JSON number through fromJsonNumber.
    static Result<Micros> fromJson(const QJsonValue& value);
    /// Parses a signed decimal ("-1.5") for internal round trips; same grammar otherwise.
    static Result<Micros> parseSignedDecimal(QStringView text);

    /// Shortest exact decimal text: 520000 -> "0.52", 12000000 -> "12", -1 -> "-0.000001".
    QString toString() const;
    /// Fixed number of decimals (0..6), truncated toward zero, for display.
    QString toFixed(int decimals) const;

    constexpr auto operator<=>(const Micros&) const = default;
    constexpr Micros operator+(Micros o) const { return Micros(raw_ + o.raw_); }
    constexpr Micros operator-(Micros o) const { return Micros(raw_ - o.raw_); }
    constexpr Micros operator-() const { return Micros(-raw_); }
    constexpr Micros& operator+=(Micros o) { raw_ += o.raw_; return *this; }
    constexpr Micros& operator-=(Micros o) { raw_ -= o.raw_; return *this; }

private:
    std::int64_t raw_ = 0;
};

namespace detail {
/// mulDiv through a 128-bit product (any a, b, c != 0).
std::int64_t mulDivWide(std::int64_t a, std::int64_t b, std::int64_t c);
} // namespace detail

/// floor(a * b / c) with a 128-bit intermediate; c must be > 0 and a*b >= 0 for exact floor.
/// Inline with a 64-bit path: when a * b fits in int64 the floor of the 64-bit quotient is the
/// same number, and with c a constant at the call site the division becomes a multiply (the
/// engine's hot loops divide by 1e6 and 10'000; a 128-bit division is a libgcc call).
inline std::int64_t mulDiv(std::int64_t a, std::int64_t b, std::int64_t c)
{
    std::int64_t p = 0;
    if (c > 0 && !__builtin_mul_overflow(a, b, &p)) {
        const std::int64_t q = p / c;
        return p % c < 0 ? q - 1 : q; // floor for negative quotients (c > 0)
    }
    return detail::mulDivWide(a, b, c);
}

/// notional(price, shares) = floor(price * shares / 1e6) (spec §1).
inline Micros notional(Micros price, Micros shares)
{
    return Micros(mulDiv(price.raw(), shares.raw(), Micros::kScale));
}

/// The shortest text that round-trips a double (QLocale::FloatingPointShortest, 'g').
QString shortestDoubleText(double value);

} // namespace slip
