// Crash safety: the headless terminal (`slipstream-cli run`, stepped demo) is killed with
// SIGKILL several times mid-scenario and restarted on the same data directory; each restart
// recovers from its capture and checkpoints, and the final attempts and ledger equal those of
// an uninterrupted run of the same scenario.

#include "LiveScenario.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::test;

namespace {

const QString kCli = QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli");

struct Stored
{
    QStringList attempts;
    QString ledgerHash;
};

Stored readStored(const QString& dir)
{
    Stored out;
    auto db = store::Database::openReader(dir + QStringLiteral("/slipstream.db"));
    if (!db)
        return out;
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT scope, wallet, group_key, decision, reasons, target_shares, filled_shares, "
                          "filled_notional, fee, mid, decision_ms FROM copy_attempts ORDER BY decision_ms, id"));
    while (q.next())
        out.attempts << attemptText(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString(), q.value(5), q.value(6), q.value(7),
                                    q.value(8), q.value(9), q.value(10).toLongLong());
    QStringList wallets;
    for (const FollowedWallet& w : api::DemoVenue::config().wallets)
        wallets << w.address;
    auto hash = ReplayPersistence::storedLedgerHash((*db)->sql(), wallets);
    out.ledgerHash = hash ? *hash : hash.error();
    return out;
}

qint64 attemptCount(const QString& dir)
{
    auto db = store::Database::openReader(dir + QStringLiteral("/slipstream.db"));
    if (!db)
        return 0;
    QSqlQuery q((*db)->sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM copy_attempts")) && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList runArgs(const QString& dir, std::int64_t untilMs)
{
    return {QStringLiteral("run"), QStringLiteral("--data-dir"), dir, QStringLiteral("--demo"),
            QStringLiteral("--stepped"), QStringLiteral("1000"), QStringLiteral("--until-ms"), QString::number(untilMs),
            QStringLiteral("--poll-ms"), QStringLiteral("1000")};
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRunsEndWithTheUninterruptedLedger()
    {
        auto read = CaptureReader::readFile(api::DemoVenue::capturePath());
        QVERIFY(read.ok() && !read->records.empty());
        const std::int64_t until = read->records.front().t + 20 * 60'000;

        QTemporaryDir whole, killed;
        QVERIFY(whole.isValid() && killed.isValid());
        {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(kCli, runArgs(whole.path(), until));
            QVERIFY2(p.waitForFinished(800'000), "the uninterrupted run did not finish");
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
        const Stored expected = readStored(whole.path());
        QVERIFY2(expected.attempts.size() >= 20, qPrintable(QString::number(expected.attempts.size())));

        int kills = 0;
        const qint64 n = expected.attempts.size();
        for (qint64 target : {n / 5, n * 2 / 5, n * 3 / 5, n * 4 / 5}) {
            QProcess p;
            p.start(kCli, runArgs(killed.path(), until));
            QVERIFY(p.waitForStarted());
            // Let it get somewhere (more attempts stored than before), then pull the plug.
            QVERIFY2(waitFor([&] { return attemptCount(killed.path()) >= target || p.state() == QProcess::NotRunning; }, 600'000),
                     "the run made no progress");
            if (p.state() == QProcess::NotRunning)
                break;
            p.kill(); // SIGKILL: no clean-up of any kind
            QVERIFY(p.waitForFinished(30'000));
            ++kills;
        }
        QVERIFY2(kills >= 3, "the scenario ended before the process could be killed three times");
        {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(kCli, runArgs(killed.path(), until));
            QVERIFY2(p.waitForFinished(800'000), "the final run did not finish");
            QCOMPARE(p.exitCode(), 0);
        }
        const Stored actual = readStored(killed.path());
        qInfo("%d kills; %d attempts; ledger %s", kills, int(actual.attempts.size()), qPrintable(actual.ledgerHash));
        QCOMPARE(actual.attempts.size(), expected.attempts.size());
        for (qsizetype i = 0; i < actual.attempts.size(); ++i)
            QCOMPARE(actual.attempts[i], expected.attempts[i]);
        QCOMPARE(actual.ledgerHash, expected.ledgerHash);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "test_crash_recovery.moc"
