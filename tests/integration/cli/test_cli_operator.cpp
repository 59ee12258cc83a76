// The operator commands of slipstream-cli, run as a separate process on a profile seeded with
// real engine output (the demo capture replayed): attempts --json lines are the replay's own
// attempt objects, the read commands agree with the read models, kill-switch / pause / resume
// change the stored switches with an audit row, and bad input exits 2 with a message.

#include "../../unit/api/SeededProfile.h"

#include "api/Controls.h"
#include "api/ReadModels.h"
#include "replay/ReplayResultWriter.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace slip;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli"));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestCliOperator : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString dataDir_;
    QString dbPath_;
    EngineConfig config_;
    ReplayResult result_;

    // The replay's attempts matching pred, newest first as the CLI lists them (stored in replay
    // order, so a later attempt of the same decision time has the larger id).
    template <class Pred> QList<QByteArray> expected(Pred pred, std::size_t limit) const
    {
        std::vector<std::size_t> idx;
        for (std::size_t i = 0; i < result_.attempts.size(); ++i)
            if (pred(result_.attempts[i]))
                idx.push_back(i);
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            const auto& x = result_.attempts[a];
            const auto& y = result_.attempts[b];
            return x.decisionMs != y.decisionMs ? x.decisionMs > y.decisionMs : a > b;
        });
        QList<QByteArray> out;
        for (std::size_t k = 0; k < idx.size() && k < limit; ++k)
            out << ReplayResultWriter::attemptJson(result_.attempts[idx[k]]);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli")));
        dataDir_ = dir_.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(dataDir_));
        dbPath_ = QDir(dataDir_).filePath(QStringLiteral("slipstream.db"));
        config_ = test::demoConfig();
        auto r = test::replayDemo(config_);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        result_ = std::move(r).value();
        const Status seeded = test::seedDatabase(dbPath_, config_, result_);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    }

    void attemptsJsonAreTheReplaysObjects()
    {
        const Run all =
            cli({QStringLiteral("attempts"), QStringLiteral("--data-dir"), dataDir_,
                 QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000000")});
        QCOMPARE(all.exitCode, 0);
        const QList<QByteArray> got = lines(all.out);
        QCOMPARE(got, expected([](const CopyAttempt&) { return true; }, 1'000'000));
        // Every line is a JSON object with exactly the §8 fields.
        const QStringList fields{
            "scope",      "wallet",          "asset",           "side",         "group_key",
            "t0_ms",      "flush_ms",        "decision_ms",     "their_shares", "their_notional",
            "their_vwap", "target_notional", "target_shares",   "decision",     "reasons",
            "mid",        "filled_shares",   "filled_notional", "vwap",         "fee"};
        for (const QByteArray& line : got) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
            QCOMPARE(pe.error, QJsonParseError::NoError);
            QStringList keys = doc.object().keys();
            QStringList want = fields;
            keys.sort();
            want.sort();
            QCOMPARE(keys, want);
        }

        const QString wallet = config_.wallets[2].address;
        QString reason;
        for (const CopyAttempt& a : result_.attempts)
            if (a.scope == u"EXEC_GLOBAL" && !a.reasons.isEmpty())
                reason = a.reasons.back();
        QVERIFY(!reason.isEmpty());
        const Run filtered = cli({QStringLiteral("attempts"), QStringLiteral("--data-dir"),
                                  dataDir_, QStringLiteral("--json"), QStringLiteral("--scope"),
                                  QStringLiteral("EXEC_GLOBAL"), QStringLiteral("--reason"), reason,
                                  QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(lines(filtered.out), expected(
                                          [&](const CopyAttempt& a) {
                                              return a.scope == u"EXEC_GLOBAL" &&
                                                     a.reasons.contains(reason);
                                          },
                                          5));
        const Run byWallet =
            cli({QStringLiteral("attempts"), QStringLiteral("--data-dir"), dataDir_,
                 QStringLiteral("--json"), QStringLiteral("--wallet"),
                 wallet.toUpper().replace(u'X', u'x'), QStringLiteral("--decision"),
                 QStringLiteral("execute"), QStringLiteral("--limit"), QStringLiteral("100000")});
        QCOMPARE(byWallet.exitCode, 0);
        QCOMPARE(lines(byWallet.out),
                 expected([&](const CopyAttempt& a) { return a.wallet == wallet && a.execute; },
                          100'000));
        // The default page is the newest 50; the human table ends with the count.
        const Run human = cli({QStringLiteral("attempts"), QStringLiteral("--data-dir"), dataDir_});
        QCOMPARE(human.exitCode, 0);
        const QList<QByteArray> table = lines(human.out);
        QCOMPARE(table.size(), 52);
        QVERIFY(table.front().startsWith("DECIDED (UTC)"));
        QCOMPARE(table.back(), QByteArray("50 of ") +
                                   QByteArray::number(qlonglong(result_.attempts.size())) +
                                   " matching attempts");
    }

    void readCommandsAgreeWithTheReadModels()
    {
        auto db = store::Database::openReader(dbPath_);
        QVERIFY(db.ok());
        api::ReadModels reads(*db.value());

        const Run positions = cli({QStringLiteral("positions"), QStringLiteral("--data-dir"),
                                   dataDir_, QStringLiteral("--scope"),
                                   QStringLiteral("EXEC_GLOBAL"), QStringLiteral("--json")});
        QCOMPARE(positions.exitCode, 0);
        const QList<QByteArray> rows = lines(positions.out);
        const auto& global = result_.portfolios.back();
        QCOMPARE(std::size_t(rows.size()), global.positions.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(rows[i]).object();
            QCOMPARE(o.value("scope").toString(), QStringLiteral("EXEC_GLOBAL"));
            QVERIFY(o.value("wallet").isNull());
            QCOMPARE(o.value("asset").toString(), global.positions[std::size_t(i)].asset);
            QCOMPARE(o.value("shares").toInteger(), global.positions[std::size_t(i)].shares);
            QCOMPARE(o.value("cost_basis").toInteger(), global.positions[std::size_t(i)].costBasis);
        }
        const Run allScopes =
            cli({QStringLiteral("positions"), QStringLiteral("--data-dir"), dataDir_});
        QCOMPARE(allScopes.exitCode, 0);
        std::size_t open = 0;
        for (const auto& f : result_.portfolios)
            open += f.positions.size();
        QCOMPARE(std::size_t(lines(allScopes.out).size()), open + 1); // + header

        const Run wallets = cli({QStringLiteral("wallets"), QStringLiteral("--data-dir"), dataDir_,
                                 QStringLiteral("--json")});
        QCOMPARE(wallets.exitCode, 0);
        auto metrics = reads.walletMetrics();
        QVERIFY(metrics.ok());
        const QList<QByteArray> walletRows = lines(wallets.out);
        QCOMPARE(std::size_t(walletRows.size()), config_.wallets.size());
        for (qsizetype i = 0; i < walletRows.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(walletRows[i]).object();
            QCOMPARE(o.value("address").toString(), config_.wallets[std::size_t(i)].address);
            QCOMPARE(o.value("label").toString(), config_.wallets[std::size_t(i)].label);
            QCOMPARE(o.value("attempts").toInteger(), metrics.value()[std::size_t(i)].attempts);
            QCOMPARE(o.value("executes").toInteger(), metrics.value()[std::size_t(i)].executes);
        }

        const Run pnl = cli({QStringLiteral("pnl"), QStringLiteral("--data-dir"), dataDir_,
                             QStringLiteral("--json")});
        QCOMPARE(pnl.exitCode, 0);
        const QList<QByteArray> pnlRows = lines(pnl.out);
        QCOMPARE(std::size_t(pnlRows.size()), 1 + 2 * config_.wallets.size());
        const QJsonObject first = QJsonDocument::fromJson(pnlRows.front()).object();
        QCOMPARE(first.value("scope").toString(), QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(first.value("start_equity").toInteger(), qint64(10'000'000'000));
        const QJsonObject second = QJsonDocument::fromJson(pnlRows[2]).object();
        QCOMPARE(second.value("wallet").toString(), config_.wallets[1].address);
        QCOMPARE(second.value("start_equity").toInteger(), qint64(2'500'000'000));

        const Run status = cli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir_,
                                QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value("attempts").toInteger(), qint64(result_.attempts.size()));
        QCOMPARE(s.value("wallets").toInteger(), qint64(config_.wallets.size()));
        QCOMPARE(s.value("running").toBool(), false);
        const Run human = cli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir_});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("kill switch       off"));
    }

    void switchesAreStoredAndAudited()
    {
        const Run on = cli({QStringLiteral("kill-switch"), QStringLiteral("on"),
                            QStringLiteral("--data-dir"), dataDir_});
        QCOMPARE(on.exitCode, 0);
        const Run pause = cli({QStringLiteral("pause"), QStringLiteral("--data-dir"), dataDir_,
                               QStringLiteral("--json")});
        QCOMPARE(pause.exitCode, 0);
        QCOMPARE(pause.out, QByteArray("{\"paused\":true}\n"));
        {
            auto db = store::Database::openReader(dbPath_);
            QVERIFY(db.ok());
            auto state = api::Controls::read(*db.value());
            QVERIFY(state.ok());
            QVERIFY(state->killSwitch);
            QVERIFY(state->paused);
            QCOMPARE(state->updatedBy, QStringLiteral("cli"));
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(
                QStringLiteral("SELECT action, actor, details_json FROM audit_log WHERE action IN "
                               "('kill_switch', 'pause') ORDER BY id")));
            QStringList audit;
            while (q.next())
                audit << QStringList{q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString()}
                             .join(u' ');
            QCOMPARE(audit, QStringList({QStringLiteral("kill_switch cli {\"engaged\":true}"),
                                         QStringLiteral("pause cli {\"engaged\":true}")}));
        }
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir_,
                                QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value("kill_switch").toBool(), true);
        QCOMPARE(cli({QStringLiteral("kill-switch"), QStringLiteral("off"),
                      QStringLiteral("--data-dir"), dataDir_})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("resume"), QStringLiteral("--data-dir"), dataDir_}).exitCode,
                 0);
        auto db = store::Database::openReader(dbPath_);
        QVERIFY(db.ok());
        auto state = api::Controls::read(*db.value());
        QVERIFY(!state->killSwitch);
        QVERIFY(!state->paused);
    }

    // A writer holding the database (as the running terminal's would) makes the CLI wait for
    // it rather than fail.
    void killSwitchWaitsForABusyWriter()
    {
        auto writer = store::Database::openWriter(dbPath_);
        QVERIFY(writer.ok());
        QVERIFY(store::exec(writer.value()->sql(), QStringLiteral("BEGIN IMMEDIATE")).ok());
        QProcess p;
        p.start(QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli"),
                {QStringLiteral("kill-switch"), QStringLiteral("on"), QStringLiteral("--data-dir"),
                 dataDir_});
        QVERIFY(p.waitForStarted());
        // Still waiting after a while: it has not given up on the lock.
        QVERIFY(!p.waitForFinished(1500));
        QVERIFY(store::exec(writer.value()->sql(), QStringLiteral("COMMIT")).ok());
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);
        auto state = api::Controls::read(*writer.value());
        QVERIFY(state.ok());
        QVERIFY(state->killSwitch);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown scope")
            << QStringList{"positions", "--scope", "EVERYTHING"} << QByteArray("unknown scope");
        QTest::newRow("attempts scope")
            << QStringList{"attempts", "--scope", "SHADOW"} << QByteArray("--scope");
        QTest::newRow("bad wallet")
            << QStringList{"attempts", "--wallet", "0x123"} << QByteArray("--wallet");
        QTest::newRow("bad positions wallet")
            << QStringList{"positions", "--wallet", "bob"} << QByteArray("--wallet");
        QTest::newRow("bad limit")
            << QStringList{"attempts", "--limit", "ten"} << QByteArray("--limit");
        QTest::newRow("zero limit")
            << QStringList{"attempts", "--limit", "0"} << QByteArray("--limit");
        QTest::newRow("bad decision")
            << QStringList{"attempts", "--decision", "MAYBE"} << QByteArray("--decision");
        QTest::newRow("bad reason")
            << QStringList{"attempts", "--reason", "BOOK"} << QByteArray("unknown reason code");
        QTest::newRow("missing value")
            << QStringList{"attempts", "--limit"} << QByteArray("needs a value");
        QTest::newRow("unknown option")
            << QStringList{"pnl", "--yesterday"} << QByteArray("unknown argument");
        QTest::newRow("kill-switch maybe")
            << QStringList{"kill-switch", "maybe"} << QByteArray("on or off");
        QTest::newRow("kill-switch nothing")
            << QStringList{"kill-switch"} << QByteArray("on or off");
        QTest::newRow("pause extra")
            << QStringList{"pause", "now"} << QByteArray("unknown argument");
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args << QStringLiteral("--data-dir") << dataDir_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingDatabaseExitsOne()
    {
        const QString nowhere = dir_.filePath(QStringLiteral("no-such-profile"));
        for (const QString& command :
             {QStringLiteral("status"), QStringLiteral("wallets"), QStringLiteral("positions"),
              QStringLiteral("attempts"), QStringLiteral("pnl"), QStringLiteral("pause")}) {
            const Run r = cli({command, QStringLiteral("--data-dir"), nowhere});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("no Slipstream database"), r.err.constData());
        }
        const Run kill = cli({QStringLiteral("kill-switch"), QStringLiteral("on"),
                              QStringLiteral("--data-dir"), nowhere});
        QCOMPARE(kill.exitCode, 1);
        // Nothing was created on the way.
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCliOperator)
#include "test_cli_operator.moc"
