#include "crypto/Keccak256.h"

#include <QString>

#include <cstring>

namespace slip::crypto {
namespace {

// Keccak-256: rate 1088 bits (136 bytes), capacity 512, output the first 32 bytes of the state.
constexpr std::size_t kRate = 136;

constexpr std::uint64_t kRoundConstants[24] = {
    0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull,
};

inline std::uint64_t rotl(std::uint64_t v, unsigned n)
{
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

// One round from lanes S0..S24 into D0..D24, lane (x, y) being S<x + 5y>. Theta's column
// parities first; then each output row y' takes its five lanes through rho and pi
// (lane (x, y) moves to (y, 2x + 3y mod 5)) and chi, which keeps few temporaries live.
#define SLIP_KECCAK_ROUND(S, D, rc)                                                                 \
    do {                                                                                            \
        const std::uint64_t c0 = S##0 ^ S##5 ^ S##10 ^ S##15 ^ S##20;                               \
        const std::uint64_t c1 = S##1 ^ S##6 ^ S##11 ^ S##16 ^ S##21;                               \
        const std::uint64_t c2 = S##2 ^ S##7 ^ S##12 ^ S##17 ^ S##22;                               \
        const std::uint64_t c3 = S##3 ^ S##8 ^ S##13 ^ S##18 ^ S##23;                               \
        const std::uint64_t c4 = S##4 ^ S##9 ^ S##14 ^ S##19 ^ S##24;                               \
        const std::uint64_t d0 = c4 ^ rotl(c1, 1);                                                  \
        const std::uint64_t d1 = c0 ^ rotl(c2, 1);                                                  \
        const std::uint64_t d2 = c1 ^ rotl(c3, 1);                                                  \
        const std::uint64_t d3 = c2 ^ rotl(c4, 1);                                                  \
        const std::uint64_t d4 = c3 ^ rotl(c0, 1);                                                  \
        {                                                                                           \
            const std::uint64_t b0 = S##0 ^ d0;                                                     \
            const std::uint64_t b1 = rotl(S##6 ^ d1, 44);                                           \
            const std::uint64_t b2 = rotl(S##12 ^ d2, 43);                                          \
            const std::uint64_t b3 = rotl(S##18 ^ d3, 21);                                          \
            const std::uint64_t b4 = rotl(S##24 ^ d4, 14);                                          \
            D##0 = b0 ^ (~b1 & b2) ^ (rc);                                                          \
            D##1 = b1 ^ (~b2 & b3);                                                                 \
            D##2 = b2 ^ (~b3 & b4);                                                                 \
            D##3 = b3 ^ (~b4 & b0);                                                                 \
            D##4 = b4 ^ (~b0 & b1);                                                                 \
        }                                                                                           \
        {                                                                                           \
            const std::uint64_t b0 = rotl(S##3 ^ d3, 28);                                           \
            const std::uint64_t b1 = rotl(S##9 ^ d4, 20);                                           \
            const std::uint64_t b2 = rotl(S##10 ^ d0, 3);                                           \
            const std::uint64_t b3 = rotl(S##16 ^ d1, 45);                                          \
            const std::uint64_t b4 = rotl(S##22 ^ d2, 61);                                          \
            D##5 = b0 ^ (~b1 & b2);                                                                 \
            D##6 = b1 ^ (~b2 & b3);                                                                 \
            D##7 = b2 ^ (~b3 & b4);                                                                 \
            D##8 = b3 ^ (~b4 & b0);                                                                 \
            D##9 = b4 ^ (~b0 & b1);                                                                 \
        }                                                                                           \
        {                                                                                           \
            const std::uint64_t b0 = rotl(S##1 ^ d1, 1);                                            \
            const std::uint64_t b1 = rotl(S##7 ^ d2, 6);                                            \
            const std::uint64_t b2 = rotl(S##13 ^ d3, 25);                                          \
            const std::uint64_t b3 = rotl(S##19 ^ d4, 8);                                           \
            const std::uint64_t b4 = rotl(S##20 ^ d0, 18);                                          \
            D##10 = b0 ^ (~b1 & b2);                                                                \
            D##11 = b1 ^ (~b2 & b3);                                                                \
            D##12 = b2 ^ (~b3 & b4);                                                                \
            D##13 = b3 ^ (~b4 & b0);                                                                \
            D##14 = b4 ^ (~b0 & b1);                                                                \
        }                                                                                           \
        {                                                                                           \
            const std::uint64_t b0 = rotl(S##4 ^ d4, 27);                                           \
            const std::uint64_t b1 = rotl(S##5 ^ d0, 36);                                           \
            const std::uint64_t b2 = rotl(S##11 ^ d1, 10);                                          \
            const std::uint64_t b3 = rotl(S##17 ^ d2, 15);                                          \
            const std::uint64_t b4 = rotl(S##23 ^ d3, 56);                                          \
            D##15 = b0 ^ (~b1 & b2);                                                                \
            D##16 = b1 ^ (~b2 & b3);                                                                \
            D##17 = b2 ^ (~b3 & b4);                                                                \
            D##18 = b3 ^ (~b4 & b0);                                                                \
            D##19 = b4 ^ (~b0 & b1);                                                                \
        }                                                                                           \
        {                                                                                           \
            const std::uint64_t b0 = rotl(S##2 ^ d2, 62);                                           \
            const std::uint64_t b1 = rotl(S##8 ^ d3, 55);                                           \
            const std::uint64_t b2 = rotl(S##14 ^ d4, 39);                                          \
            const std::uint64_t b3 = rotl(S##15 ^ d0, 41);                                          \
            const std::uint64_t b4 = rotl(S##21 ^ d1, 2);                                           \
            D##20 = b0 ^ (~b1 & b2);                                                                \
            D##21 = b1 ^ (~b2 & b3);                                                                \
            D##22 = b2 ^ (~b3 & b4);                                                                \
            D##23 = b3 ^ (~b4 & b0);                                                                \
            D##24 = b4 ^ (~b0 & b1);                                                                \
        }                                                                                           \
    } while (false)

void keccakF1600(std::uint64_t a[25])
{
    // Two sets of 25 locals, alternating as source and destination, so the state can stay in
    // registers (and the rest on the stack) for all 24 rounds.
    std::uint64_t A0 = a[0], A1 = a[1], A2 = a[2], A3 = a[3], A4 = a[4], A5 = a[5], A6 = a[6], A7 = a[7],
                  A8 = a[8], A9 = a[9], A10 = a[10], A11 = a[11], A12 = a[12], A13 = a[13], A14 = a[14],
                  A15 = a[15], A16 = a[16], A17 = a[17], A18 = a[18], A19 = a[19], A20 = a[20],
                  A21 = a[21], A22 = a[22], A23 = a[23], A24 = a[24];
    std::uint64_t E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15, E16, E17, E18,
        E19, E20, E21, E22, E23, E24;
    for (int round = 0; round < 24; round += 2) {
        SLIP_KECCAK_ROUND(A, E, kRoundConstants[round]);
        SLIP_KECCAK_ROUND(E, A, kRoundConstants[round + 1]);
    }
    a[0] = A0, a[1] = A1, a[2] = A2, a[3] = A3, a[4] = A4, a[5] = A5, a[6] = A6, a[7] = A7, a[8] = A8;
    a[9] = A9, a[10] = A10, a[11] = A11, a[12] = A12, a[13] = A13, a[14] = A14, a[15] = A15;
    a[16] = A16, a[17] = A17, a[18] = A18, a[19] = A19, a[20] = A20, a[21] = A21, a[22] = A22;
    a[23] = A23, a[24] = A24;
}

#undef SLIP_KECCAK_ROUND

// Lanes are little-endian 64-bit words of the byte stream.
inline std::uint64_t loadLane(const std::uint8_t* p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

} // namespace

Hash32 Keccak256::hash(const std::uint8_t* data, std::size_t size)
{
    std::uint64_t a[25] = {};
    while (size >= kRate) {
        for (std::size_t i = 0; i < kRate / 8; ++i)
            a[i] ^= loadLane(data + 8 * i);
        keccakF1600(a);
        data += kRate;
        size -= kRate;
    }
    // Last (partial or empty) block with the pad10*1 rule and Keccak's domain bit 0x01.
    std::uint8_t block[kRate] = {};
    if (size > 0)
        std::memcpy(block, data, size);
    block[size] ^= 0x01;
    block[kRate - 1] ^= 0x80;
    for (std::size_t i = 0; i < kRate / 8; ++i)
        a[i] ^= loadLane(block + 8 * i);
    keccakF1600(a);

    Hash32 out;
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t b = 0; b < 8; ++b)
            out[8 * i + b] = std::uint8_t(a[i] >> (8 * b));
    return out;
}

Hash32 Keccak256::hash(QByteArrayView bytes)
{
    return hash(reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size()));
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
