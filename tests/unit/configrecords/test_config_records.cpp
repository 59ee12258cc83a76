// Slipstream's `config` control records on the bundled demo capture: a replay (spec §7) ignores
// them; the terminal's engine (setFollowTerminalRecords) decides every group under the
// configuration in force at its decision time, adds the scopes of wallets followed later and
// disables wallets no longer listed — so a restart under a new configuration leaves history as
// it was decided. And the live engine's decision traces (the figures each stage saw).
#include "../api/SeededProfile.h"
#include "EngineRuns.h"
#include "capture/CaptureReader.h"
#include "replay/CopyEngine.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayResultWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace slip;

namespace {

const char* kDemoCapture = SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz";

CaptureRecord configRecord(std::int64_t t, const EngineConfig& config)
{
    CaptureRecord r;
    r.t = t;
    r.src = QStringLiteral("control");
    r.body = QJsonObject{{QStringLiteral("action"), QStringLiteral("config")}, {QStringLiteral("config"), config.toJson()}};
    return r;
}

// The records with a config record inserted before the first record at or after t.
std::vector<CaptureRecord> withRecordAt(const std::vector<CaptureRecord>& records, std::int64_t t, const EngineConfig& c)
{
    std::vector<CaptureRecord> out;
    bool placed = false;
    for (const CaptureRecord& r : records) {
        if (!placed && r.t >= t) {
            out.push_back(configRecord(t, c));
            placed = true;
        }
        out.push_back(r);
    }
    return out;
}

QByteArray attemptLine(const CopyAttempt& a)
{
    ReplayResult one;
    one.attempts.push_back(a);
    return ReplayResultWriter::toJson(one);
}

} // namespace

class TestConfigRecords : public QObject
{
    Q_OBJECT
private:
    std::vector<CaptureRecord> records_;
    std::int64_t mid_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        auto read = CaptureReader::readFile(QString::fromUtf8(kDemoCapture));
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error()));
        records_ = std::move(read->records);
        QVERIFY(records_.size() > 1000);
        mid_ = records_[records_.size() / 2].t;
    }

    // §7: a replay counts the record and ignores it — byte-identical output otherwise.
    void replayIgnoresConfigRecords()
    {
        const EngineConfig a = test::demoConfig();
        const auto plain = ReplayEngine(a).run(records_);
        const auto marked = ReplayEngine(a).run(withRecordAt(records_, mid_, test::withCopyBps(a, 50)));
        QCOMPARE(ReplayResultWriter::toJson(marked), ReplayResultWriter::toJson(plain));
        QCOMPARE(marked.stats.ignoredControls, plain.stats.ignoredControls + 1);
    }

    // Before the record every decision is the old configuration's; after it the new one's.
    void decisionsFollowTheConfigInForce()
    {
        const EngineConfig a = test::demoConfig();
        const EngineConfig b = test::withCopyBps(a, 50);
        const auto underA = ReplayEngine(a).run(records_);
        const test::FollowedRun changed = test::runFollowingConfigRecords(a, withRecordAt(records_, mid_, b));
        int before = 0;
        int after = 0;
        int differentAfter = 0;
        QCOMPARE(changed.attempts.size(), underA.attempts.size()); // same groups, other sizes
        for (std::size_t i = 0; i < changed.attempts.size(); ++i) {
            const CopyAttempt& x = changed.attempts[i];
            if (x.decisionMs < mid_) {
                ++before;
                QCOMPARE(attemptLine(x), attemptLine(underA.attempts[i]));
            } else {
                ++after;
                differentAfter += attemptLine(x) != attemptLine(underA.attempts[i]);
                if (x.execute && x.side == u"BUY")
                    QVERIFY(x.targetNotional.has_value());
            }
        }
        QVERIFY(before > 100);
        QVERIFY(after > 100);
        QVERIFY2(differentAfter > 50, qPrintable(QString::number(differentAfter)));
        QCOMPARE(changed.recorded, CopyEngine::canonicalJson(b));
        // A record at the very start is the same as starting under it.
        const test::FollowedRun fromStart = test::runFollowingConfigRecords(a, withRecordAt(records_, records_.front().t, b));
        const auto underB = ReplayEngine(b).run(records_);
        QCOMPARE(fromStart.figures.ledgerSha256, underB.ledgerSha256);
        QCOMPARE(fromStart.attempts.size(), underB.attempts.size());
        for (std::size_t i = 0; i < underB.attempts.size(); ++i)
            QCOMPARE(attemptLine(fromStart.attempts[i]), attemptLine(underB.attempts[i]));
    }

    // A wallet followed later gets its scopes from the record on; one no longer listed is
    // disabled (WALLET_DISABLED) and keeps its history.
    void walletsAddedAndRemoved()
    {
        const EngineConfig all = test::demoConfig();
        QVERIFY(all.wallets.size() >= 3);
        const QString late = all.wallets.back().address;
        const QString dropped = all.wallets.front().address;
        const EngineConfig first = test::editedConfig(all, [](QJsonObject& root) {
            QJsonArray w = root.value(QStringLiteral("wallets")).toArray();
            w.removeLast();
            root.insert(QStringLiteral("wallets"), w);
        });
        const EngineConfig second = test::editedConfig(all, [](QJsonObject& root) {
            QJsonArray w = root.value(QStringLiteral("wallets")).toArray();
            w.removeFirst();
            root.insert(QStringLiteral("wallets"), w);
        });
        const test::FollowedRun run = test::runFollowingConfigRecords(first, withRecordAt(records_, mid_, second));
        int lateAttempts = 0;
        int droppedAfter = 0;
        int droppedBefore = 0;
        for (const CopyAttempt& x : run.attempts) {
            if (x.wallet == late && x.scope == u"EXEC_USER") {
                ++lateAttempts;
                QVERIFY(x.t0 >= mid_);
            }
            if (x.wallet == dropped && x.scope == u"EXEC_USER") {
                if (x.decisionMs >= mid_) {
                    ++droppedAfter;
                    QVERIFY2(x.reasons.contains(QStringLiteral("WALLET_DISABLED")), qPrintable(x.reasons.join(u',')));
                } else {
                    ++droppedBefore;
                }
            }
        }
        QVERIFY(lateAttempts > 0);
        QVERIFY(droppedBefore > 0);
        QVERIFY(droppedAfter > 0);
        // Portfolios: every wallet ever followed, in the order it was first followed.
        QStringList shadows;
        for (const PortfolioFigures& f : run.figures.portfolios)
            if (f.scope == u"SHADOW")
                shadows << f.wallet;
        QCOMPARE(shadows.size(), int(all.wallets.size()));
        QCOMPARE(shadows.front(), dropped);
        QCOMPARE(shadows.back(), late);
    }

    // The live engine keeps a decision trace on every attempt; its figures are the ones the
    // decision turned on. A batch replay keeps none (and its output is unchanged).
    void liveOutputKeepsDecisionTraces()
    {
        const EngineConfig a = test::demoConfig();
        const auto out = test::runStream(a, records_, [](CopyEngine& engine) { engine.setLiveOutput(true); });
        const auto plain = ReplayEngine(a).run(records_);
        QCOMPARE(out.attempts.size(), plain.attempts.size());
        int depth = 0;
        int spread = 0;
        int executed = 0;
        for (std::size_t i = 0; i < out.attempts.size(); ++i) {
            const CopyAttempt& x = out.attempts[i];
            QVERIFY(plain.attempts[i].trace.isEmpty());
            QCOMPARE(attemptLine(x), attemptLine(plain.attempts[i])); // same decision either way
            const QJsonObject t = QJsonDocument::fromJson(x.trace).object();
            QVERIFY2(t.contains(QStringLiteral("A gates")), x.trace.constData());
            const QJsonObject d = t.value(QStringLiteral("D book")).toObject();
            if (x.execute) {
                ++executed;
                QVERIFY(t.value(QStringLiteral("failed_stage")).isNull());
                if (x.side == u"BUY" || x.side == u"SELL") {
                    const QJsonObject e = t.value(QStringLiteral("E fill")).toObject();
                    QCOMPARE(e.value(QStringLiteral("filled_shares")).toInteger(), *x.filledShares);
                    QCOMPARE(e.value(QStringLiteral("fee")).toInteger(), *x.fee);
                }
            } else if (x.reasons.contains(QStringLiteral("INSUFFICIENT_DEPTH"))) {
                ++depth;
                QCOMPARE(t.value(QStringLiteral("failed_stage")).toString(), QStringLiteral("D"));
                QVERIFY(d.value(QStringLiteral("depth_in_band")).toInteger() < d.value(QStringLiteral("min_depth")).toInteger());
            } else if (x.reasons.contains(QStringLiteral("SPREAD_TOO_WIDE"))) {
                ++spread;
                QVERIFY(d.value(QStringLiteral("spread")).toInteger() > d.value(QStringLiteral("max_spread")).toInteger());
                QCOMPARE(d.value(QStringLiteral("spread")).toInteger(),
                         d.value(QStringLiteral("best_ask")).toInteger() - d.value(QStringLiteral("best_bid")).toInteger());
            } else if (x.reasons.contains(QStringLiteral("BELOW_MIN_NOTIONAL")) && x.side == u"BUY") {
                QCOMPARE(t.value(QStringLiteral("failed_stage")).toString(), QStringLiteral("B"));
                const QJsonObject b = t.value(QStringLiteral("B sizing")).toObject();
                QCOMPARE(b.value(QStringLiteral("target_notional")).toInteger(), x.targetNotional.value_or(0));
            }
        }
        QVERIFY(executed > 100);
        QVERIFY(depth > 0);
        Q_UNUSED(spread);
    }

    // A bad config record changes nothing and is reported.
    void invalidRecordIgnored()
    {
        const EngineConfig a = test::demoConfig();
        CaptureRecord bad;
        bad.t = mid_;
        bad.src = QStringLiteral("control");
        bad.body = QJsonObject{{QStringLiteral("action"), QStringLiteral("config")},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("global"), QJsonObject{{QStringLiteral("copy_bps"), -5}}}}}};
        std::vector<CaptureRecord> records;
        for (const CaptureRecord& r : records_) {
            if (r.t >= mid_ && records.size() && records.back().t < mid_)
                records.push_back(bad);
            records.push_back(r);
        }
        const test::FollowedRun run = test::runFollowingConfigRecords(a, records);
        const auto plain = ReplayEngine(a).run(records_);
        QCOMPARE(run.figures.ledgerSha256, plain.ledgerSha256);
        QVERIFY(run.recorded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigRecords)
#include "test_config_records.moc"
