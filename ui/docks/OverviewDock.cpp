#include "docks/OverviewDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/ScopeChoice.h"
#include "widgets/EquityChartView.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
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
    feedsBadge_ = badge(body, "feedsBadge");
    badges->addWidget(engineBadge_);
    badges->addWidget(killBadge_);
    badges->addWidget(feedsBadge_, 1);
    layout->addLayout(badges);

    auto* grid = new QGridLayout;
    equity_ = figure(body, "equityFigure", tr("Equity of the global book: cash plus every position at its mark."));
    today_ = figure(body, "todayPnlFigure", tr("Equity change since the start of the current UTC day."));
    week_ = figure(body, "weekPnlFigure", tr("Equity change over the last 7 days (or since the first snapshot)."));
    drawdown_ = figure(body, "drawdownFigure", tr("How far equity is below its peak, as a share of the peak."));
    exposure_ = figure(body, "exposureFigure", tr("Market value of the open positions (the money at risk)."));
    realized_ = figure(body, "realizedFigure", tr("Realized and unrealized PnL of the global book."));
    const QList<QPair<QString, QLabel*>> cells = {
        {tr("Equity"), equity_},   {tr("Today"), today_},         {tr("7 days"), week_},
        {tr("Drawdown"), drawdown_}, {tr("Exposure"), exposure_}, {tr("Realized / unrealized"), realized_},
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
    layout->addWidget(chart_, 1);
    setWidget(body);

    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(500);
    connect(coalesce_, &QTimer::timeout, this, &OverviewDock::refresh);
    connect(&terminal_, &api::Terminal::portfolioChanged, this, &OverviewDock::scheduleRefresh);
    connect(&terminal_, &api::Terminal::healthChanged, this, &OverviewDock::showHealth);
    connect(&terminal_, &api::Terminal::controlsChanged, this, &OverviewDock::showControls);
    connect(ranges_, &QButtonGroup::idClicked, this, [this](int) { refresh(); });
    connect(reset, &QToolButton::clicked, chart_, &EquityChartView::resetZoom);

    if (auto h = terminal_.readModels().health())
        showHealth(*h);
    showControls(terminal_.controls());
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
        for (QLabel* l : {equity_, today_, week_, drawdown_, exposure_, realized_})
            l->setText(QStringLiteral("—"));
        asOf_->setText(pnl ? tr("No snapshots of the global book yet.") : tr("Could not read PnL: %1").arg(pnl.error()));
        chart_->setPoints({}, 0, 0);
        return;
    }
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
