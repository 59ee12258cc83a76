// The operator's panels offscreen on a database seeded with real engine output: the demo
// capture replayed with its four wallets and stored through the writer, then opened by the
// terminal and the main window. The numbers shown must equal the engine's.

#include "MainWindow.h"
#include "api/DataDirectory.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "capture/CaptureReader.h"
#include "config/EngineConfig.h"
#include "docks/AttemptsDock.h"
#include "docks/LogDock.h"
#include "docks/OverviewDock.h"
#include "docks/PositionsDock.h"
#include "docks/SkipReasonsDock.h"
#include "docks/SystemDock.h"
#include "domain/Clock.h"
#include "domain/Micros.h"
#include "log/Log.h"
#include "log/LogBuffer.h"
#include "models/AmountText.h"
#include "models/AttemptsModel.h"
#include "models/LogModel.h"
#include "models/PositionsModel.h"
#include "models/ReasonText.h"
#include "models/ScopeChoice.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "store/WalletRepository.h"
#include "venue/sandbox/DemoCaptureGenerator.h"
#include "widgets/EngineControls.h"
#include "widgets/EquityChartView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QDateTimeAxis>
#include <QChart>
#include <QtTest>

#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <thread>

using namespace slip;

namespace {

template <class T>
T* find(QObject* root, const char* name)
{
    auto* w = root->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("object %s not found", name);
    return w;
}

void fetchAll(QAbstractItemModel* m)
{
    while (m->canFetchMore({}))
        m->fetchMore({});
}

// Answers the next modal dialog by clicking the button with this objectName or text.
void answerNextDialog(const QString& button)
{
    QTimer::singleShot(0, [button] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            answerNextDialog(button); // not up yet: try on the next turn of the event loop
            return;
        }
        for (auto* b : modal->findChildren<QAbstractButton*>()) {
            if (b->objectName() == button || b->text() == button) {
                b->click();
                return;
            }
        }
        qWarning("button %s not found in the dialog", qPrintable(button));
    });
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    std::optional<api::DataDirectory> dir_;
    ReplayResult replay_;
    VirtualClock clock_{1793620800000 + 9 * 3'600'000LL};

    int countAttempts(const std::function<bool(const CopyAttempt&)>& pred) const
    {
        int n = 0;
        for (const auto& a : replay_.attempts)
            n += pred(a) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString err = log::init({{}, QStringLiteral("info"), false});
        QVERIFY2(err.isEmpty(), qPrintable(err));

        auto capture = CaptureReader::readFile(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz"));
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QJsonArray wallets;
        for (const auto& w : sandbox::DemoCaptureGenerator::wallets())
            wallets.append(QJsonObject{{"address", w.address}, {"label", w.label}});
        auto config = EngineConfig::fromObject(QJsonObject{{"wallets", wallets}});
        QVERIFY2(config.ok(), qPrintable(config.error()));
        ReplayEngine engine(*config);
        engine.setKeepEvents(true);
        replay_ = engine.run(capture->records);
        QVERIFY(replay_.attempts.size() > 50);
        QVERIFY(countAttempts([](const CopyAttempt& a) { return a.execute; }) > 0);
        QVERIFY(countAttempts([](const CopyAttempt& a) { return !a.execute; }) > 0);

        auto dir = api::DataDirectory::resolve(tmp_.path());
        QVERIFY2(dir.ok(), qPrintable(dir.error()));
        dir_ = *dir;
        store::StoreWriter writer;
        const Status opened = writer.open(dir_->databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        store::WriteBatch batch;
        for (const auto& w : sandbox::DemoCaptureGenerator::wallets())
            batch.push_back(store::WalletRepository::insertOp(
                {w.address, w.label, true, QStringLiteral("paper"), QStringLiteral("{}"), 1793620800000, 1793620800000}));
        for (auto& op : ReplayPersistence::batchFor(replay_))
            batch.push_back(std::move(op));
        // Two snapshots of the global book from the engine's own figures (start and end), so the
        // Overview has a curve to draw.
        for (const auto& f : replay_.portfolios) {
            if (f.scope != u"EXEC_GLOBAL")
                continue;
            const QString sql = QStringLiteral("INSERT INTO portfolio_snapshots(scope, wallet, t_ms, cash, equity, exposure, "
                                               "realized, unrealized) VALUES ('EXEC_GLOBAL', '', ?, ?, ?, ?, ?, ?)");
            batch.push_back({sql, {qint64(1793620800000), qint64(f.startCash), qint64(f.startCash), 0, 0, 0}});
            batch.push_back({sql, {qint64(replay_.endMs), qint64(f.cash), qint64(f.equity), qint64(f.equity - f.cash),
                                   qint64(f.realized), qint64(f.equity - f.cash)}});
        }
        writer.submit(std::move(batch));
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(0));
        writer.close();
    }

    void attemptsLazyAndFiltered()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        auto count = terminal.readModels().countAttempts({});
        if (!count)
            QSKIP(qPrintable(QStringLiteral("ReadModels::countAttempts not available yet: ") + count.error()));
        QCOMPARE(*count, std::int64_t(replay_.attempts.size()));

        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = find<ui::AttemptsDock>(&window, "copyAttemptsDock");
        QVERIFY(dock);
        auto* table = find<QTableView>(dock, "attemptsTable");
        auto* model = dock->model();
        {
            // The model alone (views fetch more on their own schedule): one page after a reset,
            // the rest on demand through keyset paging.
            ui::AttemptsModel alone(terminal);
            QAbstractItemModelTester tester(&alone, QAbstractItemModelTester::FailureReportingMode::QtTest);
            // The tester's own fetchMore() calls run inside its modelReset handling and would be
            // reported as inserts during a reset; paging is driven explicitly here instead.
            tester.setUseFetchMore(false);
            alone.setPageSize(37); // many pages, so page boundaries are exercised
            alone.setFilter({});
            QCOMPARE(alone.rowCount(), 37);
            QVERIFY(alone.canFetchMore({}));
            fetchAll(&alone);
            QCOMPARE(alone.rowCount(), int(replay_.attempts.size()));
            QCOMPARE(alone.totalCount(), std::int64_t(replay_.attempts.size()));
            // Newest first, no duplicates across page boundaries.
            QSet<qint64> ids;
            for (int r = 0; r < alone.rowCount(); ++r) {
                ids.insert(alone.row(r).id);
                if (r > 0)
                    QVERIFY(alone.row(r - 1).attempt.decisionMs >= alone.row(r).attempt.decisionMs);
            }
            QCOMPARE(ids.size(), alone.rowCount());
        }
        model->setPageSize(50);
        fetchAll(model);
        QCOMPARE(model->rowCount(), int(replay_.attempts.size()));
        QVERIFY2(find<QLabel>(dock, "attemptStatusLabel")->text().contains(QLocale().toString(qint64(replay_.attempts.size()))),
                 qPrintable(find<QLabel>(dock, "attemptStatusLabel")->text()));

        // Decision filter.
        auto* decision = find<QComboBox>(dock, "attemptDecisionFilter");
        decision->setCurrentIndex(decision->findData(QStringLiteral("SKIP")));
        fetchAll(model);
        QCOMPARE(model->rowCount(), countAttempts([](const CopyAttempt& a) { return !a.execute; }));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->row(r).attempt.execute);

        // Wallet + decision.
        const QString wallet = sandbox::DemoCaptureGenerator::wallets().at(1).address;
        auto* walletCombo = find<QComboBox>(dock, "attemptWalletFilter");
        walletCombo->setCurrentIndex(walletCombo->findData(wallet));
        fetchAll(model);
        QCOMPARE(model->rowCount(),
                 countAttempts([&](const CopyAttempt& a) { return !a.execute && a.wallet == wallet; }));
        QCOMPARE(model->index(0, ui::AttemptsModel::WalletColumn).data().toString(), QStringLiteral("demo-scalper"));

        // Reason + scope.
        walletCombo->setCurrentIndex(0);
        auto* reason = find<QComboBox>(dock, "attemptReasonFilter");
        reason->setCurrentIndex(reason->findData(QStringLiteral("BELOW_MIN_NOTIONAL")));
        auto* scope = find<QComboBox>(dock, "attemptScopeFilter");
        scope->setCurrentIndex(scope->findData(QStringLiteral("EXEC_GLOBAL")));
        fetchAll(model);
        const int belowMin = countAttempts([](const CopyAttempt& a) {
            return a.scope == u"EXEC_GLOBAL" && a.reasons.contains(QStringLiteral("BELOW_MIN_NOTIONAL"));
        });
        QVERIFY(belowMin > 0);
        QCOMPARE(model->rowCount(), belowMin);

        // Market (asset) filter through the context menu's shortcut: the text box.
        reason->setCurrentIndex(0);
        decision->setCurrentIndex(0);
        const QString asset = replay_.attempts.front().asset;
        auto* market = find<QLineEdit>(dock, "attemptMarketFilter");
        market->setText(asset);
        QMetaObject::invokeMethod(market, "editingFinished");
        fetchAll(model);
        QCOMPARE(model->rowCount(),
                 countAttempts([&](const CopyAttempt& a) { return a.scope == u"EXEC_GLOBAL" && a.asset == asset; }));

        // Time window: the last hour of data.
        market->clear();
        scope->setCurrentIndex(0);
        auto* window1h = find<QComboBox>(dock, "attemptWindowFilter");
        window1h->setCurrentIndex(window1h->findData(int(ui::TimeWindow::LastHour)));
        fetchAll(model);
        std::int64_t newest = 0;
        for (const auto& a : replay_.attempts)
            newest = std::max(newest, a.decisionMs);
        QCOMPARE(model->rowCount(), countAttempts([&](const CopyAttempt& a) { return a.decisionMs >= newest - 3'600'000; }));
        window1h->setCurrentIndex(0);
        fetchAll(model);
        QCOMPARE(model->rowCount(), int(replay_.attempts.size()));

        // Selecting an attempt shows its figures and its trace (or says there is none).
        table->selectRow(0);
        auto* traceStatus = find<QLabel>(dock, "attemptTraceStatus");
        auto* tree = find<QTreeWidget>(dock, "attemptTraceTree");
        QVERIFY(tree->topLevelItemCount() >= 1);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Attempt #")));
        auto trace = terminal.readModels().attemptTrace(model->row(0).id);
        QVERIFY(trace.ok());
        if (*trace == u"{}")
            QVERIFY2(traceStatus->text().contains(QStringLiteral("No trace stored")), qPrintable(traceStatus->text()));
        else
            QCOMPARE(tree->topLevelItemCount(), 2);

        // New attempts arrive through the feed, on top, without re-reading the table.
        api::AttemptRow fresh;
        fresh.id = model->row(0).id + 1000;
        fresh.attempt = replay_.attempts.back();
        fresh.attempt.decisionMs = newest + 1000;
        const int before = model->rowCount();
        Q_EMIT terminal.attemptsStored({fresh});
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->row(0).id, fresh.id);
        // …and only when they match the filter.
        decision->setCurrentIndex(decision->findData(fresh.attempt.execute ? QStringLiteral("SKIP") : QStringLiteral("EXECUTE")));
        fetchAll(model);
        const int filtered = model->rowCount();
        fresh.id += 1;
        Q_EMIT terminal.attemptsStored({fresh});
        QCOMPARE(model->rowCount(), filtered);
        window.close();
    }

    void positionsEqualTheReplay()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        auto probe = terminal.readModels().positions(QStringLiteral("EXEC_GLOBAL"));
        if (!probe)
            QSKIP(qPrintable(QStringLiteral("ReadModels::positions not available yet: ") + probe.error()));
        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = find<ui::PositionsDock>(&window, "positionsDock");
        QVERIFY(dock);
        QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (const auto& f : replay_.portfolios) {
            if (f.scope == u"SHADOW")
                continue;
            dock->scopeChoice()->select(f.scope, f.wallet);
            const auto& shown = dock->model()->positions();
            QCOMPARE(int(shown.size()), int(f.positions.size()));
            QCOMPARE(dock->model()->rowCount(), int(f.positions.size()));
            for (std::size_t i = 0; i < shown.size(); ++i) {
                QCOMPARE(shown[i].asset, f.positions[i].asset);
                QCOMPARE(shown[i].shares, f.positions[i].shares);
                QCOMPARE(shown[i].costBasis, f.positions[i].costBasis);
                const QModelIndex shares = dock->model()->index(int(i), ui::PositionsModel::SharesColumn);
                QCOMPARE(shares.data().toString(), ui::amount::shares(f.positions[i].shares));
                QCOMPARE(dock->model()->index(int(i), ui::PositionsModel::AvgCostColumn).data(ui::PositionsModel::MicrosRole).toLongLong(),
                         qint64(mulDiv(f.positions[i].costBasis, 1'000'000, f.positions[i].shares)));
            }
        }
        // The global book has positions in the demo: the table is not trivially empty.
        dock->scopeChoice()->select(QStringLiteral("EXEC_GLOBAL"), {});
        QVERIFY(dock->model()->rowCount() > 0);
        window.close();
    }

    void overviewShowsTheGlobalBook()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        auto pnl = terminal.readModels().pnl(QStringLiteral("EXEC_GLOBAL"), {}, replay_.endMs + 1);
        if (!pnl)
            QSKIP(qPrintable(QStringLiteral("ReadModels::pnl not available yet: ") + pnl.error()));
        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = find<ui::OverviewDock>(&window, "overviewDock");
        QVERIFY(dock);
        std::int64_t equity = 0;
        for (const auto& f : replay_.portfolios)
            if (f.scope == u"EXEC_GLOBAL")
                equity = f.equity;
        QCOMPARE(find<QLabel>(dock, "equityFigure")->text(), ui::amount::usdc(equity));
        dock->setRange(ui::OverviewDock::AllTime);
        QCOMPARE(dock->chart()->pointCount(), 2);
        QVERIFY(!find<QLabel>(dock, "equityFigure")->toolTip().isEmpty());
        window.close();
    }

    void skipReasonsFilterAttempts()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        auto probe = terminal.readModels().reasonCounts({});
        if (!probe)
            QSKIP(qPrintable(QStringLiteral("ReadModels::reasonCounts not available yet: ") + probe.error()));
        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = find<ui::SkipReasonsDock>(&window, "skipReasonsDock");
        QVERIFY(dock);
        // A hidden tab reads nothing (the window opens without scanning every skip); shown, it counts.
        if (!dock->isVisible())
            QVERIFY(dock->isStale());
        dock->raise();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(!dock->isStale());
        dock->scopeChoice()->select(QStringLiteral("EXEC_GLOBAL"), {});
        std::map<QString, std::int64_t> expected;
        for (const auto& a : replay_.attempts) {
            if (a.scope == u"EXEC_GLOBAL" && !a.execute)
                for (const auto& code : a.reasons)
                    ++expected[code];
        }
        QCOMPARE(dock->counts(), expected);
        QVERIFY(!expected.empty());
        // Counted from the feed, not re-queried: a stored skip adds to its reasons at once and the
        // table follows within the throttle interval.
        api::AttemptRow stored;
        stored.id = 1'000'000;
        stored.attempt.scope = QStringLiteral("EXEC_GLOBAL");
        stored.attempt.decisionMs = replay_.endMs;
        stored.attempt.reasons = {QStringLiteral("SPREAD_TOO_WIDE")};
        Q_EMIT terminal.attemptsStored({stored});
        QCOMPARE(dock->counts().at(QStringLiteral("SPREAD_TOO_WIDE")), expected[QStringLiteral("SPREAD_TOO_WIDE")] + 1);
        auto* table = find<QTableWidget>(dock, "skipReasonsTable");
        QTRY_VERIFY(!table->findItems(QStringLiteral("SPREAD_TOO_WIDE"), Qt::MatchExactly).isEmpty());
        expected[QStringLiteral("SPREAD_TOO_WIDE")] += 1;
        QCOMPARE(dock->counts(), expected);
        const QString top = expected.begin()->first;
        dock->activateReason(top);
        auto* attempts = find<ui::AttemptsDock>(&window, "copyAttemptsDock");
        fetchAll(attempts->model());
        QCOMPARE(attempts->model()->filter().reason, top);
        QCOMPARE(attempts->model()->rowCount(), countAttempts([&](const CopyAttempt& a) {
                     return a.scope == u"EXEC_GLOBAL" && a.reasons.contains(top);
                 }));
        window.close();
    }

    void killSwitchEngagesAtOnceReleasesWithConfirmation()
    {
        {
            api::Terminal terminal(clock_);
            QVERIFY(terminal.open(*dir_).ok());
            ui::MainWindow window(terminal);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* button = find<QToolButton>(&window, "killSwitchButton");
            auto* banner = find<QLabel>(&window, "killSwitchBanner");
            QVERIFY(button && banner);
            QVERIFY(!banner->isVisible());
            QVERIFY(!terminal.controls().killSwitch);

            if (auto s = terminal.setKillSwitch(false); !s)
                QSKIP(qPrintable(QStringLiteral("Terminal::setKillSwitch is not live yet: ") + s.error()));

            // Engaging: one click, no dialog.
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY(terminal.controls().killSwitch);
            QTRY_VERIFY(banner->isVisible());
            QVERIFY(button->text().contains(QStringLiteral("ENGAGED")));

            // Releasing asks; "Keep engaged" keeps it.
            answerNextDialog(QStringLiteral("Keep engaged"));
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(terminal.controls().killSwitch);
            QVERIFY(banner->isVisible());

            // Engaged state survives a restart.
            QVERIFY(terminal.flush());
            window.close();
        }
        {
            api::Terminal terminal(clock_);
            QVERIFY(terminal.open(*dir_).ok());
            QVERIFY(terminal.controls().killSwitch);
            ui::MainWindow window(terminal);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* banner = find<QLabel>(&window, "killSwitchBanner");
            QVERIFY(banner->isVisible());
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            // Ctrl+Shift+K then "Release".
            answerNextDialog(QStringLiteral("releaseButton"));
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(!terminal.controls().killSwitch);
            QTRY_VERIFY(!banner->isVisible());
            QVERIFY(terminal.flush());
            window.close();
        }
    }

    void pauseAndResume()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (auto s = terminal.setPaused(false); !s)
            QSKIP(qPrintable(QStringLiteral("Terminal::setPaused is not live yet: ") + s.error()));
        auto* pause = window.engineControls()->pauseAction();
        auto* banner = find<QLabel>(&window, "pausedBanner");
        pause->trigger();
        QTRY_VERIFY(terminal.controls().paused);
        QTRY_VERIFY(banner->isVisible());
        QTRY_COMPARE(pause->text(), QStringLiteral("Resume engine"));
        pause->trigger();
        QTRY_VERIFY(!terminal.controls().paused);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(terminal.flush());
        window.close();
    }

    void logDockFollowsTheLog()
    {
        auto* buffer = &log::LogBuffer::instance();
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MainWindow window(terminal);
        auto* dock = find<ui::LogDock>(&window, "logDock");
        QVERIFY(dock);
        QAbstractItemModelTester tester(dock->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::int64_t before = buffer->lastSeq();
        log::get("gui")->info("panel test info line");
        std::thread([] { log::get("engine")->warn("panel test warning from a worker"); }).join();
        QVERIFY(buffer->lastSeq() >= before + 2);
        auto shows = [dock](const QString& text) {
            auto* m = dock->filterModel();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, ui::LogModel::MessageColumn).data().toString() == text)
                    return true;
            return false;
        };
        QTRY_VERIFY(shows(QStringLiteral("panel test warning from a worker")));
        QVERIFY(shows(QStringLiteral("panel test info line")));
        auto* level = find<QComboBox>(dock, "logLevelCombo");
        level->setCurrentIndex(level->findData(3));
        QVERIFY(!shows(QStringLiteral("panel test info line")));
        QVERIFY(shows(QStringLiteral("panel test warning from a worker")));
        level->setCurrentIndex(level->findData(0));
        find<QLineEdit>(dock, "logSearchEdit")->setText(QStringLiteral("FROM A WORKER"));
        QCOMPARE(dock->filterModel()->rowCount(), 1);
        window.close();
    }

    void systemDockShowsTheEngineHealth()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MainWindow window(terminal);
        auto* dock = find<ui::SystemDock>(&window, "systemDock");
        QVERIFY(dock);
        // Nothing stored and no engine: says so rather than showing zeros.
        QCOMPARE(find<QLabel>(dock, "systemEngineLabel")->text(), QStringLiteral("Not running (no health stored yet)"));

        api::HealthSnapshot h;
        h.tMs = 1'793'620'900'000;
        h.profile = QStringLiteral("default");
        h.running = true;
        h.streamMs = h.tMs - 2'500;
        h.lastEventMs = h.tMs - 75'000;
        h.backfillMs = h.tMs - 7'260'000;
        h.pendingGroups = 3;
        h.attemptQueueDepth = 4;
        h.writeQueueDepth = 5;
        h.captureBytes = 2'048;
        api::FeedHealth ws;
        ws.name = QStringLiteral("clob.ws.market");
        ws.connected = true;
        ws.lastMessageMs = h.tMs - 400;
        ws.reconnects = 2;
        api::FeedHealth data;
        data.name = QStringLiteral("data-api");
        data.lastMessageMs = h.tMs - 61'000;
        data.errors = 7;
        data.rateLimited = 3;
        data.lastError = QStringLiteral("HTTP 429");
        h.feeds = {ws, data};
        api::LimiterHealth limiter;
        limiter.family = QStringLiteral("data.trades");
        limiter.available = 30;
        limiter.capacity = 120;
        limiter.windowMs = 10'000;
        h.limiters = {limiter};
        Q_EMIT terminal.healthChanged(h);

        QCOMPARE(find<QLabel>(dock, "systemEngineLabel")->text(), QStringLiteral("Running on default"));
        QCOMPARE(find<QLabel>(dock, "systemStreamLabel")->text(),
                 QStringLiteral("%1 UTC (lag 2.5 s)").arg(ui::amount::utcTime(h.streamMs)));
        QCOMPARE(find<QLabel>(dock, "systemLastEventLabel")->text(),
                 QStringLiteral("%1 UTC (1 min 15 s ago)").arg(ui::amount::utcTime(h.lastEventMs)));
        QCOMPARE(find<QLabel>(dock, "systemBackfillLabel")->text(),
                 QStringLiteral("%1 UTC (2 h 1 min ago)").arg(ui::amount::utcTime(h.backfillMs)));
        QCOMPARE(find<QLabel>(dock, "systemQueuesLabel")->text(),
                 QStringLiteral("3 groups waiting, 4 attempts to store, 5 batches at the writer"));
        QCOMPARE(find<QLabel>(dock, "systemCaptureLabel")->text(), QLocale().formattedDataSize(2'048));
        auto* feeds = find<QTableWidget>(dock, "feedsTable");
        QCOMPARE(feeds->rowCount(), 2);
        const QStringList wsRow = {QStringLiteral("clob.ws.market"), QStringLiteral("connected"), QStringLiteral("0.4 s ago"),
                                   QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("—")};
        const QStringList dataRow = {QStringLiteral("data-api"), QStringLiteral("disconnected"),
                                     QStringLiteral("1 min 1 s ago"), QStringLiteral("0"), QStringLiteral("7"),
                                     QStringLiteral("3"), QStringLiteral("HTTP 429")};
        for (int c = 0; c < feeds->columnCount(); ++c) {
            QCOMPARE(feeds->item(0, c)->text(), wsRow[c]);
            QCOMPARE(feeds->item(1, c)->text(), dataRow[c]);
            QVERIFY(!feeds->horizontalHeaderItem(c)->toolTip().isEmpty());
        }
        auto* limiters = find<QTableWidget>(dock, "limitersTable");
        QCOMPARE(limiters->rowCount(), 1);
        QCOMPARE(limiters->item(0, 0)->text(), QStringLiteral("data.trades"));
        QCOMPARE(limiters->item(0, 1)->text(), QStringLiteral("30 (25%)"));
        QCOMPARE(limiters->item(0, 2)->text(), QStringLiteral("120"));
        QCOMPARE(limiters->item(0, 3)->text(), QStringLiteral("10.0 s"));

        // The stored health round-trips the new figures (the CLI and a second window read it).
        const auto back = api::HealthSnapshot::fromJson(h.toJson());
        QCOMPARE(back.toJson(), h.toJson());
        QCOMPARE(back.attemptQueueDepth, 4);
        QCOMPARE(int(back.limiters.size()), 1);
        QCOMPARE(back.limiters[0].capacity, 120);

        // Row counts equal the store's.
        auto* counts = find<QTableWidget>(dock, "rowCountsTable");
        const auto items = counts->findItems(QStringLiteral("attempt_rows"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QCOMPARE(counts->item(items[0]->row(), 1)->data(Qt::UserRole).toLongLong(), qint64(replay_.attempts.size()));
    }

    void overviewWinRateExposureAndBadges()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MainWindow window(terminal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = find<ui::OverviewDock>(&window, "overviewDock");
        QVERIFY(dock);

        // Win rate from the ledger rows, summed here independently of the read model.
        std::int64_t closes = 0, wins = 0;
        QSqlQuery q(terminal.reader().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT scope, wallet, realized_delta FROM ledger_entries")));
        while (q.next()) {
            if (q.value(0).toString() != u"EXEC_GLOBAL" || !q.value(1).toString().isEmpty() || q.value(2).toLongLong() == 0)
                continue;
            ++closes;
            wins += q.value(2).toLongLong() > 0 ? 1 : 0;
        }
        auto* winRate = find<QLabel>(dock, "winRateFigure");
        QCOMPARE(winRate->text(), closes > 0 ? ui::amount::percentFromBps(wins * 10'000 / closes) : QStringLiteral("—"));
        QCOMPARE(winRate->toolTip(), QStringLiteral("%1 of %2 closed trades realized a gain (sells, merges, settlements "
                                                    "of the global book).")
                                         .arg(wins)
                                         .arg(closes));

        // Exposure: by market and by wallet both add up to the global book's positions at their marks.
        std::int64_t total = 0;
        auto open = terminal.readModels().positions(QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(open.ok());
        QVERIFY(!open->empty());
        for (const auto& p : *open)
            total += p.mark ? notional(Micros(*p.mark), Micros(p.shares)).raw() : p.costBasis;
        for (const char* name : {"exposureByMarketTable", "exposureByWalletTable"}) {
            auto* t = find<QTableWidget>(dock, name);
            QVERIFY(t);
            QVERIFY(t->rowCount() > 0);
            std::int64_t sum = 0;
            std::int64_t previous = std::numeric_limits<std::int64_t>::max();
            for (int r = 0; r < t->rowCount(); ++r) {
                const std::int64_t v = t->item(r, 1)->data(Qt::UserRole).toLongLong();
                QVERIFY2(v <= previous, name); // largest first
                previous = v;
                sum += v;
                QCOMPARE(t->item(r, 1)->text(), ui::amount::usdc(v));
            }
            QCOMPARE(sum, total);
        }
        QCOMPARE(find<QTableWidget>(dock, "exposureByWalletTable")->rowCount() <= int(terminal.wallets().size()), true);

        // Badges: no engine, so no lag until a health arrives; breakers as the read model says.
        QCOMPARE(find<QLabel>(dock, "lagBadge")->text(), QStringLiteral("Lag —"));
        auto breakers = terminal.breakers();
        QVERIFY(breakers.ok());
        int tripped = 0;
        for (const auto& b : *breakers)
            tripped += b.tripped ? 1 : 0;
        auto* breakersBadge = find<QLabel>(dock, "breakersBadge");
        if (tripped == 0) {
            QCOMPARE(breakersBadge->text(), QStringLiteral("Breakers armed"));
        } else {
            QCOMPARE(breakersBadge->text(), QStringLiteral("%1 breaker(s) TRIPPED").arg(tripped));
            QCOMPARE(breakersBadge->toolTip().count(u'\n'), tripped); // one line per tripped breaker
        }
        api::HealthSnapshot h;
        h.running = true;
        h.profile = QStringLiteral("default");
        h.tMs = 1'793'620'900'000;
        h.streamMs = h.tMs - 1'250;
        Q_EMIT terminal.healthChanged(h);
        QCOMPARE(find<QLabel>(dock, "lagBadge")->text(), QStringLiteral("Lag 1.3 s"));
        window.close();
    }

    void equityChartZoomPanAndReset()
    {
        ui::EquityChartView chart;
        chart.resize(600, 300);
        std::vector<api::EquityPoint> points;
        const qint64 t0 = 1'793'620'800'000;
        for (int i = 0; i < 100; ++i) {
            api::EquityPoint p;
            p.tMs = t0 + i * 60'000;
            p.equity = 1'000'000'000 + i * 1'000'000;
            points.push_back(p);
        }
        chart.setPoints(points, 0, 0);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.pointCount(), 100);
        auto* axis = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min().toMSecsSinceEpoch(), t0);
        QCOMPARE(axis->max().toMSecsSinceEpoch(), t0 + 99 * 60'000);
        const qint64 span = axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
        QTest::keyClick(&chart, Qt::Key_Plus); // zoom in: the visible span shrinks by 1.25
        const qint64 zoomed = axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
        QVERIFY2(qAbs(zoomed - span * 4 / 5) < 60'000, qPrintable(QString::number(zoomed)));
        const qint64 before = axis->min().toMSecsSinceEpoch();
        QTest::keyClick(&chart, Qt::Key_Right); // pan right a tenth of the plot
        QVERIFY(axis->min().toMSecsSinceEpoch() > before);
        QTest::keyClick(&chart, Qt::Key_0); // reset
        QCOMPARE(axis->min().toMSecsSinceEpoch(), t0);
        QCOMPARE(axis->max().toMSecsSinceEpoch(), t0 + 99 * 60'000);
    }

    void everyReasonCodeHasATooltip()
    {
        // Every code the spec lists (§5 and the diagnostics) has its own explanation and stage.
        QFile spec(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/../shared/spec/copy-engine.md"));
        QStringList specCodes;
        if (spec.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(spec.readAll());
            const int from = text.indexOf(QStringLiteral("## 5."));
            const int to = text.indexOf(QStringLiteral("## 6."));
            QVERIFY(from >= 0 && to > from);
            QRegularExpression code(QStringLiteral("`([A-Z][A-Z_]{4,})`"));
            for (auto it = code.globalMatch(text.mid(from, to - from)); it.hasNext();) {
                const QString c = it.next().captured(1);
                if (c != u"EXECUTE" && c != u"SKIP" && !c.startsWith(u"EXEC_") && c != u"SHADOW" && !specCodes.contains(c))
                    specCodes << c;
            }
            QVERIFY(specCodes.size() >= 20);
        }
        for (const QString& c : specCodes)
            QVERIFY2(ui::ReasonText::codes().contains(c), qPrintable(c));
        for (const QString& c : ui::ReasonText::codes()) {
            QVERIFY2(ui::ReasonText::explain(c) != c, qPrintable(c));
            QVERIFY2(!ui::ReasonText::stage(c).isEmpty(), qPrintable(c));
        }
        const QString tip = ui::ReasonText::tooltipFor({QStringLiteral("SPREAD_TOO_WIDE"), QStringLiteral("INSUFFICIENT_DEPTH")});
        QVERIFY(tip.contains(QStringLiteral("<b>SPREAD_TOO_WIDE</b>")));
        QVERIFY(tip.contains(QStringLiteral("<b>INSUFFICIENT_DEPTH</b>")));
    }

    void everyDockIsInTheViewMenu()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::MainWindow window(terminal);
        auto* view = find<QMenu>(&window, "viewMenu");
        QVERIFY(view);
        const auto docks = window.findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 7);
        for (QDockWidget* d : docks) {
            QVERIFY2(d->objectName().endsWith(QStringLiteral("Dock")), qPrintable(d->objectName()));
            QVERIFY2(view->actions().contains(d->toggleViewAction()), qPrintable(d->objectName()));
        }
        for (const char* name : {"overviewDock", "walletsDock", "positionsDock", "copyAttemptsDock", "skipReasonsDock",
                                 "logDock", "systemDock"})
            QVERIFY(find<QDockWidget>(&window, name));
        // Not the DEMO profile: no DEMO banner.
        QCOMPARE(find<QLabel>(&window, "demoBanner")->isVisibleTo(&window), terminal.isDemo());
    }
};

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
