#include "net/NetStats.h"

#include <cmath>

namespace slip {

void NetStats::addLatency(std::int64_t ms)
{
    std::size_t i = 0;
    while (i < kLatencyBoundsMs.size() && ms > kLatencyBoundsMs[i])
        ++i;
    ++latency[i];
}

std::int64_t NetStats::latencyQuantileMs(double p) const
{
    std::uint64_t total = 0;
    for (auto n : latency)
        total += n;
    if (total == 0)
        return -1;
    const auto target = std::uint64_t(std::ceil(p * double(total)));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < latency.size(); ++i) {
        seen += latency[i];
        if (seen >= target && seen > 0)
            return i < kLatencyBoundsMs.size() ? kLatencyBoundsMs[i] : kLatencyBoundsMs.back() * 2;
    }
    return kLatencyBoundsMs.back() * 2;
}

} // namespace slip
