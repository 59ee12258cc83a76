#pragma once
// NetStats: a value snapshot of an HTTP client's counters (requests, errors by kind, 429s,
// latency histogram) for the System panel; copying it is cheap and thread-safe by construction.

#include "net/VenueError.h"

#include <QMetaType>

#include <array>
#include <cstdint>

namespace slip {

struct NetStats
{
    /// Upper bounds (ms) of the latency histogram buckets; a last bucket holds everything slower.
    static constexpr std::array<int, 10> kLatencyBoundsMs = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000};

    std::uint64_t requests = 0;   ///< attempts put on the wire (retries included)
    std::uint64_t succeeded = 0;  ///< logical requests answered 2xx
    std::uint64_t failed = 0;     ///< logical requests that ended in an error
    std::uint64_t retries = 0;    ///< attempts that were retries
    std::uint64_t http429 = 0;    ///< 429 answers seen
    std::array<std::uint64_t, VenueError::kKindCount> errorsByKind{}; ///< per failed attempt
    std::array<std::uint64_t, kLatencyBoundsMs.size() + 1> latency{};  ///< per answered attempt
    int queued = 0;               ///< waiting for the limiter or a retry
    int inFlight = 0;             ///< on the wire now
    bool tradingPaused = false;   ///< last CLOB answer was a 503 "trading paused"

    /// Failed attempts of one kind.
    std::uint64_t errors(VenueError::Kind kind) const { return errorsByKind[std::size_t(kind)]; }
    /// Records one answered attempt's latency.
    void addLatency(std::int64_t ms);
    /// Upper bound (ms) of the bucket holding the p-quantile (0..1); -1 when empty.
    std::int64_t latencyQuantileMs(double p) const;
};

} // namespace slip

Q_DECLARE_METATYPE(slip::NetStats)
