#pragma once
// IdentityKeySet: the identity keys of the events seen so far (spec/copy-engine.md §2: an event
// whose key was seen is a duplicate and counted once). The parsers' keys are 64 lowercase hex
// digits and are kept as their 32 bytes in a flat table: a set of 64-character QStrings cost a
// hash of 128 bytes and an allocation per key. Any other key is kept as its text.

#include <QSet>
#include <QString>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace slip {

class IdentityKeySet
{
public:
    /// Records a key; false when it was already recorded.
    bool insert(const QString& key);
    /// Room for about this many keys.
    void reserve(qsizetype keys);
    /// Keys recorded.
    qsizetype size() const { return count_ + (hasZero_ ? 1 : 0) + others_.size(); }

private:
    using Digest = std::array<std::uint64_t, 4>;

    bool insertDigest(const Digest& d);
    void rehash(std::size_t slots);

    // Open addressing with linear probing over the digests themselves (one cache line per
    // probe; a QSet reads its span's offsets, then the node): at most half full, the all-zero
    // digest marks a free slot and is kept as hasZero_.
    struct Free
    {
        void operator()(Digest* p) const { std::free(p); }
    };
    // calloc'd: a large table comes zeroed from the system, and pages never probed are never
    // touched (a reserve for a stream whose keys are tested elsewhere costs address space only).
    std::unique_ptr<Digest[], Free> slots_;
    std::size_t capacity_ = 0; // slots, a power of two (or 0)
    std::size_t count_ = 0;    // digests in slots_
    bool hasZero_ = false;
    QSet<QString> others_; // keys of any other form (none come from the parsers)
};

} // namespace slip
