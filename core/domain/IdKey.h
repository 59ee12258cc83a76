#pragma once
// IdKey: a long venue identifier (a 77-digit token id, a 66-character condition id) as a hash
// key. It is hashed on its last 16 characters, which tell ids apart as well as the whole id
// does (they are random numbers), at a fifth of the cost: qHash over every character of the
// token ids was a twentieth of a replay. Equality still compares the whole id.
//
// The 32 bytes of those characters are mixed as four 64-bit words (multiply and xor-shift),
// seeded with the table's seed: Qt's own string hash (SipHash on a build without AES
// instructions, as Debian's is) still cost most of a lookup on the engine's hot paths.

#include <QHash>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <cstring>

namespace slip {

/// The mixing IdKey hashes with, over any bytes: 64-bit words xored in and multiplied, the tail
/// of fewer than 8 bytes as one more word.
inline std::size_t hashWords(const void* data, std::size_t n, std::size_t seed = 0) noexcept
{
    const char* bytes = static_cast<const char*>(data);
    std::uint64_t h = std::uint64_t(seed) ^ (0x9e3779b97f4a7c15ULL * (n + 1));
    std::size_t at = 0;
    for (; at + 8 <= n; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + at, 8);
        h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    if (at < n) { // a short id: its last 2, 4 or 6 bytes
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + at, n - at);
        h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebULL;
    return std::size_t(h ^ (h >> 29));
}

struct IdKey
{
    QString id;

    bool operator==(const IdKey&) const = default;
    friend size_t qHash(const IdKey& k, size_t seed = 0) noexcept
    {
        const QStringView tail = QStringView(k.id).right(16);
        return hashWords(tail.data(), std::size_t(tail.size()) * sizeof(char16_t), seed);
    }
};

} // namespace slip
