#include "docks/WalletDetailDock.h"

#include "api/AnalyticsModels.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/DistributionBins.h"
#include "models/PositionsModel.h"
#include "models/ReasonText.h"
#include "models/ScopeChoice.h"
#include "models/TimeWindow.h"
#include "widgets/DistributionChart.h"
#include "widgets/Scrolled.h"
#include "widgets/TableItems.h"
#include "widgets/WalletDetailChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace slip::ui {
namespace {

constexpr int kAttemptLimit = 20'000; // distributions over at most this many newest attempts
constexpr int kLagLimit = 20'000;
constexpr int kTradeLimit = 200;      // rows of the trade feed
constexpr int kGapPoints = 2'000;

enum TradeColumn {
    TimeCol,
    TypeCol,
    MarketCol,
    OutcomeCol,
    PriceCol,
    SharesCol,
    UsdcCol,
    LagCol,
    CopyCol,
    FilledCol,
    VwapCol,
    SlippageCol,
    TradeColumnCount
};

QTableView* positionsTable(QWidget* parent, PositionsModel* model, const QString& name)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setSectionResizeMode(PositionsModel::MarketColumn, QHeaderView::Stretch);
    return t;
}

} // namespace

WalletDetailDock::WalletDetailDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Wallet detail"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("walletDetailDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* bar = new QHBoxLayout;
    walletCombo_ = new QComboBox(body);
    walletCombo_->setObjectName(QStringLiteral("walletDetailWalletCombo"));
    walletCombo_->setToolTip(tr("The followed wallet whose copy performance is shown."));
    walletCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    windowCombo_ = new QComboBox(body);
    windowCombo_->setObjectName(QStringLiteral("walletDetailWindowCombo"));
    windowCombo_->setToolTip(tr("Look-back window, ending at the newest stored attempt."));
    for (int p = 0; p < TimeWindow::PresetCount; ++p)
        windowCombo_->addItem(TimeWindow::name(TimeWindow::Preset(p)), p);
    auto* walletLabel = new QLabel(tr("&Wallet:"), body);
    walletLabel->setBuddy(walletCombo_);
    auto* windowLabel = new QLabel(tr("W&indow:"), body);
    windowLabel->setBuddy(windowCombo_);
    bar->addWidget(walletLabel);
    bar->addWidget(walletCombo_);
    bar->addWidget(windowLabel);
    bar->addWidget(windowCombo_);
    bar->addStretch(1);
    layout->addLayout(bar);

    ratesLabel_ = new QLabel(body);
    ratesLabel_->setObjectName(QStringLiteral("walletDetailRates"));
    ratesLabel_->setWordWrap(true);
    ratesLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    ratesLabel_->setToolTip(
        tr("Attempts: groups of this wallet's trades our own book (EXEC_USER) decided on.\n"
           "Fill rate: attempts that executed, as a share of all attempts.\n"
           "Partial fills: executions that got fewer shares than the target (the book inside the price "
           "bound was too thin), as a share of executions.\n"
           "Skipped: attempts that were not copied; the reasons are under Distributions."));
    layout->addWidget(ratesLabel_);

    tabs_ = new QTabWidget(body);
    tabs_->setObjectName(QStringLiteral("walletDetailTabs"));

    // PnL: overlay and gap.
    auto* pnl = new QWidget(tabs_);
    auto* pnlLayout = new QVBoxLayout(pnl);
    pnlLayout->setContentsMargins(0, 0, 0, 0);
    auto* pnlSplit = new QSplitter(Qt::Vertical, pnl);
    equityChart_ = new WalletDetailChart({tr("Shadow PnL"), tr("Executable PnL")}, pnlSplit);
    equityChart_->setObjectName(QStringLiteral("walletDetailEquityChart"));
    equityChart_->setToolTip(
        tr("Shadow PnL: what the followed wallet's own trades, at their own prices and full size, have made "
           "since we started following it.\nExecutable PnL: our own book for this wallet (EXEC_USER) — equity "
           "minus its bankroll, with our sizing, our fills and our skips.\nUSDC, one point per minute, time in "
           "UTC. Wheel or +/− zoom, ←/→ pan, 0 resets."));
    gapChart_ = new WalletDetailChart({tr("Tracking gap")}, pnlSplit);
    gapChart_->setObjectName(QStringLiteral("walletDetailGapChart"));
    gapChart_->setToolTip(tr("Tracking gap: shadow PnL minus executable PnL, in USDC, per minute (UTC). Positive "
                             "means the wallet did better than our copy of it: sizing, skips, slippage and delay."));
    pnlSplit->addWidget(equityChart_);
    pnlSplit->addWidget(gapChart_);
    pnlLayout->addWidget(pnlSplit, 1);
    gapLabel_ = new QLabel(pnl);
    gapLabel_->setObjectName(QStringLiteral("walletDetailGapLabel"));
    gapLabel_->setToolTip(gapChart_->toolTip());
    pnlLayout->addWidget(gapLabel_);
    tabs_->addTab(pnl, tr("&PnL"));

    // Distributions.
    auto* dist = new QWidget(tabs_);
    auto* grid = new QGridLayout(dist);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addChart = [&](DistributionChart*& chart, QLabel*& label, const QString& unit, const QString& name,
                        const QString& title, const QString& tip, int row, int col) {
        auto* box = new QWidget(dist);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto* heading = new QLabel(title, box);
        heading->setToolTip(tip);
        chart = new DistributionChart(unit, box);
        chart->setObjectName(name);
        chart->setToolTip(tip);
        label = new QLabel(box);
        label->setObjectName(name + QStringLiteral("Summary"));
        label->setToolTip(tip);
        v->addWidget(heading);
        v->addWidget(chart, 1);
        v->addWidget(label);
        grid->addWidget(box, row, col);
    };
    addChart(slippageChart_, slippageLabel_, tr("executions"), QStringLiteral("walletDetailSlippageChart"),
             tr("Slippage (bps)"),
             tr("Our fill price (VWAP) against the followed wallet's own average price for the same group, in basis "
                "points of their price: (ours − theirs) for buys, (theirs − ours) for sells, so a positive figure "
                "is worse for us. Executed buys and sells only."),
             0, 0);
    addChart(lagChart_, lagLabel_, tr("trades"), QStringLiteral("walletDetailLagChart"), tr("Detection lag"),
             tr("Time from the venue's timestamp of each of the wallet's trades to the moment Slipstream detected "
                "it (the monitor's polling and the venue's own delay)."),
             0, 1);
    addChart(delayChart_, delayLabel_, tr("attempts"), QStringLiteral("walletDetailDelayChart"), tr("Decision delay"),
             tr("Time from the detection of a group's first trade to our decision on it: the aggregation window, "
                "the configured decision latency and its jitter."),
             1, 0);
    addChart(skipChart_, skipLabel_, tr("skips"), QStringLiteral("walletDetailSkipChart"), tr("Skip reasons"),
             tr("How often each reason code stopped a copy of this wallet's trades (an attempt can carry several). "
                "Hover a bar for the code; the Skip reasons panel explains each."),
             1, 1);
    tabs_->addTab(dist, tr("&Distributions"));

    // Positions: the wallet's (shadow) and ours.
    auto* pos = new QSplitter(Qt::Vertical, tabs_);
    auto* shadowBox = new QWidget(pos);
    auto* sv = new QVBoxLayout(shadowBox);
    sv->setContentsMargins(0, 0, 0, 0);
    auto* shadowHeading = new QLabel(tr("Shadow — what the wallet itself holds (SHADOW)"), shadowBox);
    shadowModel_ = new PositionsModel(this);
    shadowTable_ = positionsTable(shadowBox, shadowModel_, QStringLiteral("walletDetailShadowPositions"));
    shadowTable_->setToolTip(tr("The followed wallet's positions as we rebuilt them from its trades, at full size."));
    sv->addWidget(shadowHeading);
    sv->addWidget(shadowTable_, 1);
    auto* execBox = new QWidget(pos);
    auto* ev = new QVBoxLayout(execBox);
    ev->setContentsMargins(0, 0, 0, 0);
    auto* execHeading = new QLabel(tr("Executable — our own book for this wallet (EXEC_USER)"), execBox);
    execModel_ = new PositionsModel(this);
    execTable_ = positionsTable(execBox, execModel_, QStringLiteral("walletDetailExecutablePositions"));
    execTable_->setToolTip(tr("Our positions from copying this wallet alone, with our sizing and fills."));
    ev->addWidget(execHeading);
    ev->addWidget(execTable_, 1);
    pos->addWidget(shadowBox);
    pos->addWidget(execBox);
    tabs_->addTab(pos, tr("P&ositions"));

    // Trade feed.
    tradesTable_ = new QTableWidget(0, TradeColumnCount, tabs_);
    tradesTable_->setObjectName(QStringLiteral("walletDetailTradesTable"));
    tradesTable_->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("Trade"), tr("Market"), tr("Outcome"), tr("Price"),
                                             tr("Shares"), tr("USDC"), tr("Lag"), tr("Copy"), tr("Filled / target"),
                                             tr("Our VWAP"), tr("Slippage")});
    const QStringList headerTips = {
        tr("The venue's time of the trade, UTC."),
        tr("BUY or SELL of a token, or SPLIT / MERGE / REDEEM of a market."),
        tr("The market's question."),
        tr("The outcome token traded."),
        tr("The wallet's price per share."),
        tr("Shares the wallet traded."),
        tr("USDC the wallet paid or received."),
        tr("Detection lag: from the venue's time to our detection."),
        tr("What our own book (EXEC_USER) did with the group this trade joined: EXECUTE, or SKIP with the reason "
           "codes. — when no decision is stored yet (or the trade was not copyable)."),
        tr("Shares we filled against the shares we aimed for; fewer is a partial fill."),
        tr("Our average fill price."),
        tr("Our VWAP against the wallet's group price in bps; positive is worse for us.")};
    for (int c = 0; c < TradeColumnCount; ++c)
        tradesTable_->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    tradesTable_->verticalHeader()->hide();
    tradesTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tradesTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tradesTable_->setAlternatingRowColors(true);
    tradesTable_->setWordWrap(false);
    tradesTable_->setTabKeyNavigation(false);
    tradesTable_->horizontalHeader()->setSectionResizeMode(MarketCol, QHeaderView::Stretch);
    tradesTable_->setToolTip(tr("The wallet's newest trades (up to %1) with the copy outcome of each.").arg(kTradeLimit));
    tabs_->addTab(tradesTable_, tr("&Trades"));
    connect(tradesTable_, &QTableWidget::cellActivated, this, [this](int row, int) {
        auto* copy = tradesTable_->item(row, CopyCol);
        if (copy && copy->data(Qt::UserRole).isValid())
            Q_EMIT attemptActivated(copy->data(Qt::UserRole).toLongLong());
    });

    layout->addWidget(tabs_, 1);
    status_ = new QLabel(body);
    status_->setObjectName(QStringLiteral("walletDetailStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    setWidget(scrolled(body, this)); // tall: it scrolls rather than stretch the window

    // Notifications come in bursts (one per stored batch): throttle to one read per burst.
    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(250);
    connect(coalesce_, &QTimer::timeout, this, &WalletDetailDock::flush);
    connect(&terminal_, &api::Terminal::attemptsStored, this, &WalletDetailDock::addStored);
    connect(&terminal_, &api::Terminal::portfolioChanged, this, [this] {
        portfolioDirty_ = true;
        schedule();
    });
    connect(&terminal_, &api::Terminal::walletsChanged, this, &WalletDetailDock::reloadWallets);
    // A changed bankroll moves the executable PnL.
    connect(&terminal_, &api::Terminal::configChanged, this, [this] {
        portfolioDirty_ = true;
        gap_.clear();
        schedule();
    });
    connect(walletCombo_, &QComboBox::currentIndexChanged, this, [this] {
        const QString w = walletCombo_->currentData().toString();
        if (w == wallet_)
            return;
        wallet_ = w;
        reload();
        Q_EMIT walletShown(wallet_);
    });
    connect(windowCombo_, &QComboBox::currentIndexChanged, this, &WalletDetailDock::reload);
    reloadWallets(); // reads the first wallet's figures
    if (wallet_.isEmpty())
        reload();
}

void WalletDetailDock::reloadWallets()
{
    const QSignalBlocker block(walletCombo_);
    walletCombo_->clear();
    for (const api::WalletInfo& w : terminal_.wallets()) {
        const QString shortAddress = w.address.left(6) + QStringLiteral("…") + w.address.right(4);
        walletCombo_->addItem(w.label.isEmpty() ? w.address : tr("%1 (%2)").arg(w.label, shortAddress), w.address);
        walletCombo_->setItemData(walletCombo_->count() - 1, w.address, Qt::ToolTipRole);
    }
    int i = walletCombo_->findData(wallet_);
    if (i < 0 && walletCombo_->count() > 0)
        i = 0;
    walletCombo_->setCurrentIndex(i);
    const QString w = i >= 0 ? walletCombo_->itemData(i).toString() : QString();
    if (w != wallet_) {
        wallet_ = w;
        reload();
        Q_EMIT walletShown(wallet_);
    }
}

void WalletDetailDock::showWallet(const QString& address)
{
    const QString lower = address.toLower();
    if (walletCombo_->findData(lower) < 0)
        reloadWallets();
    const int i = walletCombo_->findData(lower);
    if (i < 0) {
        status_->setText(tr("%1 is not a followed wallet.").arg(address));
        return;
    }
    walletCombo_->setCurrentIndex(i); // reloads through currentIndexChanged when it changes
    show();
    raise();
}

void WalletDetailDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (stale_)
        reload();
}

void WalletDetailDock::reload()
{
    // A hidden panel (a closed dock, or a tab behind another) reads when it is shown.
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    stale_ = false;
    attemptsDirty_ = portfolioDirty_ = false;
    rates_ = {};
    slippage_.clear();
    delays_.clear();
    reasons_.clear();
    lags_.clear();
    lagIds_.clear();
    newestLagMs_ = 0;
    gap_.clear();
    lastAttemptId_ = 0;
    fromMs_.reset();
    status_->clear();
    if (wallet_.isEmpty()) {
        ratesLabel_->setText(tr("No wallet is followed yet: add one in the Wallets panel."));
        equityChart_->setCurves({});
        gapChart_->setCurves({});
        gapLabel_->clear();
        shadowModel_->setPositions({}, 0);
        execModel_->setPositions({}, 0);
        tradesTable_->setRowCount(0);
        renderDistributions();
        return;
    }
    const auto length = TimeWindow::lengthMs(TimeWindow::Preset(windowCombo_->currentData().toInt()));
    if (length)
        fromMs_ = TimeWindow::newestAttemptMs(terminal_.readModels()) - *length;

    api::AnalyticsModels models(terminal_.reader());
    QStringList problems;
    // Everything up to the newest stored attempt is read here; the feed adds only later ones.
    if (auto newest = models.newestAttemptId())
        lastAttemptId_ = *newest;
    else
        problems << newest.error();
    if (auto r = models.rates(wallet_, fromMs_, lastAttemptId_))
        rates_ = *r;
    else
        problems << r.error();
    if (auto rows = models.walletAttempts(wallet_, fromMs_, kAttemptLimit, lastAttemptId_)) {
        for (const api::AttemptRow& row : *rows) {
            if (auto s = api::AnalyticsModels::slippage(row))
                slippage_.push_back(s->bps);
            delays_.push_back(row.attempt.decisionMs - row.attempt.t0);
            for (const QString& code : row.attempt.reasons)
                ++reasons_[code];
        }
        if (std::int64_t(rows->size()) < rates_.attempts)
            status_->setText(tr("Distributions cover the newest %1 of %2 attempts in this window.")
                                 .arg(QLocale().toString(qint64(rows->size())), QLocale().toString(qint64(rates_.attempts))));
    } else {
        problems << rows.error();
    }
    if (auto lags = models.detectLags(wallet_, fromMs_, kLagLimit)) {
        for (const api::LagSample& s : *lags) {
            lags_.push_back(s.lagMs());
            lagIds_.insert(qint64(s.eventId));
            newestLagMs_ = std::max(newestLagMs_, s.timeMs);
        }
    } else {
        problems << lags.error();
    }
    renderRates();
    renderDistributions();
    readGap(false);
    readPositions();
    readTrades();
    if (!problems.isEmpty())
        status_->setText(tr("Could not read everything: %1").arg(problems.join(QStringLiteral("; "))));
}

void WalletDetailDock::addStored(const std::vector<api::AttemptRow>& rows)
{
    bool mine = false;
    for (const api::AttemptRow& row : rows) {
        if (row.id <= lastAttemptId_)
            continue; // already read
        lastAttemptId_ = row.id;
        const CopyAttempt& a = row.attempt;
        if (a.scope != u"EXEC_USER" || a.wallet != wallet_ || (fromMs_ && a.decisionMs < *fromMs_))
            continue;
        addAttempt(row);
        mine = true;
    }
    if (mine) {
        attemptsDirty_ = true;
        schedule();
    }
}

void WalletDetailDock::addAttempt(const api::AttemptRow& row)
{
    const CopyAttempt& a = row.attempt;
    ++rates_.attempts;
    if (a.execute) {
        ++rates_.executes;
        if (a.filledShares && a.targetShares && *a.filledShares < *a.targetShares)
            ++rates_.partialFills;
    } else {
        ++rates_.skips;
    }
    if (auto s = api::AnalyticsModels::slippage(row))
        slippage_.push_back(s->bps);
    delays_.push_back(a.decisionMs - a.t0);
    for (const QString& code : a.reasons)
        ++reasons_[code];
}

void WalletDetailDock::schedule()
{
    if (!isVisible()) {
        stale_ = true; // read when shown again
        return;
    }
    // Throttle rather than debounce: under a steady stream a restarted timer would never fire.
    if (!coalesce_->isActive())
        coalesce_->start();
}

void WalletDetailDock::flush()
{
    if (wallet_.isEmpty())
        return;
    if (attemptsDirty_) {
        attemptsDirty_ = false;
        readNewLags();
        renderRates();
        renderDistributions();
        readTrades();
    }
    if (portfolioDirty_) {
        portfolioDirty_ = false;
        readGap(!gap_.empty());
        readPositions();
    }
}

void WalletDetailDock::readNewLags()
{
    // Events at or after the newest one read (several can share a time); the ids say which are new.
    api::AnalyticsModels models(terminal_.reader());
    const std::int64_t from = std::max<std::int64_t>(newestLagMs_, fromMs_.value_or(std::numeric_limits<std::int64_t>::min()));
    auto lags = models.detectLags(wallet_, from, kLagLimit);
    if (!lags)
        return;
    for (const api::LagSample& s : *lags) {
        if (lagIds_.contains(qint64(s.eventId)))
            continue;
        lagIds_.insert(qint64(s.eventId));
        lags_.push_back(s.lagMs());
        newestLagMs_ = std::max(newestLagMs_, s.timeMs);
    }
}

void WalletDetailDock::readGap(bool append)
{
    api::AnalyticsModels models(terminal_.reader());
    const std::int64_t from = append ? gap_.back().tMs + 1 : fromMs_.value_or(0);
    auto points = models.trackingGap(wallet_, from, std::numeric_limits<std::int64_t>::max(), append ? 0 : kGapPoints);
    if (!points) {
        status_->setText(tr("Could not read the PnL history: %1").arg(points.error()));
        return;
    }
    if (append && points->empty())
        return;
    std::vector<std::pair<std::int64_t, std::int64_t>> shadow, exec, gap;
    for (const api::GapPoint& p : *points) {
        shadow.emplace_back(p.tMs, p.shadowPnl);
        exec.emplace_back(p.tMs, p.executablePnl);
        gap.emplace_back(p.tMs, p.gap());
    }
    if (append) {
        gap_.insert(gap_.end(), points->begin(), points->end());
        equityChart_->appendCurves({shadow, exec});
        gapChart_->appendCurves({gap});
    } else {
        gap_ = std::move(points).value();
        equityChart_->setCurves({shadow, exec});
        gapChart_->setCurves({gap});
    }
    if (gap_.empty()) {
        gapLabel_->setText(tr("No PnL snapshots of this wallet in this window yet."));
        return;
    }
    const api::GapPoint& last = gap_.back();
    gapLabel_->setText(tr("At %1: shadow %2 · executable %3 · gap %4")
                           .arg(amount::utcTime(last.tMs), amount::signedUsdc(last.shadowPnl),
                                amount::signedUsdc(last.executablePnl), amount::signedUsdc(last.gap())));
}

void WalletDetailDock::readPositions()
{
    api::ReadModels& reads = terminal_.readModels();
    auto fill = [&](PositionsModel* model, const QString& scope) {
        auto rows = reads.positions(scope, wallet_);
        if (!rows) {
            model->setPositions({}, 0);
            status_->setText(tr("Could not read positions: %1").arg(rows.error()));
            return;
        }
        std::int64_t equity = 0;
        if (auto pnl = reads.pnl(scope, wallet_, ScopeChoice::dataNowMs(terminal_, scope, wallet_)); pnl && pnl->asOfMs > 0)
            equity = pnl->equity;
        model->setPositions(std::move(rows).value(), equity);
    };
    fill(shadowModel_, QStringLiteral("SHADOW"));
    fill(execModel_, QStringLiteral("EXEC_USER"));
}

void WalletDetailDock::readTrades()
{
    api::AnalyticsModels models(terminal_.reader());
    auto trades = models.walletTrades(wallet_, fromMs_, kTradeLimit);
    if (!trades) {
        status_->setText(tr("Could not read the trade feed: %1").arg(trades.error()));
        return;
    }
    const QLocale locale;
    tradesTable_->setRowCount(int(trades->size()));
    for (int r = 0; r < int(trades->size()); ++r) {
        const api::WalletTrade& t = trades.value()[std::size_t(r)];
        tradesTable_->setItem(r, TimeCol, tableItem(amount::utcTime(t.timeMs), tr("Detected %1").arg(amount::utcTime(t.detectMs))));
        tradesTable_->setItem(r, TypeCol, tableItem(t.type == u"TRADE" ? t.side : t.type));
        tradesTable_->setItem(r, MarketCol, tableItem(t.title.isEmpty() ? t.conditionId : t.title, t.conditionId));
        tradesTable_->setItem(r, OutcomeCol, tableItem(t.outcome, t.asset));
        tradesTable_->setItem(r, PriceCol, tableItem(amount::orDash(t.price, amount::price), {}, true));
        tradesTable_->setItem(r, SharesCol, tableItem(amount::shares(t.shares), {}, true));
        tradesTable_->setItem(r, UsdcCol, tableItem(amount::usdc(t.usdc), {}, true));
        tradesTable_->setItem(r, LagCol, tableItem(tr("%1 ms").arg(locale.toString(qint64(t.detectMs - t.timeMs))), {}, true));
        if (!t.copy) {
            for (int c : {CopyCol, FilledCol, VwapCol, SlippageCol})
                tradesTable_->setItem(r, c, tableItem(QStringLiteral("—"), tr("No decision on this trade's group is stored.")));
            continue;
        }
        const CopyAttempt& a = t.copy->attempt;
        QString outcome = a.execute ? tr("EXECUTE") : tr("SKIP: %1").arg(a.reasons.join(QStringLiteral(", ")));
        const QString tip = a.execute ? tr("Copied (attempt #%1).").arg(t.copy->id)
                                      : tr("Attempt #%1 skipped:\n%2").arg(t.copy->id).arg(ReasonText::tooltipFor(a.reasons));
        auto* copyItem = tableItem(outcome, tip);
        copyItem->setData(Qt::UserRole, qint64(t.copy->id));
        tradesTable_->setItem(r, CopyCol, copyItem);
        QString filled = QStringLiteral("—");
        if (a.execute && a.filledShares)
            filled = tr("%1 / %2").arg(amount::shares(*a.filledShares), amount::orDash(a.targetShares, amount::shares));
        tradesTable_->setItem(r, FilledCol, tableItem(filled, {}, true));
        tradesTable_->setItem(r, VwapCol, tableItem(amount::orDash(a.execute ? a.vwap : std::nullopt, amount::price), {}, true));
        const auto slip = api::AnalyticsModels::slippage(*t.copy);
        tradesTable_->setItem(r, SlippageCol, tableItem(slip ? amount::signedBps(slip->bps) : QStringLiteral("—"), {}, true));
    }
    // Figures at their width, the market takes what is left; long skip lists are cut (tooltip).
    for (int c = 0; c < TradeColumnCount; ++c)
        if (c != MarketCol)
            tradesTable_->resizeColumnToContents(c);
    tradesTable_->setColumnWidth(CopyCol, std::min(tradesTable_->columnWidth(CopyCol), 220));
}

void WalletDetailDock::renderRates()
{
    const QLocale locale;
    ratesLabel_->setText(tr("%1 attempts · %2 executed (fill rate %3) · %4 partial fills (%5 of executions) · %6 "
                            "skipped")
                             .arg(locale.toString(qint64(rates_.attempts)), locale.toString(qint64(rates_.executes)),
                                  amount::percentFromBps(rates_.fillRateBps()), locale.toString(qint64(rates_.partialFills)),
                                  amount::percentFromBps(rates_.partialRateBps()), locale.toString(qint64(rates_.skips))));
}

void WalletDetailDock::renderDistributions()
{
    const QLocale locale;
    slippageChart_->setBins(DistributionBins::slippageLabels(),
                            DistributionBins::countsOf(api::AnalyticsModels::histogram(slippage_, DistributionBins::slippageEdges())));
    slippageLabel_->setText(slippage_.empty() ? tr("No executed buys or sells.")
                                              : tr("%1 executions · median %2")
                                                    .arg(locale.toString(qint64(slippage_.size())),
                                                         amount::signedBps(DistributionBins::median(slippage_))));
    lagChart_->setBins(DistributionBins::lagLabels(),
                       DistributionBins::countsOf(api::AnalyticsModels::histogram(lags_, DistributionBins::lagEdges())));
    lagLabel_->setText(lags_.empty() ? tr("No trades.")
                                     : tr("%1 trades · median %2 ms")
                                           .arg(locale.toString(qint64(lags_.size())),
                                                locale.toString(qint64(DistributionBins::median(lags_)))));
    delayChart_->setBins(DistributionBins::lagLabels(),
                         DistributionBins::countsOf(api::AnalyticsModels::histogram(delays_, DistributionBins::lagEdges())));
    delayLabel_->setText(delays_.empty() ? tr("No attempts.")
                                         : tr("%1 attempts · median %2 ms")
                                               .arg(locale.toString(qint64(delays_.size())),
                                                    locale.toString(qint64(DistributionBins::median(delays_)))));
    std::vector<std::pair<QString, std::int64_t>> sorted(reasons_.begin(), reasons_.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList codes;
    std::vector<std::int64_t> counts;
    std::int64_t total = 0;
    for (const auto& [code, n] : sorted) {
        codes << code;
        counts.push_back(n);
        total += n;
    }
    skipChart_->setBins(codes, counts);
    skipChart_->setToolTip(codes.isEmpty() ? tr("No skips.") : ReasonText::tooltipFor(codes));
    skipLabel_->setText(codes.isEmpty() ? tr("No skips.")
                                        : tr("%1 reason codes over %2 skips")
                                              .arg(locale.toString(qint64(total)), locale.toString(qint64(rates_.skips))));
}

} // namespace slip::ui
