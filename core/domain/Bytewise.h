#pragma once
// Bytewise order of text (spec/copy-engine.md §4 and §8 order strings "bytewise": by their UTF-8
// bytes). A QString compares by UTF-16 code units, which agrees with the UTF-8 bytes except
// where a character above U+FFFF (a surrogate pair, 0xD800-0xDFFF) meets one in U+E000-U+FFFF:
// UTF-16 puts the pair first, UTF-8 (and code point order) puts it last. Here the first unit
// that differs decides, with surrogates moved above U+E000-U+FFFF.

#include <QStringView>

#include <algorithm>

namespace slip {

/// Negative, zero or positive as `a`'s UTF-8 bytes sort before, equal to or after `b`'s.
inline int bytewiseCompare(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const auto [pa, pb] = std::mismatch(a.utf16(), a.utf16() + n, b.utf16());
    if (pa == a.utf16() + n)
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    // Code point order: 0xD800-0xDFFF up by 0x2000 (above everything else in the BMP),
    // 0xE000-0xFFFF down by 0x800; the rest as they are.
    auto rank = [](char16_t u) -> int { return u < 0xD800 ? u : u < 0xE000 ? u + 0x2000 : u - 0x800; };
    return rank(*pa) - rank(*pb);
}

/// True when `a`'s UTF-8 bytes sort before `b`'s.
inline bool bytewiseLess(QStringView a, QStringView b) { return bytewiseCompare(a, b) < 0; }

} // namespace slip
