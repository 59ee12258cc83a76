// A configuration saved while the terminal runs applies from the engine's next start on, and
// history stays as it was decided: the restarted engine rebuilds its state under the
// configuration recorded in the capture at each time (Slipstream's `config` control records), so
// the stored ledger is exactly the ledger of the capture replayed that way — never a mix of the
// old decisions and the new configuration's idea of the past.

#include "ControlsHarness.h"
#include "EngineRuns.h"

#include "replay/CopyEngine.h"
#include "replay/ReplayPersistence.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::test;

namespace {

QStringList storedAttempts(store::Database& db, std::int64_t beforeDecisionMs)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT scope, wallet, group_key, decision, target_shares, filled_shares, fee "
                             "FROM copy_attempts WHERE decision_ms < ? ORDER BY id"));
    q.addBindValue(qint64(beforeDecisionMs));
    if (!q.exec())
        qFatal("query failed");
    while (q.next()) {
        QStringList f;
        for (int i = 0; i < 7; ++i)
            f << q.value(i).toString();
        out << f.join(u'|');
    }
    return out;
}

} // namespace

class TestConfigRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restartUnderNewConfigKeepsHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        const EngineConfig first = api::DemoVenue::config();
        QVERIFY2(h.open(dir.path(), first, 40), qPrintable(h.problem()));
        QVERIFY2(h.startEngine(), qPrintable(h.problem()));
        const int half = h.steps() / 2;
        QVERIFY2(h.runSteps(0, half), qPrintable(h.problem()));
        QVERIFY2(h.stopMidStream(), qPrintable(h.problem()));
        const std::int64_t stoppedAt = h.clock().nowMs();

        auto db = store::Database::openReader(h.dataDir().databasePath());
        QVERIFY(db.ok());
        const QStringList before = storedAttempts(**db, stoppedAt);
        QVERIFY2(before.size() > 20, qPrintable(QString::number(before.size())));

        // The operator saves another copy size (as the Config panel does) and starts again.
        const EngineConfig second = test::withCopyBps(first, 50);
        QVERIFY(h.terminal().setConfig(second).ok());
        QVERIFY(h.terminal().flush());
        QVERIFY2(h.startEngine(), qPrintable(h.problem()));
        QVERIFY2(h.runSteps(half, h.steps()), qPrintable(h.problem()));
        QVERIFY2(h.finishRun(), qPrintable(h.problem()));

        // The capture says which configuration was in force when: one record per start.
        const std::vector<CaptureRecord> captured = h.captured();
        std::vector<std::pair<std::int64_t, QByteArray>> configs;
        for (const CaptureRecord& r : captured) {
            const QJsonObject o = r.body.toObject();
            if (r.src == u"control" && o.value(QLatin1String("action")).toString() == u"config") {
                auto c = EngineConfig::fromObject(o.value(QLatin1String("config")).toObject());
                QVERIFY(c.ok());
                configs.emplace_back(r.t, CopyEngine::canonicalJson(*c));
            }
        }
        QCOMPARE(configs.size(), std::size_t(2));
        QCOMPARE(configs[0].second, CopyEngine::canonicalJson(first));
        QCOMPARE(configs[1].second, CopyEngine::canonicalJson(second));
        QVERIFY(configs[1].first >= stoppedAt);

        // Nothing decided before the restart changed.
        QCOMPARE(storedAttempts(**db, stoppedAt), before);

        // The stored ledger is the capture's ledger under the recorded configurations…
        const FollowedRun run = runFollowingConfigRecords(first, captured);
        const ReplayResult& followed = run.figures;
        QStringList wallets;
        for (const FollowedWallet& w : first.wallets)
            wallets << w.address;
        auto stored = ReplayPersistence::storedLedgerHash((*db)->sql(), wallets);
        QVERIFY(stored.ok());
        QCOMPARE(*stored, followed.ledgerSha256);
        // …which is neither history under the old configuration nor under the new one alone.
        QVERIFY(ReplayEngine(second).run(captured).ledgerSha256 != followed.ledgerSha256);
        int decidedAfter = 0;
        for (const CopyAttempt& a : run.attempts)
            decidedAfter += a.decisionMs >= configs[1].first;
        QVERIFY(decidedAfter > 20);
    }
};

QTEST_GUILESS_MAIN(TestConfigRestart)
#include "test_config_restart.moc"
