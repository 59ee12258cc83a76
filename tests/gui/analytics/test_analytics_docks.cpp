// The Wallet detail and Markets panels offscreen on a profile seeded with real engine output
// (the demo capture replayed with its four wallets): the figures shown equal the read model's and
// the replay's, switching wallets re-reads them, attempts stored later are fed in without a
// reload, and the blacklist toggle stores the configuration, which survives reopening.

#include "SeededProfile.h"

#include "api/AnalyticsModels.h"
#include "api/DataDirectory.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "docks/MarketsDock.h"
#include "docks/WalletDetailDock.h"
#include "domain/Clock.h"
#include "log/Log.h"
#include "models/PositionsModel.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "widgets/DistributionChart.h"
#include "widgets/WalletDetailChart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace slip;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'794'268'800'000;

// Saves a picture of every tab of the dock when SLIPSTREAM_SHOTS names a folder (for review).
void tabs_shot(QWidget* dock, const QString& name)
{
    auto* tabs = dock->findChild<QTabWidget*>();
    const QString folder = qEnvironmentVariable("SLIPSTREAM_SHOTS");
    if (!tabs) {
        dock->grab().save(folder + u'/' + name + QStringLiteral(".png"));
        return;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        dock->grab().save(folder + u'/' + name + u'-' + QString::number(i) + QStringLiteral(".png"));
    }
    tabs->setCurrentIndex(0);
}

template <class T> T* find(QObject* root, const char* name)
{
    auto* w = root->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("object %s not found", name);
    return w;
}

} // namespace

class TestAnalyticsDocks : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    std::optional<api::DataDirectory> dir_;
    EngineConfig config_;
    ReplayResult replay_;
    VirtualClock clock_{kT0};
    QHash<QString, QString> conditionOfAsset_;
    QString closedCondition_;

    QString conditionOf(const CopyAttempt& a) const
    {
        if (a.side == u"SPLIT" || a.side == u"MERGE")
            return a.asset;
        return conditionOfAsset_.value(a.asset, a.asset);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString err = log::init({{}, QStringLiteral("info"), false});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        config_ = test::demoConfig();
        auto r = test::replayDemo(config_);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        replay_ = std::move(r).value();
        for (const TradeEvent& e : replay_.events)
            if (!e.asset.isEmpty())
                conditionOfAsset_.insert(e.asset, e.conditionId);
        auto dir = api::DataDirectory::resolve(tmp_.path());
        QVERIFY2(dir.ok(), qPrintable(dir.error()));
        dir_ = *dir;

        store::WriteBatch extra;
        for (auto it = conditionOfAsset_.cbegin(); it != conditionOfAsset_.cend(); ++it)
            extra.push_back({QStringLiteral("INSERT INTO assets(asset_id, condition_id, outcome, outcome_index, "
                                            "updated_ms) VALUES (?, ?, 'Yes', 0, 0)"),
                             {it.key(), it.value()}});
        for (const CopyAttempt& a : replay_.attempts)
            if (a.scope == u"EXEC_GLOBAL" && a.execute && a.side == u"BUY")
                closedCondition_ = conditionOf(a);
        QVERIFY(!closedCondition_.isEmpty());
        extra.push_back({QStringLiteral("INSERT INTO markets(condition_id, question, closed, updated_ms) "
                                        "VALUES (?, 'Will the desk work?', 1, 0)"),
                         {closedCondition_}});
        const QString w = config_.wallets[1].address;
        const std::int64_t shadow[] = {0, 5'000'000, -3'000'000};
        const std::int64_t exec[] = {2'500'000'000, 2'500'100'000, 2'499'950'000};
        for (int i = 0; i < 3; ++i) {
            extra.push_back(test::snapshotOp(QStringLiteral("SHADOW"), w, kT0 + i * kMinute, shadow[i]));
            extra.push_back(test::snapshotOp(QStringLiteral("EXEC_USER"), w, kT0 + i * kMinute, exec[i]));
        }
        const Status seeded = test::seedDatabase(dir_->databasePath(), config_, replay_, extra);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    }

    void walletDetailShowsTheReadModel()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::WalletDetailDock dock(terminal);
        QCOMPARE(dock.objectName(), QStringLiteral("walletDetailDock"));
        dock.resize(1000, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy shown(&dock, &ui::WalletDetailDock::walletShown);
        const QString w1 = config_.wallets[1].address;
        dock.showWallet(w1.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")));
        QCOMPARE(dock.wallet(), w1);
        QCOMPARE(shown.count(), dock.wallet() == config_.wallets[0].address ? 0 : 1);

        // Rates: the replay's own counts for this wallet's book.
        std::int64_t attempts = 0, executes = 0, partial = 0, slipN = 0;
        std::map<QString, std::int64_t> reasons;
        for (const CopyAttempt& a : replay_.attempts) {
            if (a.scope != u"EXEC_USER" || a.wallet != w1)
                continue;
            ++attempts;
            executes += a.execute;
            partial += a.execute && *a.filledShares < *a.targetShares;
            slipN += a.execute && (a.side == u"BUY" || a.side == u"SELL");
            for (const QString& c : a.reasons)
                ++reasons[c];
        }
        QCOMPARE(dock.rates().attempts, attempts);
        QCOMPARE(dock.rates().executes, executes);
        QCOMPARE(dock.rates().partialFills, partial);
        api::AnalyticsModels models(terminal.reader());
        auto rates = models.rates(w1, std::nullopt);
        QVERIFY(rates.ok());
        QCOMPARE(rates->attempts, attempts);
        const QLocale locale;
        const QString ratesText = find<QLabel>(&dock, "walletDetailRates")->text();
        QVERIFY2(ratesText.contains(locale.toString(qint64(attempts))) && ratesText.contains(locale.toString(qint64(executes))),
                 qPrintable(ratesText));
        QVERIFY(!find<QLabel>(&dock, "walletDetailRates")->toolTip().isEmpty());

        // Distributions: every sample in some bin.
        QCOMPARE(find<ui::DistributionChart>(&dock, "walletDetailSlippageChart")->total(), slipN);
        std::int64_t events = 0;
        for (const TradeEvent& e : replay_.events)
            events += e.wallet == w1;
        QCOMPARE(find<ui::DistributionChart>(&dock, "walletDetailLagChart")->total(), events);
        QCOMPARE(find<ui::DistributionChart>(&dock, "walletDetailDelayChart")->total(), attempts);
        QCOMPARE(dock.reasonCounts(), reasons);
        auto* skips = find<ui::DistributionChart>(&dock, "walletDetailSkipChart");
        QCOMPARE(skips->labels().size(), int(reasons.size()));
        for (int i = 0; i < skips->labels().size(); ++i)
            QCOMPARE(skips->counts()[std::size_t(i)], reasons[skips->labels()[i]]);

        // PnL: the three paired minutes, in USDC.
        auto* equity = find<ui::WalletDetailChart>(&dock, "walletDetailEquityChart");
        QCOMPARE(equity->pointCount(0), 3);
        QCOMPARE(equity->pointCount(1), 3);
        QCOMPARE(equity->valueAt(0, 1), 5.0);
        QCOMPARE(equity->valueAt(1, 1), 0.1);
        auto* gap = find<ui::WalletDetailChart>(&dock, "walletDetailGapChart");
        QCOMPARE(gap->pointCount(0), 3);
        QCOMPARE(gap->valueAt(0, 1), 4.9);
        QVERIFY(find<QLabel>(&dock, "walletDetailGapLabel")->text().contains(QStringLiteral("-2.95"))); // the newest minute

        // Both positions lists equal the read model's.
        for (const auto& [scope, model] : {std::pair{QStringLiteral("SHADOW"), dock.shadowPositions()},
                                           std::pair{QStringLiteral("EXEC_USER"), dock.executablePositions()}}) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto want = terminal.readModels().positions(scope, w1);
            QVERIFY(want.ok());
            QCOMPARE(model->rowCount(), int(want->size()));
            for (std::size_t i = 0; i < want->size(); ++i) {
                QCOMPARE(model->positions()[i].asset, want.value()[i].asset);
                QCOMPARE(model->positions()[i].shares, want.value()[i].shares);
            }
        }
        QVERIFY(dock.executablePositions()->rowCount() > 0 || dock.shadowPositions()->rowCount() > 0);

        // Trade feed: newest first, the copy outcome of each from the read model.
        auto* trades = find<QTableWidget>(&dock, "walletDetailTradesTable");
        auto feed = models.walletTrades(w1, std::nullopt, 200);
        QVERIFY(feed.ok());
        QCOMPARE(trades->rowCount(), int(feed->size()));
        const int copyCol = 8;
        for (int r = 0; r < trades->rowCount(); ++r) {
            const api::WalletTrade& t = feed.value()[std::size_t(r)];
            const QString shown = trades->item(r, copyCol)->text();
            if (!t.copy)
                QCOMPARE(shown, QStringLiteral("—"));
            else if (t.copy->attempt.execute)
                QCOMPARE(shown, QStringLiteral("EXECUTE"));
            else
                QVERIFY2(shown.startsWith(QStringLiteral("SKIP")) && shown.contains(t.copy->attempt.reasons.first()),
                         qPrintable(shown));
        }

        if (qEnvironmentVariableIsSet("SLIPSTREAM_SHOTS")) {
            tabs_shot(&dock, QStringLiteral("wallet-detail"));
        }
        // Activating a decided trade names its attempt.
        QSignalSpy activated(&dock, &ui::WalletDetailDock::attemptActivated);
        for (int r = 0; r < trades->rowCount(); ++r) {
            if (!feed.value()[std::size_t(r)].copy)
                continue;
            Q_EMIT trades->cellActivated(r, 0);
            QCOMPARE(activated.count(), 1);
            QCOMPARE(activated.first().at(0).toLongLong(), qint64(feed.value()[std::size_t(r)].copy->id));
            break;
        }
        // Switching wallets re-reads everything.
        const QString w0 = config_.wallets[0].address;
        auto* combo = find<QComboBox>(&dock, "walletDetailWalletCombo");
        combo->setCurrentIndex(combo->findData(w0));
        QCOMPARE(dock.wallet(), w0);
        QCOMPARE(shown.last().at(0).toString(), w0);
        std::int64_t attempts0 = 0;
        for (const CopyAttempt& a : replay_.attempts)
            attempts0 += a.scope == u"EXEC_USER" && a.wallet == w0;
        QCOMPARE(dock.rates().attempts, attempts0);
        QCOMPARE(equity->pointCount(0), 0); // no snapshots of that wallet
        QVERIFY(dock.gapPoints().empty());

        // Keyboard: the tabs have mnemonics and every chart takes focus.
        auto* tabs = find<QTabWidget>(&dock, "walletDetailTabs");
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(equity->focusPolicy(), Qt::StrongFocus);
    }

    void storedAttemptsAreFedIn()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::WalletDetailDock detail(terminal);
        ui::MarketsDock markets(terminal);
        detail.show();
        markets.show();
        QVERIFY(QTest::qWaitForWindowExposed(&markets));
        const QString w1 = config_.wallets[1].address;
        detail.showWallet(w1);
        const std::int64_t before = detail.rates().attempts;
        std::int64_t marketsBefore = 0;
        for (const auto& s : markets.markets())
            marketsBefore += s.attempts;

        // One more executed attempt of wallet 1 in both scopes, stored behind the terminal's back
        // as another process would, then announced the way the engine announces its batches.
        CopyAttempt a;
        for (const CopyAttempt& x : replay_.attempts)
            if (x.scope == u"EXEC_USER" && x.wallet == w1 && x.execute && x.side == u"BUY")
                a = x;
        a.groupKey += QStringLiteral("#late");
        a.decisionMs += 1;
        a.theirVwap = 500'000;
        a.vwap = 505'000; // 100 bps worse
        std::vector<api::AttemptRow> rows;
        {
            store::StoreWriter writer;
            QVERIFY(writer.open(dir_->databasePath()).ok());
            CopyAttempt g = a;
            g.scope = QStringLiteral("EXEC_GLOBAL");
            writer.submit({ReplayPersistence::attemptOp(a, QStringLiteral("paper")),
                           ReplayPersistence::attemptOp(g, QStringLiteral("paper"))});
            QVERIFY(writer.flush());
            writer.close();
            QSqlQuery q(terminal.reader().sql());
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM copy_attempts")) && q.next());
            const std::int64_t id = q.value(0).toLongLong();
            rows.push_back({id - 1, QStringLiteral("paper"), a});
            rows.push_back({id, QStringLiteral("paper"), g});
        }
        Q_EMIT terminal.attemptsStored(rows);
        QCOMPARE(detail.rates().attempts, before + 1); // counted from the notification itself
        QVERIFY(std::find(detail.slippageBps().begin(), detail.slippageBps().end(), 100) != detail.slippageBps().end());
        // The same rows again (a duplicate notification) are not counted twice.
        Q_EMIT terminal.attemptsStored(rows);
        QCOMPARE(detail.rates().attempts, before + 1);
        QTRY_COMPARE(find<QLabel>(&detail, "walletDetailRates")->text().contains(QLocale().toString(qint64(before + 1))), true);
        // The Markets panel reads only what was stored after what it had.
        auto total = [&] {
            std::int64_t n = 0;
            for (const auto& s : markets.markets())
                n += s.attempts;
            return n;
        };
        QTRY_COMPARE(total(), marketsBefore + 1);
    }

    void marketsShowTheReadModel()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MarketsDock dock(terminal);
        QCOMPARE(dock.objectName(), QStringLiteral("marketsDock"));
        dock.resize(1100, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));

        // Rows equal the replay's attempts per market (after storedAttemptsAreFedIn added one late
        // EXEC_GLOBAL attempt, read here from the store like everything else).
        std::map<QString, std::int64_t> attempts, executes;
        for (const CopyAttempt& a : replay_.attempts) {
            if (a.scope != u"EXEC_GLOBAL")
                continue;
            ++attempts[conditionOf(a)];
            executes[conditionOf(a)] += a.execute;
        }
        QSqlQuery late(terminal.reader().sql());
        QVERIFY(late.exec(QStringLiteral("SELECT asset, decision FROM copy_attempts WHERE scope = 'EXEC_GLOBAL' AND "
                                         "group_key LIKE '%#late'")));
        while (late.next()) {
            ++attempts[conditionOfAsset_.value(late.value(0).toString())];
            executes[conditionOfAsset_.value(late.value(0).toString())] += late.value(1).toString() == u"EXECUTE";
        }
        auto* table = find<QTableWidget>(&dock, "marketsTable");
        const QLocale locale;
        QCOMPARE(table->rowCount(), int(dock.markets().size()));
        QVERIFY(table->rowCount() >= int(attempts.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const api::MarketSummary& s = dock.markets()[std::size_t(r)];
            QCOMPARE(s.attempts, attempts[s.meta.conditionId]);
            QCOMPARE(s.executes, executes[s.meta.conditionId]);
            QCOMPARE(table->item(r, 3)->text(), locale.toString(qint64(s.attempts)));
            QCOMPARE(table->item(r, 4)->text(), locale.toString(qint64(s.executes)));
        }
        // Open positions equal the read model's global book.
        auto positions = terminal.readModels().positions(QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(positions.ok());
        std::int64_t open = 0;
        for (const auto& s : dock.markets())
            open += s.openPositions;
        QCOMPARE(open, std::int64_t(positions->size()));

        // The closed market: its title and state, and its decisions below the table.
        QVERIFY(dock.selectCondition(closedCondition_));
        QCOMPARE(dock.selectedCondition(), closedCondition_);
        const int row = table->currentRow();
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("Will the desk work?"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Closed"));
        QCOMPARE(std::int64_t(dock.selectedDecisions().size()), attempts[closedCondition_]);
        QCOMPARE(find<QTableWidget>(&dock, "marketsDecisionsTable")->rowCount(),
                 std::min(200, int(attempts[closedCondition_])));

        if (qEnvironmentVariableIsSet("SLIPSTREAM_SHOTS"))
            tabs_shot(&dock, QStringLiteral("markets"));
        QSignalSpy activated(&dock, &ui::MarketsDock::marketActivated);
        Q_EMIT table->cellActivated(row, 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), closedCondition_);
        // Another book: the wallet books' attempts.
        auto* scope = find<QComboBox>(&dock, "marketsScopeCombo");
        scope->setCurrentIndex(scope->findData(QStringLiteral("EXEC_USER")));
        std::int64_t userAttempts = 0, shown = 0;
        for (const CopyAttempt& a : replay_.attempts)
            userAttempts += a.scope == u"EXEC_USER";
        for (const auto& s : dock.markets())
            shown += s.attempts;
        QCOMPARE(shown, userAttempts + 1); // plus the late one
    }

    void blacklistToggleIsStoredAndSurvivesReopening()
    {
        {
            api::Terminal terminal(clock_);
            QVERIFY(terminal.open(*dir_).ok());
            ui::MarketsDock dock(terminal);
            dock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dock));
            QVERIFY(dock.selectCondition(closedCondition_));
            auto* table = find<QTableWidget>(&dock, "marketsTable");
            auto* check = table->item(table->currentRow(), 10);
            QCOMPARE(check->checkState(), Qt::Unchecked);
            QSignalSpy saved(&terminal, &api::Terminal::configChanged);
            // From the keyboard: Space on the checkbox cell.
            table->setCurrentCell(table->currentRow(), 10);
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Space);
            QTRY_COMPARE(saved.count(), 1);
            auto cfg = terminal.config();
            QVERIFY(cfg.ok());
            QVERIFY(cfg->global.blacklist.contains(closedCondition_));
            QVERIFY(dock.selectCondition(closedCondition_));
            QCOMPARE(table->item(table->currentRow(), 10)->checkState(), Qt::Checked);
            QCOMPARE(find<QPushButton>(&dock, "marketsBlacklistButton")->text(), dock.tr("Remove from &blacklist"));
            terminal.close();
        }
        {
            api::Terminal terminal(clock_);
            QVERIFY(terminal.open(*dir_).ok());
            ui::MarketsDock dock(terminal);
            dock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dock));
            for (const auto& s : dock.markets())
                QCOMPARE(s.blacklisted, s.meta.conditionId == closedCondition_);
            // The button takes it off again.
            QVERIFY(dock.selectCondition(closedCondition_));
            QSignalSpy saved(&terminal, &api::Terminal::configChanged);
            find<QPushButton>(&dock, "marketsBlacklistButton")->click();
            QTRY_COMPARE(saved.count(), 1);
            QVERIFY(!terminal.config()->global.blacklist.contains(closedCondition_));
            QVERIFY(dock.selectCondition(closedCondition_));
            auto* table = find<QTableWidget>(&dock, "marketsTable");
            QCOMPARE(table->item(table->currentRow(), 10)->checkState(), Qt::Unchecked);
            terminal.close();
        }
    }
};

QTEST_MAIN(TestAnalyticsDocks)
#include "test_analytics_docks.moc"
