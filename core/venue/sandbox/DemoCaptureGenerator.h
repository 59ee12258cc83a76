#pragma once
// DemoCaptureGenerator: builds the bundled, clearly synthetic demo capture — markets, wallets
// with distinct trading styles, and books that move with their trades — in the venues' real
// payload formats (Gamma markets, CLOB books, Data API activity rows, fee rates), so the demo
// profile exercises the same parsers and clients as the real venue. Deterministic per seed.

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace slip::sandbox {

struct DemoOptions
{
    std::uint64_t seed = 20261101;
    std::int64_t startMs = 1793620800000; ///< 2026-11-01T12:00:00Z
    int hours = 8;
};

struct DemoWallet
{
    QString address;
    QString label;
    QString style; ///< one line on how it trades
};

class DemoCaptureGenerator
{
public:
    /// The capture as JSON Lines (one record per element, no newlines), sorted by t.
    static std::vector<QByteArray> generate(const DemoOptions& options);
    /// Writes the capture; gzip-compressed when the path ends in ".gz".
    static Status writeFile(const QString& path, const DemoOptions& options);
    /// The demo's followed wallets (the capture's traders).
    static const std::vector<DemoWallet>& wallets();
};

} // namespace slip::sandbox
