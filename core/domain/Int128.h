#pragma once
// 128-bit integers for exact products of two int64 money values (spec/copy-engine.md §1).
// __extension__ keeps -Wpedantic quiet about the GCC/Clang builtin type.

namespace slip {
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
} // namespace slip
