// The living terminal end to end: the threaded engine against the sandbox venue over real
// HTTP and WebSocket on 127.0.0.1. Its own capture must replay to exactly what it stored, and
// every kind of venue fault must leave the attempts and the ledger exactly as without faults.

#include "LiveScenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::test;

class TestLivePipeline : public QObject
{
    Q_OBJECT

    static constexpr int kMinutes = 20;
    static constexpr std::int64_t kStepMs = 1'000;
    QTemporaryDir cleanDir_;
    ScenarioResult clean_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cleanDir_.isValid());
        clean_ = runScenario(cleanDir_.path(), kMinutes, kStepMs);
        QVERIFY2(clean_.ok, qPrintable(clean_.problem));
        qInfo("live run: %d capture records, %d attempts stored (%d EXECUTE), ledger %s", clean_.captureRecords,
              int(clean_.storedAttempts.size()), clean_.executes, qPrintable(clean_.storedLedgerHash));
    }

    void liveRunEqualsReplayOfItsCapture()
    {
        QVERIFY(clean_.captureRecords > 100);
        QVERIFY2(clean_.storedAttempts.size() >= 20, qPrintable(QString::number(clean_.storedAttempts.size())));
        QVERIFY2(clean_.executes > 0, "the scenario copies nothing: it would prove little");
        QCOMPARE(clean_.storedAttempts.size(), clean_.replayedAttempts.size());
        for (qsizetype i = 0; i < clean_.storedAttempts.size(); ++i)
            QCOMPARE(clean_.storedAttempts[i], clean_.replayedAttempts[i]);
        QCOMPARE(clean_.storedLedgerHash, clean_.replayLedgerHash);
        QCOMPARE(clean_.storedLedgerHash.size(), 64);
    }

    void everyFaultKindLeavesTheSameAttemptsAndLedger()
    {
        using sandbox::HttpFault;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::vector<std::pair<int, HttpFault>> http = {
            {40, HttpFault::TooManyRequests}, {90, HttpFault::ServerError},   {140, HttpFault::TooEarly},
            {190, HttpFault::TradingPaused},  {240, HttpFault::Timeout},      {290, HttpFault::Malformed},
            {340, HttpFault::HtmlErrorPage},  {390, HttpFault::DropConnection}, {640, HttpFault::TooManyRequests},
            {700, HttpFault::Malformed},      {760, HttpFault::ServerError},
        };
        const ScenarioResult faulted = runScenario(dir.path(), kMinutes, kStepMs, [&](int k, sandbox::SandboxVenue& v) {
            for (const auto& [step, fault] : http)
                if (k == step)
                    v.injectHttpFault(fault, 2);
            if (k == 450)
                v.dropWebSockets();
            if (k == 500)
                v.setWebSocketSilence(true);
            if (k == 560)
                v.setWebSocketSilence(false);
        });
        QVERIFY2(faulted.ok, qPrintable(faulted.problem));
        // Every fault was served.
        for (const auto& [step, fault] : http)
            QVERIFY2(faulted.faults.httpInjected.count(fault) > 0, qPrintable(sandbox::httpFaultName(fault)));
        QVERIFY(faulted.faults.webSocketDrops > 0);
        // Nothing lost, nothing duplicated: the same decisions and the same ledger.
        QCOMPARE(faulted.storedAttempts.size(), clean_.storedAttempts.size());
        for (qsizetype i = 0; i < faulted.storedAttempts.size(); ++i)
            QCOMPARE(faulted.storedAttempts[i], clean_.storedAttempts[i]);
        QCOMPARE(faulted.storedLedgerHash, clean_.storedLedgerHash);
        QCOMPARE(faulted.replayLedgerHash, faulted.storedLedgerHash);
        // And the health read model shows what happened.
        int rateLimited = 0, errors = 0;
        for (const api::FeedHealth& f : faulted.health.feeds) {
            rateLimited += f.rateLimited;
            errors += f.errors;
        }
        QVERIFY2(rateLimited > 0, "the 429s do not show in the health read model");
        QVERIFY2(errors > 0, "the garbled answers do not show in the health read model");
    }
};

QTEST_GUILESS_MAIN(TestLivePipeline)
#include "test_live_pipeline.moc"
