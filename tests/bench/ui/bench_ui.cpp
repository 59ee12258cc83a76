// Large-history GUI benchmark: a profile with --attempts copy attempts (default 1,000,000) and
// --equity portfolio snapshots of the global book (default 100,000, one a minute) seeded in one
// transaction through the real schema, then, offscreen:
//   1. Terminal::open + MainWindow construction + show until every visible dock has painted;
//   2. scrolling Copy attempts from the top to the bottom of the history one screen at a time
//      (time per step, the slowest step, rows fetched lazily);
//   3. filter changes (decision, reason, wallet, window) until the table has repainted;
//   4. the Overview curve over each range preset (100k points thinned in SQL).
// The same figures for an empty profile, measured in the same run, are the baseline. Prints
// figures and ratios; it is not a timed test (the short ctest run only keeps it from rotting).

#include "MainWindow.h"
#include "api/DataDirectory.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "docks/AttemptsDock.h"
#include "docks/OverviewDock.h"
#include "domain/Clock.h"
#include "log/Log.h"
#include "models/AttemptsModel.h"
#include "store/Database.h"
#include "store/WalletRepository.h"
#include "widgets/EquityChartView.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QScrollBar>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace slip;

namespace {

constexpr qint64 kEndMs = 1'800'000'000'000; // the newest seeded attempt and snapshot
const char* const kWallets[] = {"0x1111111111111111111111111111111111111111",
                                "0x2222222222222222222222222222222222222222",
                                "0x3333333333333333333333333333333333333333",
                                "0x4444444444444444444444444444444444444444"};

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long peakRssKb()
{
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    long kb = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            kb = std::atol(line + 6);
    }
    std::fclose(f);
    return kb;
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "prepare failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "exec failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
        return false;
    }
    return true;
}

// Seeds the profile at path: 4 followed wallets, `attempts` attempts spread evenly over the
// equity span (30 % executed, the rest skipped for a mix of reasons, each with a small trace),
// `equity` one-minute snapshots of the global book ending at kEndMs, and a stored runtime health.
bool seed(const QString& path, qint64 attempts, qint64 equity)
{
    auto db = store::Database::openWriter(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error()));
        return false;
    }
    QSqlQuery q((*db)->sql());
    if (!exec(q, QStringLiteral("BEGIN")))
        return false;
    for (const char* w : kWallets) {
        const store::WriteOp op = store::WalletRepository::insertOp(
            {QLatin1String(w), QStringLiteral("bench %1").arg(QLatin1String(w).mid(2, 4)), true,
             QStringLiteral("paper"), QStringLiteral("{}"), kEndMs, kEndMs});
        if (!exec(q, op.sql, op.binds))
            return false;
    }
    const qint64 spanMs = std::max<qint64>(equity, 1) * 60'000;
    if (attempts > 0) {
        // One statement: a recursive counter feeding INSERT … SELECT, so 1M rows take seconds.
        const QString sql = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
            "INSERT INTO copy_attempts(scope, wallet, asset, side, group_key, t0_ms, flush_ms, decision_ms, "
            "their_shares, their_notional, their_vwap, target_notional, target_shares, decision, reasons, mid, "
            "filled_shares, filled_notional, vwap, fee, mode, trace_json) "
            "SELECT CASE i % 2 WHEN 0 THEN 'EXEC_GLOBAL' ELSE 'EXEC_USER' END, "
            "CASE (i / 2) % 4 WHEN 0 THEN '%1' WHEN 1 THEN '%2' WHEN 2 THEN '%3' ELSE '%4' END, "
            "'7131' || printf('%070d', i % 500), CASE i % 7 WHEN 0 THEN 'SELL' ELSE 'BUY' END, "
            "'g' || i, d - 900, d - 50, d, 25000000 + i % 1000, 12000000 + i % 997, 480000 + i % 40000, "
            "10000000, 20000000, CASE WHEN i % 10 < 3 THEN 'EXECUTE' ELSE 'SKIP' END, "
            "CASE i % 10 WHEN 3 THEN 'SPREAD_TOO_WIDE' WHEN 4 THEN 'INSUFFICIENT_DEPTH' "
            "WHEN 5 THEN 'SPREAD_TOO_WIDE,INSUFFICIENT_DEPTH' WHEN 6 THEN 'BELOW_MIN_NOTIONAL' "
            "WHEN 7 THEN 'RISK_CAP_MARKET' WHEN 8 THEN 'STALE_EVENT' "
            "ELSE CASE WHEN i % 1000 = 9 THEN 'KILL_SWITCH' ELSE 'NEAR_CLOSE' END END, "
            "500000, CASE WHEN i % 10 < 3 THEN 20000000 END, CASE WHEN i % 10 < 3 THEN 10100000 END, "
            "CASE WHEN i % 10 < 3 THEN 505000 END, CASE WHEN i % 10 < 3 THEN 0 END, 'paper', "
            "'{\"A_gates\":{\"passed\":true},\"B_sizing\":{\"target_usdc\":\"10.000000\",\"rule\":\"proportional\"},"
            "\"D_book\":{\"best_bid\":\"0.49\",\"best_ask\":\"0.51\",\"spread\":\"0.02\"}}' "
            "FROM (SELECT i, ?2 - (?1 - 1 - i) * ?3 / ?1 AS d FROM n)")
                                .arg(QLatin1String(kWallets[0]), QLatin1String(kWallets[1]),
                                     QLatin1String(kWallets[2]), QLatin1String(kWallets[3]));
        // Qt's positional binding does not take SQLite's numbered parameters (?1 used twice):
        // the three integers are the bench's own and go into the text.
        QString text = sql;
        text.replace(QStringLiteral("?1"), QString::number(attempts))
            .replace(QStringLiteral("?2"), QString::number(kEndMs))
            .replace(QStringLiteral("?3"), QString::number(spanMs));
        if (!exec(q, text))
            return false;
    }
    if (equity > 0) {
        const QString sql = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
            "INSERT INTO portfolio_snapshots(scope, wallet, t_ms, cash, equity, exposure, realized, unrealized) "
            "SELECT 'EXEC_GLOBAL', '', ?2 - (?1 - 1 - i) * 60000, 800000000, e, e - 800000000, "
            "(e - 1000000000) / 2, (e - 1000000000) - (e - 1000000000) / 2 "
            "FROM (SELECT i, 1000000000 + (i * 7919 % 20001 - 10000) * 2000 + i * 1000 AS e FROM n)");
        QString text = sql;
        text.replace(QStringLiteral("?1"), QString::number(equity)).replace(QStringLiteral("?2"), QString::number(kEndMs));
        if (!exec(q, text))
            return false;
    }
    if (attempts > 0) {
        // A small global book: three markets, two outcomes each, lots of every wallet, a few
        // closes (wins and losses) and marks, so Overview and Positions have figures to show.
        const QStringList questions = {QStringLiteral("Will the Fed cut rates in December?"),
                                       QStringLiteral("Will BTC close the year above 150k?"),
                                       QStringLiteral("Will it snow in London on Christmas Day?")};
        for (int m = 0; m < 3; ++m) {
            const QString condition = QStringLiteral("0x%1").arg(m + 0xc0, 64, 16, QLatin1Char('0'));
            if (!exec(q, QStringLiteral("INSERT INTO markets(condition_id, question, updated_ms) VALUES (?, ?, ?)"),
                      {condition, questions[m], kEndMs}))
                return false;
            for (int o = 0; o < 2; ++o) {
                const QString asset = QStringLiteral("7131") + QStringLiteral("%1").arg(m * 2 + o, 70, 10, QLatin1Char('0'));
                if (!exec(q, QStringLiteral("INSERT INTO assets(asset_id, condition_id, outcome, outcome_index, updated_ms) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                          {asset, condition, o == 0 ? QStringLiteral("Yes") : QStringLiteral("No"), o, kEndMs}) ||
                    !exec(q, QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, best_bid, best_ask, mid) VALUES (?, ?, ?, ?, ?)"),
                          {asset, kEndMs, 400000 + m * 100000 - 10000, 400000 + m * 100000 + 10000, 400000 + m * 100000}))
                    return false;
                for (int w = 0; w < 4; ++w) {
                    if ((m + o + w) % 3 == 0)
                        continue;
                    const qint64 shares = 10'000'000LL * (1 + (m + w) % 4);
                    const QString ref = QStringLiteral("seed-%1-%2-%3").arg(m).arg(o).arg(w);
                    const QString sql = QStringLiteral(
                        "INSERT INTO ledger_entries(scope, wallet, reference, entry_type, lot_wallet, asset, condition_id, "
                        "shares_delta, cash_delta, cost_basis_delta, realized_delta, t_ms) VALUES "
                        "('EXEC_GLOBAL', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    const qint64 cost = shares * (380000 + m * 100000) / 1'000'000;
                    if (!exec(q, sql, {ref, QStringLiteral("BUY"), QLatin1String(kWallets[w]), asset, condition, shares,
                                       -cost, cost, 0, kEndMs - 86'400'000}))
                        return false;
                    // Close a tenth of the lot: a gain on most, a loss on some.
                    const qint64 realized = (w == 3 ? -1 : 1) * 150'000 * (1 + m);
                    if (!exec(q, sql, {ref, QStringLiteral("SELL"), QLatin1String(kWallets[w]), asset, condition,
                                       -shares / 10, cost / 10 + realized, -cost / 10, realized, kEndMs - 3'600'000}))
                        return false;
                }
            }
        }
    }
    api::HealthSnapshot h;
    h.tMs = kEndMs;
    h.profile = QStringLiteral("default");
    h.running = true;
    h.streamMs = kEndMs;
    h.lastEventMs = kEndMs - 1200;
    h.backfillMs = kEndMs - 3'600'000;
    h.pendingGroups = 3;
    h.writeQueueDepth = 1;
    h.captureBytes = 123'456'789;
    auto feed = [&h](const char* name, bool connected, qint64 lastMs, int reconnects, int errors, int limited) {
        api::FeedHealth f;
        f.name = QLatin1String(name);
        f.connected = connected;
        f.lastMessageMs = lastMs;
        f.reconnects = reconnects;
        f.errors = errors;
        f.rateLimited = limited;
        if (limited > 0)
            f.lastError = QStringLiteral("HTTP 429");
        h.feeds.push_back(f);
    };
    feed("data-api", true, kEndMs - 800, 1, 2, 0);
    feed("clob.ws.market", true, kEndMs - 40, 0, 0, 0);
    feed("gamma", false, kEndMs - 90'000, 4, 7, 3);
    if (!exec(q, QStringLiteral("INSERT INTO checkpoints(name, value, updated_ms) VALUES ('runtime.health', ?, ?)"),
              {QString::fromUtf8(QJsonDocument(h.toJson()).toJson(QJsonDocument::Compact)), kEndMs}))
        return false;
    return exec(q, QStringLiteral("COMMIT"));
}

struct Figures
{
    double openMs = 0;       // Terminal::open
    double windowMs = 0;     // MainWindow constructor (every dock loads its data)
    double paintMs = 0;      // show() until every visible dock has painted
    int docksPainted = 0;
    int docksVisible = 0;
    int steps = 0;
    double stepMeanMs = 0;
    double stepP99Ms = 0;
    double stepMaxMs = 0;
    int rowsLoaded = 0;
    qint64 rowsTotal = 0;
    qint64 rowsTotalStored = 0; // attempts stored (the bench's N)
    int fetches = 0;
    double scrollTotalMs = 0;
    std::vector<std::pair<QString, double>> queries;
    std::vector<std::pair<QString, double>> filters;
    std::vector<std::pair<QString, double>> charts;
    long rssKb = 0;
};

class PaintWatch : public QObject
{
public:
    QSet<QObject*> painted;
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            painted.insert(o);
        return false;
    }
};

QString g_shotsDir; // --shots: where to save screenshots of the large-history window

void shoot(QWidget* w, const QString& name)
{
    if (g_shotsDir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString path = g_shotsDir + u'/' + name + QStringLiteral(".png");
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(path));
    else
        std::printf("  screenshot %s\n", qPrintable(path));
}

// Runs every measurement on the profile at root; scrollRows caps how deep the scroll goes
// (0 = to the end of the history).
bool measure(const QString& root, qint64 scrollRows, Figures& f, bool shots = false, qint64 stored = 0)
{
    f.rowsTotalStored = stored;
    VirtualClock clock(kEndMs + 1000);
    auto dir = api::DataDirectory::resolve(root);
    if (!dir) {
        std::fprintf(stderr, "%s\n", qPrintable(dir.error()));
        return false;
    }
    QElapsedTimer t;
    t.start();
    api::Terminal terminal(clock);
    const Status opened = terminal.open(*dir);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error()));
        return false;
    }
    f.openMs = ms(t);
    t.restart();
    auto window = std::make_unique<ui::MainWindow>(terminal);
    f.windowMs = ms(t);

    PaintWatch watch;
    const auto docks = window->findChildren<QDockWidget*>();
    for (QDockWidget* d : docks)
        d->installEventFilter(&watch);
    // The offscreen screen is small; give the window a desktop's size as a real session would.
    window->resize(1600, 1000);
    t.restart();
    window->show();
    QElapsedTimer limit;
    limit.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        int visible = 0, painted = 0;
        for (QDockWidget* d : docks) {
            if (!d->isVisible() || d->visibleRegion().isEmpty())
                continue;
            ++visible;
            painted += watch.painted.contains(d) ? 1 : 0;
        }
        f.docksVisible = visible;
        f.docksPainted = painted;
        if ((visible > 0 && painted == visible) || limit.elapsed() > 20'000)
            break;
    }
    f.paintMs = ms(t);

    // What the docks read when they are built, one by one, timed after the window opened so the open figure is not helped by them.
    {
        auto& m = terminal.readModels();
        auto timeIt = [&f](const QString& name, const std::function<void()>& read) {
            QElapsedTimer qt;
            qt.start();
            read();
            f.queries.emplace_back(name, ms(qt));
        };
        timeIt(QStringLiteral("countAttempts(all)"), [&] { (void)m.countAttempts({}); });
        timeIt(QStringLiteral("attempts(first page)"), [&] { (void)m.attempts({}); });
        timeIt(QStringLiteral("reasonCounts(all)"), [&] { (void)m.reasonCounts({}); });
        api::AttemptFilter global;
        global.scope = QStringLiteral("EXEC_GLOBAL");
        timeIt(QStringLiteral("reasonCounts(global)"), [&] { (void)m.reasonCounts(global); });
        timeIt(QStringLiteral("walletMetrics()"), [&] { (void)m.walletMetrics(); });
        timeIt(QStringLiteral("pnl(global)"), [&] { (void)m.pnl(QStringLiteral("EXEC_GLOBAL"), {}, kEndMs); });
        timeIt(QStringLiteral("systemInfo()"), [&] { (void)terminal.systemInfo(); });
        timeIt(QStringLiteral("exposureByWallet()"), [&] { (void)m.exposureByWallet(); });
        // A keyset page deep in the history costs what the first one does (no OFFSET walk).
        for (const qint64 depth : {qint64(1), f.rowsTotalStored / 2, f.rowsTotalStored - 300}) {
            if (depth <= 0)
                continue;
            api::AttemptFilter page;
            page.beforeId = f.rowsTotalStored - depth + 1; // ids are 1..N, newest = N
            timeIt(QStringLiteral("page at depth %1").arg(depth), [&] { (void)m.attempts(page); });
            if (depth == 1) {
                auto plan = m.attemptsPlan(page);
                if (plan)
                    std::printf("  keyset page plan: %s\n", qPrintable(QString(*plan).replace(u'\n', QStringLiteral(" | "))));
            }
        }
    }
    // Scrolling: the Copy attempts table, one screen per step, until the history ends.
    auto* attemptsDock = window->findChild<ui::AttemptsDock*>();
    auto* table = window->findChild<QTableView*>(QStringLiteral("attemptsTable"));
    if (!attemptsDock || !table) {
        std::fprintf(stderr, "no attempts table\n");
        return false;
    }
    attemptsDock->raise();
    QCoreApplication::processEvents();
    ui::AttemptsModel* model = attemptsDock->model();
    if (shots) {
        table->selectRow(0);
        shoot(window.get(), QStringLiteral("main"));
        for (const char* name : {"overviewDock", "systemDock", "skipReasonsDock", "copyAttemptsDock"}) {
            if (auto* d = window->findChild<QDockWidget*>(QLatin1String(name))) {
                d->raise();
                QCoreApplication::processEvents();
                shoot(d, QLatin1String(name));
            }
        }
        attemptsDock->raise();
        table->clearSelection();
        QCoreApplication::processEvents();
    }
    f.rowsTotal = model->totalCount();
    int fetches = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&fetches] { ++fetches; });
    QScrollBar* sb = table->verticalScrollBar();
    std::vector<double> steps;
    QElapsedTimer total;
    total.start();
    for (;;) {
        const int before = sb->value();
        QElapsedTimer s;
        s.start();
        sb->setValue(sb->value() + std::max(1, sb->pageStep()));
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        steps.push_back(ms(s));
        const bool deepEnough = scrollRows > 0 && model->rowCount() >= scrollRows;
        if (deepEnough || (sb->value() == before && !model->canFetchMore({})))
            break;
    }
    f.scrollTotalMs = ms(total);
    f.fetches = fetches;
    f.rowsLoaded = model->rowCount();
    f.steps = int(steps.size());
    if (!steps.empty()) {
        double sum = 0;
        for (double v : steps)
            sum += v;
        f.stepMeanMs = sum / double(steps.size());
        std::vector<double> sorted = steps;
        std::sort(sorted.begin(), sorted.end());
        f.stepMaxMs = sorted.back();
        f.stepP99Ms = sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
    }

    // Filter changes, each until the table has repainted.
    auto timeFilter = [&](const QString& name, const char* combo, const QVariant& data) {
        auto* c = attemptsDock->findChild<QComboBox*>(QLatin1String(combo));
        const int i = c ? c->findData(data) : -1;
        if (i < 0) {
            f.filters.emplace_back(name + QStringLiteral(" (missing)"), -1);
            return;
        }
        QElapsedTimer ft;
        ft.start();
        c->setCurrentIndex(i);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        f.filters.emplace_back(name, ms(ft));
    };
    timeFilter(QStringLiteral("decision=SKIP"), "attemptDecisionFilter", QStringLiteral("SKIP"));
    timeFilter(QStringLiteral("reason=KILL_SWITCH (rare)"), "attemptReasonFilter", QStringLiteral("KILL_SWITCH"));
    timeFilter(QStringLiteral("reason=STALE_EVENT"), "attemptReasonFilter", QStringLiteral("STALE_EVENT"));
    timeFilter(QStringLiteral("reason=any"), "attemptReasonFilter", QString());
    timeFilter(QStringLiteral("decision=any"), "attemptDecisionFilter", QString());
    timeFilter(QStringLiteral("wallet=one"), "attemptWalletFilter", QString::fromLatin1(kWallets[2]));
    timeFilter(QStringLiteral("window=last day"), "attemptWindowFilter", 2);
    timeFilter(QStringLiteral("wallet=all"), "attemptWalletFilter", QString());
    timeFilter(QStringLiteral("window=all"), "attemptWindowFilter", 0);

    // The Overview curve over each preset, read, thinned and drawn.
    auto* overview = window->findChild<ui::OverviewDock*>();
    if (overview) {
        overview->raise();
        const QList<QPair<QString, ui::OverviewDock::Range>> ranges = {
            {QStringLiteral("1D"), ui::OverviewDock::Day},
            {QStringLiteral("7D"), ui::OverviewDock::Week},
            {QStringLiteral("30D"), ui::OverviewDock::Month},
            {QStringLiteral("All"), ui::OverviewDock::AllTime}};
        for (const auto& [name, range] : ranges) {
            QElapsedTimer ct;
            ct.start();
            overview->setRange(range);
            overview->chart()->viewport()->repaint();
            QCoreApplication::processEvents();
            f.charts.emplace_back(QStringLiteral("%1 (%2 pts)").arg(name).arg(overview->chart()->pointCount()), ms(ct));
        }
        // The read alone, thinned in SQL against every point read.
        QElapsedTimer rt;
        rt.start();
        auto thin = terminal.readModels().equity(QStringLiteral("EXEC_GLOBAL"), {}, 0, kEndMs + 1, 2000);
        f.charts.emplace_back(QStringLiteral("read All thinned to %1").arg(thin ? int(thin->size()) : -1), ms(rt));
        rt.restart();
        auto every = terminal.readModels().equity(QStringLiteral("EXEC_GLOBAL"), {}, 0, kEndMs + 1, 0);
        f.charts.emplace_back(QStringLiteral("read All unthinned (%1)").arg(every ? int(every->size()) : -1), ms(rt));
    }
    window.reset();
    terminal.close();
    f.rssKb = peakRssKb();
    return true;
}

void print(const char* title, const Figures& f)
{
    std::printf("== %s ==\n", title);
    std::printf("  Terminal::open          %9.1f ms\n", f.openMs);
    std::printf("  MainWindow constructor  %9.1f ms\n", f.windowMs);
    std::printf("  show → docks painted    %9.1f ms (%d of %d visible docks)\n", f.paintMs, f.docksPainted,
                f.docksVisible);
    std::printf("  window open, total      %9.1f ms\n", f.openMs + f.windowMs + f.paintMs);
    std::printf("  scroll: %d steps, mean %.2f ms, p99 %.2f ms, max %.2f ms, total %.0f ms\n", f.steps,
                f.stepMeanMs, f.stepP99Ms, f.stepMaxMs, f.scrollTotalMs);
    std::printf("          rows loaded %d of %lld in %d lazy fetches\n", f.rowsLoaded, qint64(f.rowsTotal),
                f.fetches);
    for (const auto& [name, v] : f.queries)
        std::printf("  query  %-28s %8.1f ms\n", qPrintable(name), v);
    for (const auto& [name, v] : f.filters)
        std::printf("  filter %-28s %8.1f ms\n", qPrintable(name), v);
    for (const auto& [name, v] : f.charts)
        std::printf("  chart  %-28s %8.1f ms\n", qPrintable(name), v);
    std::printf("  peak RSS so far         %9ld KiB\n", f.rssKb);
}

// A dark palette as a dark desktop theme would hand the application (Fusion honours it fully).
void darkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved layout from a real profile
    QCoreApplication::setOrganizationName(QStringLiteral("SlipstreamBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));
    qint64 attempts = 1'000'000;
    qint64 equity = 100'000;
    qint64 scrollRows = 0;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--attempts")
            attempts = args[i + 1].toLongLong();
        else if (args[i] == u"--equity")
            equity = args[i + 1].toLongLong();
        else if (args[i] == u"--scroll-rows")
            scrollRows = args[i + 1].toLongLong();
        else if (args[i] == u"--shots")
            g_shotsDir = args[i + 1];
        else if (args[i] == u"--palette" && args[i + 1] == u"dark")
            darkPalette();
        else {
            std::fprintf(stderr, "usage: bench_ui [--attempts N] [--equity N] [--scroll-rows N] [--shots DIR] [--palette dark]\n");
            return 2;
        }
    }
    const QString logError = log::init({{}, QStringLiteral("warn"), true});
    if (!logError.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(logError));
        return 1;
    }

    QTemporaryDir emptyDir, bigDir;
    if (!emptyDir.isValid() || !bigDir.isValid())
        return 1;
    auto pathOf = [](const QTemporaryDir& d) -> QString {
        auto dir = api::DataDirectory::resolve(d.path());
        return dir ? dir->databasePath() : QString();
    };
    if (!seed(pathOf(emptyDir), 0, 0))
        return 1;
    QElapsedTimer t;
    t.start();
    if (!seed(pathOf(bigDir), attempts, equity))
        return 1;
    const double seedMs = ms(t);
    std::printf("bench_ui: %lld attempts, %lld equity points seeded in %.0f ms (%.0f rows/s)\n", attempts, equity,
                seedMs, double(attempts + equity) / (seedMs / 1000.0));

    // A throw-away run first so font, style and chart initialisation is paid by neither.
    Figures warm, empty, big;
    if (!measure(emptyDir.path(), scrollRows, warm) || !measure(emptyDir.path(), scrollRows, empty) ||
        !measure(bigDir.path(), scrollRows, big, !g_shotsDir.isEmpty(), attempts))
        return 1;
    print("baseline: empty profile", empty);
    print("large history", big);
    const double openBig = big.openMs + big.windowMs + big.paintMs;
    const double openEmpty = empty.openMs + empty.windowMs + empty.paintMs;
    std::printf("== ratios ==\n");
    std::printf("  window open: %.0f ms vs %.0f ms baseline (x%.2f); target < 2000 ms: %s\n", openBig, openEmpty,
                openBig / std::max(openEmpty, 0.001), openBig < 2000 ? "met" : "MISSED");
    std::printf("  scroll step max %.2f ms (one 60 Hz frame is 16.7 ms): %s\n", big.stepMaxMs,
                big.stepMaxMs < 16.7 ? "smooth" : "a frame dropped");
    std::printf("  rows held after scrolling: %d of %lld stored\n", big.rowsLoaded, qint64(big.rowsTotal));
    return 0;
}
