#pragma once
// ControlsHarness: the terminal façade (api::Terminal) running the threaded engine against an
// in-process sandbox venue that serves the bundled demo capture over real HTTP and WebSocket on
// 127.0.0.1, on a stepped virtual clock — so operator commands (close, breaker reset) go through
// the same path as in the window: façade → control record in the capture → engine → store.

#include "api/ConfigStore.h"
#include "api/DataDirectory.h"
#include "api/DemoVenue.h"
#include "api/Terminal.h"
#include "capture/CaptureJournal.h"
#include "capture/CaptureReader.h"
#include "crypto/Keystore.h"
#include "replay/ReplayEngine.h"
#include "store/StoreWriter.h"
#include "venue/sandbox/SandboxVenue.h"

#include "EngineRuns.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace slip::test {

/// The demo wallets with breakers that trip on the first small loss.
inline EngineConfig touchyDemoConfig()
{
    return withGlobal(api::DemoVenue::config(),
                      {{QStringLiteral("daily_loss_bps"), 1}, {QStringLiteral("max_drawdown_bps"), 1}});
}

class ControlsHarness
{
public:
    /// Stores config in a fresh profile under dir and opens the façade on it (engine not started).
    bool open(const QString& dir, const EngineConfig& config, int minutes)
    {
        auto read = CaptureReader::readFile(api::DemoVenue::capturePath());
        if (!read || read->records.empty())
            return fail(QStringLiteral("no demo capture"));
        start_ = read->records.front().t;
        end_ = start_ + std::int64_t(minutes) * 60'000;
        for (const CaptureRecord& r : read->records)
            if (r.t < end_)
                slice_.push_back(r);
        clock_ = std::make_unique<VirtualClock>(start_);
        auto dataDir = api::DataDirectory::resolve(dir);
        if (!dataDir)
            return fail(dataDir.error());
        dir_ = *dataDir;
        {
            store::StoreWriter writer;
            if (Status s = writer.open(dir_.databasePath()); !s)
                return fail(s.error());
            writer.submit(api::ConfigStore::saveOps(config, QStringLiteral("test"), start_));
            if (!writer.flush())
                return fail(QStringLiteral("could not seed the config"));
            writer.close();
        }
        config_ = config;
        terminal_ = std::make_unique<api::Terminal>(*clock_);
        if (Status s = terminal_->open(dir_); !s)
            return fail(s.error());
        return true;
    }

    /// Starts the sandbox venue and the engine and waits until it is ready.
    bool startEngine()
    {
        sandbox::SandboxOptions so;
        so.holdMs = 1'500;
        venue_ = std::make_unique<sandbox::SandboxVenue>(slice_, *clock_, so);
        if (const QString e = venue_->start(); !e.isEmpty())
            return fail(e);
        api::RuntimeOptions options;
        options.endpoints.dataApi = venue_->dataApiUrl();
        options.endpoints.clob = venue_->clobUrl();
        options.endpoints.gamma = venue_->gammaUrl();
        options.endpoints.marketWs = venue_->marketWebSocketUrl();
        options.endpoints.rtdsWs = venue_->rtdsUrl();
        options.pollIntervalMs = 1'000;
        options.realTimeTicks = false;
        options.http.timeoutMs = 400;
        options.http.backoffBaseMs = 20;
        options.http.maxAttempts = 6;
        if (Status s = terminal_->startEngine(*clock_, options); !s)
            return fail(s.error());
        if (!QTest::qWaitFor(
                [&] { return terminal_->engine()->isReady() && terminal_->engine()->idle(); },
                60'000))
            return fail(QStringLiteral("the engine did not start"));
        return true;
    }

    /// Runs one-second steps to the end of the slice; onStep(k) runs before step k.
    bool run(const std::function<void(int)>& onStep)
    {
        return runSteps(0, steps(), onStep) && finishRun();
    }

    /// The number of one-second steps that cover the slice.
    int steps() const { return int((end_ - start_) / 1'000) + 5; }

    /// Runs steps [from, to) of the slice (the engine must be running).
    bool runSteps(int from, int to, const std::function<void(int)>& onStep = {})
    {
        api::EngineRuntime* engine = terminal_->engine();
        for (int k = from; k < to; ++k) {
            if (onStep)
                onStep(k);
            clock_->advanceMs(1'000);
            venue_->pump();
            engine->kick();
            if (!QTest::qWaitFor([&] { return engine->idle(); }, 60'000))
                return fail(QStringLiteral("the engine did not settle at step %1").arg(k));
            // The façade hears of what was stored through queued commits.
            if (!terminal_->flush())
                return fail(QStringLiteral("the writer did not flush"));
            QCoreApplication::processEvents();
        }
        return true;
    }

    /// Ends the stream (every group decided), stops the engine and waits for the store.
    bool finishRun()
    {
        api::EngineRuntime* engine = terminal_->engine();
        engine->finishStream();
        if (!QTest::qWaitFor([&] { return engine->idle(); }, 60'000))
            return fail(QStringLiteral("the stream did not finish"));
        terminal_->stopEngine();
        return terminal_->flush();
    }

    /// Stops the engine mid-stream (as closing the window does) and the venue with it.
    bool stopMidStream()
    {
        terminal_->stopEngine();
        venue_.reset();
        return terminal_->flush();
    }

    /// Stores a keystore with API credentials in the profile (cheap work factor for tests).
    bool createKeystore(const QByteArray& passphrase, bool withCredentials)
    {
        crypto::KdfParams fast;
        fast.n = 1u << 10;
        crypto::Keystore ks(dir_.keystorePath(), fast);
        if (auto a = ks.create(passphrase); !a)
            return fail(a.error());
        if (withCredentials) {
            if (Status s =
                    ks.storeApiCredentials(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                           QByteArrayLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQ="),
                                           QByteArrayLiteral("api-pass"), passphrase);
                !s)
                return fail(s.error());
        }
        return true;
    }

    /// Every record the run captured, in order.
    std::vector<CaptureRecord> captured() const
    {
        std::vector<CaptureRecord> out;
        for (const QString& file : CaptureJournal::files(dir_.captureDirectory())) {
            auto f = CaptureReader::readFile(file);
            if (f)
                for (const CaptureRecord& r : f->records)
                    out.push_back(r);
        }
        return out;
    }

    api::Terminal& terminal() { return *terminal_; }
    const api::DataDirectory& dataDir() const { return dir_; }
    const EngineConfig& config() const { return config_; }
    VirtualClock& clock() { return *clock_; }
    const QString& problem() const { return problem_; }

private:
    bool fail(const QString& why)
    {
        problem_ = why;
        return false;
    }

    std::vector<CaptureRecord> slice_;
    std::int64_t start_ = 0;
    std::int64_t end_ = 0;
    std::unique_ptr<VirtualClock> clock_;
    std::unique_ptr<sandbox::SandboxVenue> venue_;
    api::DataDirectory dir_;
    EngineConfig config_;
    std::unique_ptr<api::Terminal> terminal_;
    QString problem_;
};

} // namespace slip::test
