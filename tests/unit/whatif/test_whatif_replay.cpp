// The what-if runner behind Test config on the bundled demo capture: its "current" run decides
// exactly what a plain replay of the same records and configuration decides, a candidate with
// another copy_bps gives what a plain replay under it gives, the window is what it says, and
// cancel stops it.

#include "../api/SeededProfile.h"
#include "EngineRuns.h"

#include "api/WhatIfJob.h"
#include "api/WhatIfReplay.h"
#include "capture/CaptureReader.h"
#include "replay/ReplayEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <limits>

using namespace slip;

namespace {

const char* kDemoCapture = SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz";

struct Counts
{
    int executed = 0;
    int skipped = 0;
    int globalExecuted = 0;
    int globalSkipped = 0;
};

Counts countAttempts(const ReplayResult& r)
{
    Counts c;
    for (const CopyAttempt& a : r.attempts) {
        (a.execute ? c.executed : c.skipped)++;
        if (a.scope == u"EXEC_GLOBAL")
            (a.execute ? c.globalExecuted : c.globalSkipped)++;
    }
    return c;
}

} // namespace

class TestWhatIfReplay : public QObject
{
    Q_OBJECT

private:
    std::vector<CaptureRecord> records_;

    void checkAgainstPlainReplay(const EngineConfig& config, const api::WhatIfWindow& window,
                                 const api::WhatIfRun& run)
    {
        const ReplayResult plain = ReplayEngine(config).run(window.records);
        const Counts c = countAttempts(plain);
        QCOMPARE(run.executed, c.executed);
        QCOMPARE(run.skipped, c.skipped);
        QCOMPARE(run.scopes.at(0).scope, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(run.scopes.at(0).executed, c.globalExecuted);
        QCOMPARE(run.scopes.at(0).skipped, c.globalSkipped);
        QCOMPARE(run.ledgerSha256, plain.ledgerSha256);
        for (const PortfolioFigures& f : plain.portfolios) {
            if (f.scope == u"EXEC_GLOBAL") {
                QCOMPARE(run.scopes[0].endEquity, f.equity);
                QCOMPARE(run.scopes[0].startEquity, f.startCash);
                QCOMPARE(run.globalEquity.back().equity, f.equity);
            }
        }
        // The curve starts at the window start with the bankroll and is in time order.
        QVERIFY(run.globalEquity.size() >= 2);
        QCOMPARE(run.globalEquity.front().tMs, window.fromMs);
        QCOMPARE(run.globalEquity.front().equity, config.globalBankrollUsdc.raw());
        for (std::size_t i = 1; i < run.globalEquity.size(); ++i)
            QVERIFY(run.globalEquity[i].tMs > run.globalEquity[i - 1].tMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto read = CaptureReader::readFile(QString::fromUtf8(kDemoCapture));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        records_ = read->records;
        QCOMPARE(int(records_.size()), 18224);
    }

    // The ranges the Config panel shows are the ones the validation applies.
    void keyRangesMatchTheValidation()
    {
        int integers = 0, decimals = 0;
        for (const ConfigKeyInfo& k : EngineConfig::keys()) {
            QVERIFY2(EngineConfig::keyInfo(k.key) == &k, qPrintable(k.key));
            if (k.kind == ConfigKeyInfo::Kind::Integer || k.kind == ConfigKeyInfo::Kind::OptionalInteger) {
                ++integers;
                QVERIFY(EngineConfig::validateValue(k.key, QJsonValue(qint64(k.min))).ok());
                QVERIFY(EngineConfig::validateValue(k.key, QJsonValue(qint64(k.max))).ok());
                const Status below = EngineConfig::validateValue(k.key, QJsonValue(qint64(k.min - 1)));
                QVERIFY2(!below.ok(), qPrintable(k.key));
                QCOMPARE(below.error(), QStringLiteral("%1: %2 is out of range; must be %3")
                                            .arg(k.key).arg(k.min - 1).arg(k.rangeText()));
                if (k.max < std::numeric_limits<std::int64_t>::max())
                    QVERIFY(!EngineConfig::validateValue(k.key, QJsonValue(qint64(k.max + 1))).ok());
            } else if (k.kind == ConfigKeyInfo::Kind::Usdc || k.kind == ConfigKeyInfo::Kind::Price) {
                ++decimals;
                QVERIFY(EngineConfig::validateValue(k.key, Micros(k.max).toString()).ok());
                const Status above = EngineConfig::validateValue(k.key, Micros(k.max + 1).toString());
                QVERIFY2(!above.ok(), qPrintable(k.key));
                QVERIFY2(above.error().endsWith(k.rangeText()), qPrintable(above.error()));
            }
        }
        QCOMPARE(integers, 19);
        QCOMPARE(decimals, 8);
        QCOMPARE(EngineConfig::keyInfo(QStringLiteral("near_close_ms"))->max, 31'536'000'000LL);
        QCOMPARE(EngineConfig::keyInfo(QStringLiteral("max_spread"))->rangeText(),
                 QStringLiteral("a decimal string (price) in [0, 1]"));
        QCOMPARE(EngineConfig::keyInfo(QStringLiteral("sizing_mode"))->rangeText(),
                 QStringLiteral("one of notional_pct, share_ratio, fixed_usdc, bankroll_bps"));
        // A number where a price string belongs is named with the price range, not as a fraction.
        auto bad = EngineConfig::fromJson(R"({"global": {"max_spread": 0.02}})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), QStringLiteral("global.max_spread: must be a decimal string (price) in [0, 1]"));
        auto fraction = EngineConfig::fromJson(R"({"global": {"max_spread": 0.02, "copy_bps": 100.0}})");
        QCOMPARE(fraction.error(), QStringLiteral("copy_bps: must be a JSON integer (no fraction or exponent)"));
    }

    void currentRunEqualsPlainReplay()
    {
        const EngineConfig config = test::demoConfig();
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_);
        // The demo capture spans 8 h: the whole of it is inside the 24 h window.
        QCOMPARE(window.windowRecords, 18224);
        QCOMPARE(window.contextRecords, 0);
        QCOMPARE(window.toMs - window.fromMs, api::WhatIfReplay::kWindowMs);
        auto run = api::WhatIfReplay::run(config, window);
        QVERIFY(run.ok());
        checkAgainstPlainReplay(config, window, *run);
        QCOMPARE(run->executed, 370);
        QCOMPARE(run->skipped, 720);
    }

    void candidateCopyBpsEqualsPlainReplay()
    {
        const EngineConfig current = test::demoConfig();
        const EngineConfig candidate = test::withCopyBps(current, 50);
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_);
        auto cur = api::WhatIfReplay::run(current, window);
        auto cand = api::WhatIfReplay::run(candidate, window);
        QVERIFY(cur.ok() && cand.ok());
        checkAgainstPlainReplay(candidate, window, *cand);
        QVERIFY(cand->ledgerSha256 != cur->ledgerSha256);
        QCOMPARE(cand->executed, 156);
        QCOMPARE(cand->skipped, 934);
    }

    void shortWindowKeepsContextOnly()
    {
        const std::int64_t windowMs = 2 * 3'600'000;
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_, windowMs);
        const std::int64_t newest = records_.back().t;
        int inWindow = 0, context = 0;
        for (const CaptureRecord& r : records_) {
            if (r.t >= newest - windowMs)
                ++inWindow;
            else if (r.src != u"data-api.activity")
                ++context;
        }
        QCOMPARE(window.toMs, newest);
        QCOMPARE(window.fromMs, newest - windowMs);
        QCOMPARE(window.windowRecords, inWindow);
        QCOMPARE(window.contextRecords, context);
        QCOMPARE(int(window.records.size()), inWindow + context);
        for (const CaptureRecord& r : window.records)
            QVERIFY(r.t >= window.fromMs || api::WhatIfReplay::isContextSource(r.src));
        const EngineConfig config = test::demoConfig();
        auto run = api::WhatIfReplay::run(config, window);
        QVERIFY(run.ok());
        checkAgainstPlainReplay(config, window, *run);
    }

    void compareReadsTheProfileCapture()
    {
        QTemporaryDir tmp;
        QVERIFY(QFile::copy(QString::fromUtf8(kDemoCapture), tmp.filePath(QStringLiteral("capture.jsonl"))));
        const QStringList files = api::WhatIfReplay::captureFiles(tmp.path());
        QCOMPARE(files.size(), 1);
        const EngineConfig current = test::demoConfig();
        const EngineConfig candidate = test::withCopyBps(current, 50);
        std::vector<int> progress;
        auto result = api::WhatIfReplay::compare(files, current, candidate, api::WhatIfReplay::kWindowMs, nullptr,
                                                 [&progress](int p) { progress.push_back(p); });
        QVERIFY(result.ok());
        QCOMPARE(progress.front(), 0);
        QCOMPARE(progress.back(), 1000);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(result->window.windowRecords, 18224);
        QCOMPARE(result->window.files, 1);
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_);
        auto cur = api::WhatIfReplay::run(current, window);
        auto cand = api::WhatIfReplay::run(candidate, window);
        QCOMPARE(result->current.executed, cur->executed);
        QCOMPARE(result->current.skipped, cur->skipped);
        QCOMPARE(result->current.ledgerSha256, cur->ledgerSha256);
        QCOMPARE(result->candidate.executed, cand->executed);
        QCOMPARE(result->candidate.skipped, cand->skipped);
        QCOMPARE(result->candidate.ledgerSha256, cand->ledgerSha256);
        QCOMPARE(result->current.skipReasons, cur->skipReasons);
    }

    void cancelStopsTheRun()
    {
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_);
        std::atomic_bool cancel{false};
        int last = -1;
        auto run = api::WhatIfReplay::run(test::demoConfig(), window, &cancel, [&](int p) {
            last = p;
            if (p >= 300)
                cancel = true;
        });
        QVERIFY(!run.ok());
        QCOMPARE(run.error(), QStringLiteral("Cancelled."));
        QVERIFY(last >= 300 && last < 1000);
    }

    void jobReportsAndCancels()
    {
        QTemporaryDir tmp;
        QVERIFY(QFile::copy(QString::fromUtf8(kDemoCapture), tmp.filePath(QStringLiteral("capture.jsonl"))));
        const QStringList files = api::WhatIfReplay::captureFiles(tmp.path());
        const EngineConfig current = test::demoConfig();
        const EngineConfig candidate = test::withCopyBps(current, 50);
        api::WhatIfJob job;
        QSignalSpy finished(&job, &api::WhatIfJob::finished);
        QSignalSpy cancelled(&job, &api::WhatIfJob::cancelled);
        QSignalSpy progress(&job, &api::WhatIfJob::progressChanged);
        QVERIFY(job.start(files, current, candidate));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(files, current, candidate));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY(!job.isRunning());
        QCOMPARE(cancelled.size(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        const api::WhatIfWindow window = api::WhatIfReplay::selectWindow(records_);
        auto cand = api::WhatIfReplay::run(candidate, window);
        QCOMPARE(job.result().candidate.executed, cand->executed);
        QCOMPARE(job.result().candidate.ledgerSha256, cand->ledgerSha256);

        // Cancelled at once: the job says so and leaves the previous result alone.
        QVERIFY(job.start(files, current, candidate));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 120000);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        QCOMPARE(job.result().candidate.ledgerSha256, cand->ledgerSha256);
    }
};

QTEST_GUILESS_MAIN(TestWhatIfReplay)
#include "test_whatif_replay.moc"
