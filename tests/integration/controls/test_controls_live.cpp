// Operator controls through the façade on the live engine (sandbox venue, real HTTP/WebSocket,
// stepped clock): a close and a breaker reset go into the capture as control records, the engine
// applies them, and the replay of the run's own capture gives exactly the stored attempts and
// ledger. Plus the commands' refusals and the paper/live checks, which never switch to live.

#include "ControlsHarness.h"

#include "api/ReadModels.h"
#include "replay/ReplayPersistence.h"
#include "replay/ReplayResultWriter.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::test;

class TestControlsLive : public QObject
{
    Q_OBJECT

    static QStringList storedAttempts(store::Database& db)
    {
        QStringList out;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral(
            "SELECT scope, wallet, group_key, decision, reasons, target_shares, filled_shares, "
            "filled_notional, fee, mid, decision_ms FROM copy_attempts ORDER BY id"));
        auto v = [](const QVariant& x) {
            return x.isNull() ? QStringLiteral("null") : QString::number(x.toLongLong());
        };
        while (q.next()) {
            QStringList f{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
            for (int i = 5; i <= 10; ++i)
                f << v(q.value(i));
            out << f.join(u'|');
        }
        return out;
    }

    static QStringList replayedAttempts(const ReplayResult& r)
    {
        QStringList out;
        auto v = [](const std::optional<std::int64_t>& x) {
            return x ? QString::number(*x) : QStringLiteral("null");
        };
        for (const CopyAttempt& a : r.attempts)
            out << QStringList{a.scope,
                               a.wallet,
                               a.groupKey,
                               a.execute ? QStringLiteral("EXECUTE") : QStringLiteral("SKIP"),
                               a.reasons.join(u','),
                               v(a.targetShares),
                               v(a.filledShares),
                               v(a.filledNotional),
                               v(a.fee),
                               v(a.mid),
                               QString::number(a.decisionMs)}
                       .join(u'|');
        return out;
    }

private Q_SLOTS:
    void closeAndResetGoThroughTheStreamAndReplayEqually()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        QVERIFY2(h.open(dir.path(), touchyDemoConfig(), 12), qPrintable(h.problem()));
        api::Terminal& t = h.terminal();

        // Before the engine runs: nothing is tripped, and a reset says so.
        auto before = t.breakers();
        QVERIFY(before.ok());
        QCOMPARE(before->size(), std::size_t(3 * (1 + h.config().wallets.size())));
        const Status notTripped =
            t.resetBreaker(QStringLiteral("EXEC_GLOBAL"), {}, QStringLiteral("drawdown"));
        QVERIFY(!notTripped.ok());
        QVERIFY2(notTripped.error().contains(QStringLiteral("not tripped")),
                 qPrintable(notTripped.error()));
        QVERIFY(!t.resetBreaker(QStringLiteral("SHADOW"), {}, QStringLiteral("daily")).ok());
        QVERIFY(!t.resetBreaker(QStringLiteral("EXEC_GLOBAL"), {}, QStringLiteral("hourly")).ok());
        QVERIFY(!t.closePosition(QStringLiteral("EXEC_USER"), h.config().wallets[0].address,
                                 QStringLiteral("123"))
                     .ok());

        QVERIFY2(h.startEngine(), qPrintable(h.problem()));
        QSignalSpy breakerSpy(&t, &api::Terminal::breakersChanged);
        QString closedWallet, closedAsset, resetScope, resetWallet, resetBreaker;
        std::int64_t closedShares = 0;
        bool killChecked = false;
        const bool ran = h.run([&](int) {
            if (closedAsset.isEmpty()) {
                for (const FollowedWallet& w : h.config().wallets) {
                    auto rows = t.readModels().positions(QStringLiteral("EXEC_USER"), w.address);
                    if (!rows || rows->empty() || !rows->front().mark)
                        continue;
                    // The kill switch refuses a close at the façade (no orders of any kind).
                    if (!killChecked) {
                        QVERIFY(t.setKillSwitch(true).ok());
                        const Status refused = t.closePosition(QStringLiteral("EXEC_USER"),
                                                               w.address, rows->front().asset);
                        QVERIFY(!refused.ok());
                        QVERIFY2(refused.error().contains(QStringLiteral("kill switch")),
                                 qPrintable(refused.error()));
                        QVERIFY(t.setKillSwitch(false).ok());
                        killChecked = true;
                    }
                    const Status s = t.closePosition(QStringLiteral("EXEC_USER"), w.address,
                                                     rows->front().asset);
                    QVERIFY2(s.ok(), qPrintable(s.error()));
                    closedWallet = w.address;
                    closedAsset = rows->front().asset;
                    closedShares = rows->front().shares;
                    break;
                }
            }
            if (resetBreaker.isEmpty()) {
                auto states = t.breakers();
                QVERIFY(states.ok());
                for (const api::BreakerState& b : *states) {
                    if (!b.tripped)
                        continue;
                    QVERIFY(b.sinceMs > 0);
                    QVERIFY(b.reference > 0);
                    QVERIFY(b.lossBps() >= b.thresholdBps);
                    const Status s = t.resetBreaker(b.scope, b.wallet, b.breaker);
                    QVERIFY2(s.ok(), qPrintable(s.error()));
                    // A second request before the engine applied the first is refused.
                    QVERIFY(t.flush());
                    QCoreApplication::processEvents();
                    const Status again = t.resetBreaker(b.scope, b.wallet, b.breaker);
                    QVERIFY(!again.ok());
                    QVERIFY2(again.error().contains(QStringLiteral("already requested")),
                             qPrintable(again.error()));
                    resetScope = b.scope;
                    resetWallet = b.wallet;
                    resetBreaker = b.breaker;
                    break;
                }
            }
        });
        QVERIFY2(ran, qPrintable(h.problem()));
        QVERIFY2(!closedAsset.isEmpty(), "no position to close in the run");
        QVERIFY2(!resetBreaker.isEmpty(), "no breaker tripped in the run");
        QVERIFY(breakerSpy.count() > 0);

        auto db = store::Database::openReader(h.dataDir().databasePath());
        QVERIFY(db.ok());
        // The close: an attempt with its own key, a SELL of what was held.
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral(
            "SELECT decision, side, target_shares, filled_shares, group_key FROM copy_attempts "
            "WHERE scope = 'EXEC_USER' AND wallet = ? AND group_key LIKE 'manual:%' ORDER BY id"));
        q.addBindValue(closedWallet);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("SELL"));
        QCOMPARE(q.value(2).toLongLong(), qint64(closedShares));
        QVERIFY(q.value(4).toString().startsWith(
            QStringLiteral("manual:%1:%2:").arg(closedWallet, closedAsset)));
        if (q.value(0).toString() == u"EXECUTE") {
            QVERIFY(q.value(3).toLongLong() > 0);
            QVERIFY(q.value(3).toLongLong() <= closedShares);
        }
        // The reset: an operator reset event of that breaker, and the audit rows of both commands.
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM breaker_events WHERE scope = ? AND wallet = ? AND breaker = ? "
            "AND action = 'reset'"));
        q.addBindValue(resetScope);
        q.addBindValue(resetWallet.isEmpty() ? QStringLiteral("") : resetWallet);
        q.addBindValue(resetBreaker);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT action FROM audit_log WHERE action IN ('position.close', 'breaker.reset')")));
        QStringList audited;
        while (q.next())
            audited << q.value(0).toString();
        QVERIFY(audited.contains(QStringLiteral("position.close")));
        QVERIFY(audited.contains(QStringLiteral("breaker.reset")));

        // Both commands are in the capture, and its replay equals what the live run stored.
        const std::vector<CaptureRecord> captured = h.captured();
        int closes = 0, resets = 0;
        for (const CaptureRecord& r : captured) {
            if (r.src != u"control")
                continue;
            const QString action = r.body.toObject().value(QLatin1String("action")).toString();
            closes += action == u"close_position";
            resets += action == u"reset_breaker";
        }
        QCOMPARE(closes, 1);
        QCOMPARE(resets, 1);
        ReplayEngine replayer(h.config());
        replayer.setFollowTerminalRecords(true); // the session's own closes, as it made them
        const ReplayResult replay = replayer.run(captured);
        const QStringList stored = storedAttempts(**db);
        const QStringList replayed = replayedAttempts(replay);
        QCOMPARE(stored.size(), replayed.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(stored[i], replayed[i]);
        QStringList wallets;
        for (const FollowedWallet& w : h.config().wallets)
            wallets << w.address;
        auto storedHash = ReplayPersistence::storedLedgerHash((*db)->sql(), wallets);
        QVERIFY(storedHash.ok());
        QCOMPARE(*storedHash, replay.ledgerSha256);
        // The replay's breaker events hold the operator reset too.
        bool replayReset = false;
        for (const ScopedBreakerEvent& e : replay.breakerEvents)
            replayReset = replayReset || (!e.event.trip && e.wallet == resetWallet &&
                                          breakerKindToString(e.event.breaker) == resetBreaker);
        QVERIFY(replayReset);
    }

    void liveCannotBeArmedWithoutKeyAndConfirmationNorAtAllInThisBuild()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        QVERIFY2(h.open(dir.path(), api::DemoVenue::config(), 1), qPrintable(h.problem()));
        api::Terminal& t = h.terminal();

        // No keystore.
        api::LiveCheck c = t.armLive({}, "passphrase-1", QStringLiteral("LIVE"));
        QVERIFY(!c.keystorePresent);
        QVERIFY(!c.switched);
        QVERIFY(c.message.contains(QStringLiteral("not armed")));

        QVERIFY2(h.createKeystore("passphrase-1", false), qPrintable(h.problem()));
        // Wrong passphrase, or none.
        c = t.armLive({}, "wrong-passphrase", QStringLiteral("LIVE"));
        QVERIFY(c.keystorePresent);
        QVERIFY(!c.unlocked);
        QVERIFY(!c.switched);
        c = t.armLive({}, {}, QStringLiteral("LIVE"));
        QVERIFY(!c.unlocked);
        // Right passphrase but no API credentials.
        c = t.armLive({}, "passphrase-1", QStringLiteral("LIVE"));
        QVERIFY(c.unlocked);
        QVERIFY(!c.credentialsPresent);
        QVERIFY(!c.checksPassed());
        QVERIFY(!c.address.isEmpty());
    }

    void everyCheckPassingStillSwitchesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        QVERIFY2(h.open(dir.path(), api::DemoVenue::config(), 1), qPrintable(h.problem()));
        api::Terminal& t = h.terminal();
        const QString wallet = h.config().wallets[0].address;
        const QString label = h.config().wallets[0].label;
        QVERIFY2(h.createKeystore("passphrase-1", true), qPrintable(h.problem()));

        // Confirmation: "LIVE" globally, the wallet's label for one wallet.
        api::LiveCheck c = t.armLive({}, "passphrase-1", QStringLiteral("live"));
        QVERIFY(c.credentialsPresent);
        QVERIFY(!c.confirmed);
        c = t.armLive(wallet, "passphrase-1", QStringLiteral("LIVE"));
        QCOMPARE(c.expectedConfirmation, label);
        QVERIFY(!c.confirmed);
        c = t.armLive(wallet, "passphrase-1", label);
        QVERIFY(c.checksPassed());
        QVERIFY(!c.switched);
        QVERIFY2(c.message.contains(QStringLiteral("not available in this build")),
                 qPrintable(c.message));
        c = t.armLive({}, "passphrase-1", QStringLiteral("LIVE"));
        QVERIFY(c.checksPassed());
        QVERIFY(!c.switched);
        // Nothing changed: every wallet is on paper, and the stored config agrees.
        QVERIFY(t.flush());
        for (const api::WalletInfo& w : t.wallets())
            QCOMPARE(w.mode, QStringLiteral("paper"));
        auto cfg = t.config();
        QVERIFY(cfg.ok());
        for (const FollowedWallet& w : cfg->wallets)
            QCOMPARE(w.mode, QStringLiteral("paper"));
        // Each attempt is audited, without secrets.
        auto db = store::Database::openReader(h.dataDir().databasePath());
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), GROUP_CONCAT(details_json) FROM audit_log "
                                      "WHERE action = 'live.arm'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("passphrase-1")));
    }
};

QTEST_GUILESS_MAIN(TestControlsLive)
#include "test_controls_live.moc"
