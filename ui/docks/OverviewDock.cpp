#include "docks/OverviewDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "domain/Micros.h"
#include "models/AmountText.h"
#include "models/ScopeChoice.h"
#include "widgets/EquityChartView.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

const QString kGlobal = QStringLiteral("EXEC_GLOBAL");

QLabel* figure(QWidget* parent, const char* name, const QString& tip)
{
    auto* l = new QLabel(QStringLiteral("—"), parent);
    l->setObjectName(QLatin1String(name));
    l->setToolTip(tip);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel* badge(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(3);
    return l;
}

QTableWidget* exposureTable(QWidget* parent, const char* name, const QString& what, const QString& tip)
{
    auto* t = new QTableWidget(0, 3, parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels({what, OverviewDock::tr("USDC"), OverviewDock::tr("Share")});
    t->horizontalHeaderItem(0)->setToolTip(tip);
    t->horizontalHeaderItem(1)->setToolTip(
        OverviewDock::tr("Market value of the open positions: shares at their mark (at cost when no mark yet)."));
    t->horizontalHeaderItem(2)->setToolTip(OverviewDock::tr("Share of the global book's equity."));
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->setMinimumHeight(50);
    return t;
}

} // namespace

OverviewDock::OverviewDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Overview"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("overviewDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* badges = new QHBoxLayout;
    engineBadge_ = badge(body, "engineBadge");
    killBadge_ = badge(body, "killSwitchBadge");
    lagBadge_ = badge(body, "lagBadge");
    breakersBadge_ = badge(body, "breakersBadge");
    feedsBadge_ = badge(body, "feedsBadge");
    badges->addWidget(engineBadge_);
    badges->addWidget(killBadge_);
    badges->addWidget(lagBadge_);
    badges->addWidget(breakersBadge_);
    badges->addWidget(feedsBadge_, 1);
    layout->addLayout(badges);

    auto* grid = new QGridLayout;
    equity_ = figure(body, "equityFigure", tr("Equity of the global book: cash plus every position at its mark."));
    today_ = figure(body, "todayPnlFigure", tr("Equity change since the start of the current UTC day."));
    week_ = figure(body, "weekPnlFigure", tr("Equity change over the last 7 days (or since the first snapshot)."));
    drawdown_ = figure(body, "drawdownFigure", tr("How far equity is below its peak, as a share of the peak."));
    exposure_ = figure(body, "exposureFigure", tr("Market value of the open positions (the money at risk)."));
    realized_ = figure(body, "realizedFigure", tr("Realized and unrealized PnL of the global book."));
    winRate_ = figure(body, "winRateFigure",
                      tr("Closed trades (sells, merges, settlements) that realized a gain, out of all that "
                         "realized PnL in the global book."));
    const QList<QPair<QString, QLabel*>> cells = {
        {tr("Equity"), equity_},     {tr("Today"), today_},       {tr("7 days"), week_},
        {tr("Drawdown"), drawdown_}, {tr("Win rate"), winRate_}, {tr("Exposure"), exposure_},
        {tr("Realized / unrealized"), realized_},
    };
    for (int i = 0; i < cells.size(); ++i) {
        auto* caption = new QLabel(cells[i].first, body);
        caption->setToolTip(cells[i].second->toolTip());
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, 0, i);
        grid->addWidget(cells[i].second, 1, i);
    }
    layout->addLayout(grid);

    auto* rangeBar = new QHBoxLayout;
    ranges_ = new QButtonGroup(this);
    ranges_->setExclusive(true);
    const QList<QPair<QString, Range>> presets = {{tr("1D"), Day}, {tr("7D"), Week}, {tr("30D"), Month}, {tr("All"), AllTime}};
    for (const auto& [text, range] : presets) {
        auto* b = new QToolButton(body);
        b->setText(text);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("range") + text + QStringLiteral("Button"));
        b->setToolTip(tr("Show this much history, ending at the newest snapshot."));
        ranges_->addButton(b, range);
        rangeBar->addWidget(b);
    }
    ranges_->button(Week)->setChecked(true);
    auto* reset = new QToolButton(body);
    reset->setText(tr("Reset zoom"));
    reset->setObjectName(QStringLiteral("resetZoomButton"));
    rangeBar->addWidget(reset);
    rangeBar->addStretch(1);
    asOf_ = new QLabel(body);
    asOf_->setObjectName(QStringLiteral("overviewAsOf"));
    rangeBar->addWidget(asOf_);
    layout->addLayout(rangeBar);

    chart_ = new EquityChartView(body);
    chart_->setMinimumHeight(120);
    byMarket_ = exposureTable(body, "exposureByMarketTable", tr("Market"),
                              tr("Markets the global book holds, largest exposure first."));
    byWallet_ = exposureTable(body, "exposureByWalletTable", tr("Wallet"),
                              tr("Followed wallets whose copied lots the global book holds, largest first."));
    auto* exposure = new QSplitter(Qt::Vertical, body);
    exposure->addWidget(byMarket_);
    exposure->addWidget(byWallet_);
    auto* split = new QSplitter(Qt::Horizontal, body);
    split->setObjectName(QStringLiteral("overviewSplitter"));
    split->addWidget(chart_);
    split->addWidget(exposure);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWidget(body);
    // Focusing the dock lands on the chart, whose keys zoom (+/−), pan (←/→) and reset (0).
    setFocusProxy(chart_);

    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(500);
    connect(coalesce_, &QTimer::timeout, this, &OverviewDock::refresh);
    connect(&terminal_, &api::Terminal::portfolioChanged, this, &OverviewDock::scheduleRefresh);
    connect(&terminal_, &api::Terminal::healthChanged, this, &OverviewDock::showHealth);
    connect(&terminal_, &api::Terminal::controlsChanged, this, &OverviewDock::showControls);
    connect(&terminal_, &api::Terminal::breakersChanged, this, &OverviewDock::showBreakers);
    connect(ranges_, &QButtonGroup::idClicked, this, [this](int) { refresh(); });
    connect(reset, &QToolButton::clicked, chart_, &EquityChartView::resetZoom);

    if (auto h = terminal_.readModels().health())
        showHealth(*h);
    showControls(terminal_.controls());
    showBreakers();
    refresh();
}

void OverviewDock::setRange(Range range)
{
    ranges_->button(range)->setChecked(true);
    refresh();
}

void OverviewDock::scheduleRefresh()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    // Throttle rather than debounce: under a steady stream of notifications a restarted timer
    // would never fire.
    if (!coalesce_->isActive())
        coalesce_->start();
}

void OverviewDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (dirty_)
        refresh();
}

void OverviewDock::refresh()
{
    dirty_ = false;
    auto& models = terminal_.readModels();
    const std::int64_t now = ScopeChoice::dataNowMs(terminal_, kGlobal, {});
    auto pnl = models.pnl(kGlobal, {}, now);
    if (!pnl || pnl->asOfMs == 0) {
        for (QLabel* l : {equity_, today_, week_, drawdown_, exposure_, realized_, winRate_})
            l->setText(QStringLiteral("—"));
        asOf_->setText(pnl ? tr("No snapshots of the global book yet.") : tr("Could not read PnL: %1").arg(pnl.error()));
        chart_->setPoints({}, 0, 0);
        byMarket_->setRowCount(0);
        byWallet_->setRowCount(0);
        return;
    }
    if (auto wins = models.winRate(kGlobal)) {
        winRate_->setText(wins->closes > 0 ? amount::percentFromBps(wins->winsBps()) : QStringLiteral("—"));
        winRate_->setToolTip(tr("%1 of %2 closed trades realized a gain (sells, merges, settlements of the global "
                                "book).")
                                 .arg(wins->wins)
                                 .arg(wins->closes));
    }
    showExposure(pnl->equity);
    equity_->setText(amount::usdc(pnl->equity));
    today_->setText(amount::signedUsdc(pnl->todayPnl));
    week_->setText(amount::signedUsdc(pnl->weekPnl));
    drawdown_->setText(amount::percentFromBps(pnl->drawdownBps));
    drawdown_->setToolTip(tr("How far equity is below its peak (%1), as a share of the peak.")
                              .arg(amount::usdc(pnl->peakEquity)));
    exposure_->setText(amount::usdc(pnl->equity - pnl->cash));
    realized_->setText(tr("%1 / %2").arg(amount::signedUsdc(pnl->realized), amount::signedUsdc(pnl->unrealized)));
    asOf_->setText(tr("as of %1 UTC").arg(amount::utcTime(pnl->asOfMs)));

    const int range = ranges_->checkedId();
    const std::int64_t end = pnl->asOfMs + 1;
    std::int64_t from = 0;
    switch (range) {
    case Day: from = end - 86'400'000; break;
    case Week: from = end - 7 * 86'400'000LL; break;
    case Month: from = end - 30 * 86'400'000LL; break;
    default: from = 0; break;
    }
    // A few points per horizontal pixel is all the chart can show; the read model thins.
    const int maxPoints = std::max(200, chart_->width() * 2);
    auto points = models.equity(kGlobal, {}, from, end, maxPoints);
    if (!points) {
        asOf_->setText(tr("Could not read the equity curve: %1").arg(points.error()));
        return;
    }
    if (range == AllTime)
        chart_->setPoints(*points, 0, 0);
    else
        chart_->setPoints(*points, from, end);
}

void OverviewDock::showExposure(std::int64_t equity)
{
    auto& models = terminal_.readModels();
    auto fill = [equity](QTableWidget* t, const Result<std::vector<api::ExposureRow>>& rows, bool wallets) {
        if (!rows) {
            t->setRowCount(1);
            t->setItem(0, 0, new QTableWidgetItem(OverviewDock::tr("Could not read: %1").arg(rows.error())));
            return;
        }
        t->setRowCount(int(rows->size()));
        int r = 0;
        for (const api::ExposureRow& e : *rows) {
            QString name = e.label;
            if (name.isEmpty())
                name = e.key.size() > 14 ? e.key.left(6) + u'…' + e.key.right(4) : e.key;
            auto* what = new QTableWidgetItem(name);
            what->setData(Qt::UserRole, e.key);
            what->setToolTip(wallets ? OverviewDock::tr("%1\n%2 open positions").arg(e.key).arg(e.positions)
                                     : OverviewDock::tr("%1\ncondition %2\n%3 open positions")
                                           .arg(e.label, e.key)
                                           .arg(e.positions));
            auto* value = new QTableWidgetItem(amount::usdc(e.value));
            value->setData(Qt::UserRole, qint64(e.value));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (e.unmarked > 0)
                value->setToolTip(OverviewDock::tr("%1 of the positions have no mark yet and are valued at cost.")
                                      .arg(e.unmarked));
            auto* share = new QTableWidgetItem(equity > 0 ? amount::percentFromBps(mulDiv(e.value, 10'000, equity))
                                                          : QStringLiteral("—"));
            share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, 0, what);
            t->setItem(r, 1, value);
            t->setItem(r, 2, share);
            ++r;
        }
    };
    fill(byMarket_, models.exposureByMarket(kGlobal), false);
    fill(byWallet_, models.exposureByWallet(), true);
}

void OverviewDock::showBreakers()
{
    auto states = terminal_.breakers();
    if (!states) {
        breakersBadge_->setText(tr("Breakers: ?"));
        breakersBadge_->setToolTip(tr("Could not read the circuit breakers: %1").arg(states.error()));
        breakersBadge_->setStyleSheet({});
        return;
    }
    QStringList tripped;
    for (const auto& b : *states) {
        if (b.tripped)
            tripped << tr("%1 %2 — loss %3 (limit %4) since %5 UTC")
                           .arg(b.scope == u"EXEC_GLOBAL" ? tr("Global") : (b.label.isEmpty() ? b.wallet : b.label),
                                b.breaker, amount::percentFromBps(b.lossBps()),
                                amount::percentFromBps(b.thresholdBps), amount::utcTime(b.sinceMs));
    }
    if (tripped.isEmpty()) {
        breakersBadge_->setText(tr("Breakers armed"));
        breakersBadge_->setStyleSheet({});
        breakersBadge_->setToolTip(tr("No loss or drawdown circuit breaker is tripped (%1 watched).")
                                       .arg(states->size()));
    } else {
        breakersBadge_->setText(tr("%n breaker(s) TRIPPED", nullptr, int(tripped.size())));
        // Amber in both themes, with dark text so it reads on either.
        breakersBadge_->setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: black; font-weight: bold; }"));
        breakersBadge_->setToolTip(tr("Tripped circuit breakers (no new buys in that scope until reset):\n%1")
                                       .arg(tripped.join(u'\n')));
    }
}

void OverviewDock::showControls(const api::ControlState& state)
{
    if (state.killSwitch) {
        killBadge_->setText(tr("KILL SWITCH ENGAGED"));
        // The one hard-coded colour: the kill switch is red in every theme.
        killBadge_->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
        killBadge_->setToolTip(tr("No new orders of any kind until the kill switch is released."));
    } else {
        killBadge_->setText(tr("Kill switch off"));
        killBadge_->setStyleSheet({});
        killBadge_->setToolTip(tr("Copies are allowed (subject to every other check)."));
    }
}

void OverviewDock::showHealth(const api::HealthSnapshot& h)
{
    if (!h.running)
        engineBadge_->setText(tr("Engine not running"));
    else if (h.paused)
        engineBadge_->setText(tr("Engine paused"));
    else
        engineBadge_->setText(tr("Engine running (%1)").arg(h.profile));
    if (h.running && h.streamMs > 0) {
        const std::int64_t lagMs = std::max<std::int64_t>(0, h.tMs - h.streamMs);
        lagBadge_->setText(tr("Lag %1 s").arg(QLocale().toString(double(lagMs) / 1000.0, 'f', 1)));
        lagBadge_->setToolTip(tr("How far the engine's processed stream time is behind the time its health was "
                                 "taken; %1 groups wait for their decision time.")
                                  .arg(h.pendingGroups));
    } else {
        lagBadge_->setText(tr("Lag —"));
        lagBadge_->setToolTip(tr("No engine running, so no lag to report."));
    }
    engineBadge_->setToolTip(tr("Stream time %1 UTC · last event %2 UTC · %3 groups waiting · write queue %4")
                                 .arg(amount::utcTime(h.streamMs), amount::utcTime(h.lastEventMs))
                                 .arg(h.pendingGroups)
                                 .arg(h.writeQueueDepth));
    QStringList parts;
    QStringList tips;
    for (const auto& f : h.feeds) {
        const std::int64_t lagMs = f.lastMessageMs > 0 ? std::max<std::int64_t>(0, h.tMs - f.lastMessageMs) : -1;
        parts << (f.connected ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + f.name;
        tips << tr("%1: %2, last message %3, %4 reconnects, %5 errors, %6 rate-limited%7")
                    .arg(f.name, f.connected ? tr("connected") : tr("disconnected"),
                         lagMs < 0 ? tr("never") : tr("%1 s ago").arg(lagMs / 1000))
                    .arg(f.reconnects)
                    .arg(f.errors)
                    .arg(f.rateLimited)
                    .arg(f.lastError.isEmpty() ? QString() : tr(" — %1").arg(f.lastError));
    }
    feedsBadge_->setText(parts.isEmpty() ? tr("No feeds reported") : tr("Feeds: %1").arg(parts.join(QStringLiteral("  "))));
    feedsBadge_->setToolTip(tips.isEmpty() ? tr("The engine has not reported its feeds yet.") : tips.join(u'\n'));
}

} // namespace slip::ui
