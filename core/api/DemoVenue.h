#pragma once
// DemoVenue: the demo profile's embedded venue — the sandbox venue serving the bundled,
// synthetic demo capture on 127.0.0.1, on a thread of its own, with the capture's time running
// at a chosen speed — plus the demo's wallets and settings. The terminal talks to it over the
// real HTTP and WebSocket protocols exactly as it would to Polymarket.

#include "config/EngineConfig.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "net/Endpoints.h"

#include <QThread>

#include <cstdint>
#include <memory>

namespace slip::sandbox {
class SandboxVenue;
class ScaledClock;
} // namespace slip::sandbox

namespace slip::api {

class DemoVenue
{
public:
    /// The bundled capture (a Qt resource).
    static QString capturePath();
    /// The demo's followed wallets (four styles) and settings.
    static EngineConfig config();

    /// speedPermille: 1000 = real time; 0 = stepped (time moves only by advance()). The venue's time starts at the capture's first record, or
    /// just after resumeAfterMs when an earlier demo session got that far.
    DemoVenue(std::int64_t resumeAfterMs, std::int64_t speedPermille);
    ~DemoVenue();

    /// Reads the capture and opens the venue's ports; returns once it serves.
    Status start();
    void stop();

    /// The venue's clock (the terminal runs on it too in the demo).
    const Clock& clock() const;
    /// Stepped demo only: moves the venue's time forward.
    void advance(std::int64_t ms);
    bool stepped() const { return speed_ == 0; }
    Endpoints endpoints() const { return endpoints_; }
    std::int64_t captureStartMs() const { return startMs_; }
    std::int64_t captureEndMs() const { return endMs_; }

private:
    std::int64_t resumeAfterMs_;
    std::int64_t speed_;
    std::int64_t startMs_ = 0;
    std::int64_t endMs_ = 0;
    std::unique_ptr<Clock> clock_;
    VirtualClock* virtualClock_ = nullptr; // the stepped clock, owned by clock_
    QThread thread_;
    sandbox::SandboxVenue* venue_ = nullptr;
    Endpoints endpoints_;
};

} // namespace slip::api
