// Standalone driver for the fuzz targets when libFuzzer is not used: replays every seed file
// given (files or folders), then a bounded number of deterministic mutations of them, so CI
// exercises each parser on malformed input without clang.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

struct Rng
{
    std::uint64_t s;
    std::uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(next() % n); }
};

void addFile(const std::filesystem::path& p, std::vector<Bytes>& seeds)
{
    std::ifstream in(p, std::ios::binary);
    seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// JSON fragments that tend to break parsers: wrong types, nulls, huge and odd numbers.
const char* const kTokens[] = {"null", "true", "\"\"", "[]", "{}", "-1", "0", "1e400", "-0", "1.0000001",
                               "99999999999999999999999", "\"0.5\"", "\"abc\"", "\"1e5\"", ",", "]", "}", "\"", ":"};

Bytes mutate(const std::vector<Bytes>& seeds, Rng& rng)
{
    Bytes b = seeds[rng.below(seeds.size())];
    const int edits = 1 + int(rng.below(4));
    for (int e = 0; e < edits; ++e) {
        switch (rng.below(6)) {
        case 0: // flip a bit
            if (!b.empty())
                b[rng.below(b.size())] ^= std::uint8_t(1u << rng.below(8));
            break;
        case 1: // truncate
            b.resize(rng.below(b.size() + 1));
            break;
        case 2: { // delete a run
            if (b.empty())
                break;
            const auto at = rng.below(b.size());
            const auto n = std::min(b.size() - at, 1 + rng.below(16));
            b.erase(b.begin() + long(at), b.begin() + long(at + n));
            break;
        }
        case 3: { // insert a JSON token
            const char* t = kTokens[rng.below(std::size(kTokens))];
            b.insert(b.begin() + long(rng.below(b.size() + 1)), t, t + std::strlen(t));
            break;
        }
        case 4: { // replace a value after a colon with a token
            for (std::size_t tries = 0; tries < 8 && !b.empty(); ++tries) {
                const auto at = rng.below(b.size());
                if (b[at] != ':')
                    continue;
                std::size_t end = at + 1;
                while (end < b.size() && b[end] != ',' && b[end] != '}' && b[end] != ']')
                    ++end;
                const char* t = kTokens[rng.below(std::size(kTokens))];
                b.erase(b.begin() + long(at + 1), b.begin() + long(end));
                b.insert(b.begin() + long(at + 1), t, t + std::strlen(t));
                break;
            }
            break;
        }
        default: { // splice with another seed
            const Bytes& o = seeds[rng.below(seeds.size())];
            const auto cut = rng.below(b.size() + 1);
            const auto from = rng.below(o.size() + 1);
            b.resize(cut);
            b.insert(b.end(), o.begin() + long(from), o.end());
            break;
        }
        }
    }
    return b;
}

} // namespace

int main(int argc, char** argv)
{
    long runs = 1000;
    std::uint64_t seed = 0x5eed5eedULL;
    std::vector<Bytes> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) {
            runs = std::atol(argv[++i]);
        } else if (a == "--seed" && i + 1 < argc) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (std::filesystem::is_directory(a)) {
            for (const auto& e : std::filesystem::directory_iterator(a))
                if (e.is_regular_file())
                    addFile(e.path(), seeds);
        } else if (std::filesystem::is_regular_file(a)) {
            addFile(a, seeds);
        } // missing optional inputs (e.g. the real-data folder) are skipped
    }
    if (seeds.empty())
        seeds.push_back({});
    for (const auto& s : seeds)
        LLVMFuzzerTestOneInput(s.data(), s.size());
    Rng rng{seed | 1};
    for (long r = 0; r < runs; ++r) {
        const Bytes b = mutate(seeds, rng);
        LLVMFuzzerTestOneInput(b.data(), b.size());
    }
    std::printf("%zu seeds, %ld mutations: no crash\n", seeds.size(), runs);
    return 0;
}
