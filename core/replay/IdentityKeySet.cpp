#include "replay/IdentityKeySet.h"

#include "domain/IdKey.h"

#include <algorithm>
#include <new>

namespace slip {

bool IdentityKeySet::insert(const QString& key)
{
    Digest d{};
    bool hex = key.size() == 64;
    for (qsizetype i = 0; hex && i < 64; ++i) {
        const char16_t c = key[i].unicode();
        const int v = c >= u'0' && c <= u'9' ? c - u'0' : c >= u'a' && c <= u'f' ? c - u'a' + 10 : -1;
        hex = v >= 0;
        d[std::size_t(i / 16)] = (d[std::size_t(i / 16)] << 4) | std::uint64_t(v & 0xf);
    }
    if (!hex) {
        const qsizetype before = others_.size();
        others_.insert(key);
        return others_.size() != before;
    }
    return insertDigest(d);
}

namespace {

// The digests are SHA-256 outputs, but a key is any 64 hex digits (tests write their own):
// all four words go into the slot number.
std::size_t slotOf(const std::array<std::uint64_t, 4>& d, std::size_t mask)
{
    return hashWords(d.data(), sizeof d) & mask;
}

} // namespace

bool IdentityKeySet::insertDigest(const Digest& d)
{
    if (d == Digest{}) {
        const bool fresh = !hasZero_;
        hasZero_ = true;
        return fresh;
    }
    if (2 * (count_ + 1) > capacity_)
        rehash(std::max<std::size_t>(64, 2 * capacity_));
    const std::size_t mask = capacity_ - 1;
    for (std::size_t i = slotOf(d, mask);; i = (i + 1) & mask) {
        Digest& slot = slots_[i];
        if (slot == d)
            return false;
        if (slot == Digest{}) {
            slot = d;
            ++count_;
            return true;
        }
    }
}

void IdentityKeySet::rehash(std::size_t capacity)
{
    std::unique_ptr<Digest[], Free> table(static_cast<Digest*>(std::calloc(capacity, sizeof(Digest))));
    if (!table)
        throw std::bad_alloc();
    const std::size_t mask = capacity - 1;
    for (std::size_t k = 0; k < capacity_; ++k) {
        const Digest& d = slots_[k];
        if (d == Digest{})
            continue;
        std::size_t i = slotOf(d, mask);
        while (table[i] != Digest{})
            i = (i + 1) & mask;
        table[i] = d;
    }
    slots_ = std::move(table);
    capacity_ = capacity;
}

void IdentityKeySet::reserve(qsizetype keys)
{
    std::size_t capacity = 64;
    while (capacity < 2 * std::size_t(std::max<qsizetype>(keys, 0)))
        capacity *= 2;
    if (capacity > capacity_)
        rehash(capacity);
}

} // namespace slip
