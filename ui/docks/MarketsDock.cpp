#include "docks/MarketsDock.h"

#include "api/AnalyticsModels.h"
#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "config/EngineConfig.h"
#include "models/AmountText.h"
#include "models/ReasonText.h"
#include "models/TimeWindow.h"
#include "widgets/TableItems.h"
#include "widgets/Scrolled.h"
#include "widgets/WalletDetailChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace slip::ui {
namespace {

constexpr int kDecisionLimit = 20'000; // newest decisions of the window that are read
constexpr int kFeedBatch = 5'000;
constexpr int kDetailRows = 200;

enum MarketColumn {
    MarketCol,
    OutcomesCol,
    StateCol,
    DecisionsCol,
    ExecutedCol,
    SpreadCol,
    DepthCol,
    SlippageCol,
    PositionsCol,
    CostCol,
    BlacklistCol,
    MarketColumnCount
};

enum DecisionColumn { DTimeCol, DWalletCol, DSideCol, DDecisionCol, DMidCol, DSpreadCol, DDepthCol, DSlipCol, DecisionColumnCount };

constexpr int kConditionRole = Qt::UserRole + 1;

QString bpsText(const std::optional<std::int64_t>& bps)
{
    return amount::orDash(bps, &amount::signedBps);
}

} // namespace

MarketsDock::MarketsDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Markets"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("marketsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* bar = new QHBoxLayout;
    scopeCombo_ = new QComboBox(body);
    scopeCombo_->setObjectName(QStringLiteral("marketsScopeCombo"));
    scopeCombo_->addItem(tr("Global book"), QStringLiteral("EXEC_GLOBAL"));
    scopeCombo_->addItem(tr("Wallet books"), QStringLiteral("EXEC_USER"));
    scopeCombo_->setToolTip(tr("Whose decisions and positions: the global book (EXEC_GLOBAL) or the per-wallet books "
                               "(EXEC_USER) together."));
    windowCombo_ = new QComboBox(body);
    windowCombo_->setObjectName(QStringLiteral("marketsWindowCombo"));
    windowCombo_->setToolTip(tr("Look-back window of the decisions, ending at the newest stored attempt."));
    for (int p = 0; p < TimeWindow::PresetCount; ++p)
        windowCombo_->addItem(TimeWindow::name(TimeWindow::Preset(p)), p);
    auto* scopeLabel = new QLabel(tr("&Book:"), body);
    scopeLabel->setBuddy(scopeCombo_);
    auto* windowLabel = new QLabel(tr("W&indow:"), body);
    windowLabel->setBuddy(windowCombo_);
    blacklistButton_ = new QPushButton(tr("&Blacklist"), body);
    blacklistButton_->setObjectName(QStringLiteral("marketsBlacklistButton"));
    blacklistButton_->setToolTip(tr("Add the selected market to the configuration's blacklist (no new buys in it, "
                                     "MARKET_BLACKLISTED), or take it off. Sells of positions held stay allowed. "
                                     "The engine applies the change at its next start."));
    blacklistButton_->setEnabled(false);
    bar->addWidget(scopeLabel);
    bar->addWidget(scopeCombo_);
    bar->addWidget(windowLabel);
    bar->addWidget(windowCombo_);
    bar->addStretch(1);
    bar->addWidget(blacklistButton_);
    layout->addLayout(bar);

    table_ = new QTableWidget(0, MarketColumnCount, body);
    table_->setObjectName(QStringLiteral("marketsTable"));
    table_->setHorizontalHeaderLabels({tr("Market"), tr("Outcomes"), tr("State"), tr("Decisions"), tr("Executed"),
                                       tr("Spread"), tr("Depth in band"), tr("Slippage"), tr("Positions"),
                                       tr("Cost"), tr("Blacklisted")});
    const QStringList tips = {
        tr("The market's question (its condition id when the market's details are not stored yet)."),
        tr("The market's outcome tokens."),
        tr("Open, closed (no new copies: MARKET_CLOSED) or resolved with the winning outcome."),
        tr("Decisions on this market's tokens in the window."),
        tr("Decisions that executed."),
        tr("Best ask minus best bid of the book at the newest decision that saw a two-sided book (stage D). A "
           "spread wider than max_spread skips with SPREAD_TOO_WIDE."),
        tr("USDC on the book inside the price bound (their price plus max_worse_than_fill, capped by the mid "
           "plus max_chase_vs_mid) at the newest decision that recorded it; below min_depth_bps of the target "
           "skips with INSUFFICIENT_DEPTH. — when no decision trace with stage D is stored."),
        tr("Mean slippage of our executions: our VWAP against the followed wallet's price in bps, positive is "
           "worse for us."),
        tr("Open positions of this book in the market's tokens."),
        tr("Cost basis of those positions, USDC."),
        tr("Checked: the condition id is in the configuration's blacklist (no new buys). Toggle with the "
           "checkbox, Space, or the Blacklist button.")};
    for (int c = 0; c < MarketColumnCount; ++c)
        table_->horizontalHeaderItem(c)->setToolTip(tips[c]);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false);
    table_->horizontalHeader()->setSectionResizeMode(MarketCol, QHeaderView::Stretch);

    auto* detail = new QWidget(body);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    detailLabel_ = new QLabel(tr("Select a market to see its decisions and our slippage."), detail);
    detailLabel_->setObjectName(QStringLiteral("marketsDetailLabel"));
    detailLabel_->setWordWrap(true);
    auto* detailSplit = new QSplitter(Qt::Horizontal, detail);
    slippageChart_ = new WalletDetailChart({tr("Slippage (bps)")}, detailSplit);
    slippageChart_->setObjectName(QStringLiteral("marketsSlippageChart"));
    slippageChart_->setToolTip(tr("Our slippage on each execution in the selected market over time (UTC): our VWAP "
                                  "against the followed wallet's price, in bps; positive is worse for us."));
    decisionsTable_ = new QTableWidget(0, DecisionColumnCount, detailSplit);
    decisionsTable_->setObjectName(QStringLiteral("marketsDecisionsTable"));
    decisionsTable_->setHorizontalHeaderLabels({tr("Decision time (UTC)"), tr("Wallet"), tr("Side"), tr("Decision"),
                                                tr("Mid"), tr("Spread"), tr("Depth in band"), tr("Slippage")});
    decisionsTable_->setToolTip(tr("The newest decisions (up to %1) on the selected market with the book each saw.").arg(kDetailRows));
    decisionsTable_->verticalHeader()->hide();
    decisionsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    decisionsTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    decisionsTable_->setWordWrap(false);
    decisionsTable_->setTabKeyNavigation(false);
    detailSplit->addWidget(slippageChart_);
    detailSplit->addWidget(decisionsTable_);
    dl->addWidget(detailLabel_);
    dl->addWidget(detailSplit, 1);

    auto* split = new QSplitter(Qt::Vertical, body);
    split->addWidget(table_);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    status_ = new QLabel(body);
    status_->setObjectName(QStringLiteral("marketsStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    setWidget(scrolled(body, this)); // tall: it scrolls rather than stretch the window

    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(250);
    connect(coalesce_, &QTimer::timeout, this, &MarketsDock::flush);
    connect(&terminal_, &api::Terminal::attemptsStored, this, [this](const std::vector<api::AttemptRow>& rows) {
        const QString scope = scopeCombo_->currentData().toString();
        for (const api::AttemptRow& r : rows) {
            if (r.id > lastId_ && r.attempt.scope == scope) {
                decisionsDirty_ = true;
                schedule();
                return;
            }
        }
    });
    connect(&terminal_, &api::Terminal::portfolioChanged, this, [this] {
        portfolioDirty_ = true;
        schedule();
    });
    connect(&terminal_, &api::Terminal::configChanged, this, [this] {
        readBlacklist();
        render();
        if (savingBlacklist_) {
            savingBlacklist_ = false;
            status_->setText(tr("Blacklist saved; the engine applies it at its next start."));
        }
    });
    connect(scopeCombo_, &QComboBox::currentIndexChanged, this, &MarketsDock::reload);
    connect(windowCombo_, &QComboBox::currentIndexChanged, this, &MarketsDock::reload);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &MarketsDock::showSelected);
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (rendering_ || item->column() != BlacklistCol)
            return;
        const QString condition = item->data(kConditionRole).toString();
        const bool wanted = item->checkState() == Qt::Checked;
        if (!setBlacklisted(condition, wanted)) {
            const QSignalBlocker block(table_);
            item->setCheckState(wanted ? Qt::Unchecked : Qt::Checked);
        }
    });
    connect(table_, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column == BlacklistCol)
            return;
        if (auto* i = table_->item(row, MarketCol))
            Q_EMIT marketActivated(i->data(kConditionRole).toString());
    });
    connect(blacklistButton_, &QPushButton::clicked, this, [this] {
        const QString c = selectedCondition();
        if (!c.isEmpty())
            setBlacklisted(c, !blacklist_.contains(c.toLower()));
    });
    reload();
}

QString MarketsDock::selectedCondition() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    auto* i = table_->item(rows.front().row(), MarketCol);
    return i ? i->data(kConditionRole).toString() : QString();
}

bool MarketsDock::selectCondition(const QString& conditionId)
{
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (table_->item(r, MarketCol)->data(kConditionRole).toString() == conditionId) {
            table_->selectRow(r);
            table_->setCurrentCell(r, MarketCol);
            return true;
        }
    }
    return false;
}

void MarketsDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (stale_)
        reload();
}

void MarketsDock::schedule()
{
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    if (!coalesce_->isActive())
        coalesce_->start();
}

void MarketsDock::reload()
{
    // A hidden panel (a closed dock, or a tab behind another) reads when it is shown.
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    stale_ = false;
    decisionsDirty_ = portfolioDirty_ = false;
    decisions_.clear();
    conditionOf_.clear();
    meta_.clear();
    fromMs_.reset();
    status_->clear();
    const auto length = TimeWindow::lengthMs(TimeWindow::Preset(windowCombo_->currentData().toInt()));
    if (length)
        fromMs_ = TimeWindow::newestAttemptMs(terminal_.readModels()) - *length;
    api::AnalyticsModels models(terminal_.reader());
    lastId_ = 0;
    if (auto newest = models.newestAttemptId())
        lastId_ = *newest;
    auto read = models.marketDecisions(scopeCombo_->currentData().toString(), fromMs_, kDecisionLimit, &conditionOf_);
    if (!read) {
        status_->setText(tr("Could not read the decisions: %1").arg(read.error()));
    } else {
        decisions_ = std::move(read).value();
        std::reverse(decisions_.begin(), decisions_.end()); // oldest first: the feed appends
        for (const api::MarketDecision& d : decisions_)
            lastId_ = std::max(lastId_, d.attemptId);
        if (int(decisions_.size()) == kDecisionLimit)
            status_->setText(tr("Figures cover the newest %1 decisions of this window.").arg(QLocale().toString(kDecisionLimit)));
    }
    readPositions();
    readBlacklist();
    readMeta(true);
    render();
}

void MarketsDock::flush()
{
    bool changed = false;
    if (decisionsDirty_) {
        decisionsDirty_ = false;
        readNewDecisions();
        changed = true;
    }
    if (portfolioDirty_) {
        portfolioDirty_ = false;
        readPositions();
        readMeta(true); // closed / resolved state arrives with the market records
        changed = true;
    }
    if (changed) {
        readMeta(false);
        render();
    }
}

void MarketsDock::readNewDecisions()
{
    api::AnalyticsModels models(terminal_.reader());
    const QString scope = scopeCombo_->currentData().toString();
    for (;;) {
        auto more = models.marketDecisionsAfter(scope, lastId_, kFeedBatch, &conditionOf_);
        if (!more) {
            status_->setText(tr("Could not read the decisions: %1").arg(more.error()));
            return;
        }
        for (api::MarketDecision& d : more.value()) {
            lastId_ = std::max(lastId_, d.attemptId);
            if (!fromMs_ || d.decisionMs >= *fromMs_)
                decisions_.push_back(std::move(d));
        }
        if (int(more->size()) < kFeedBatch)
            break;
    }
    // Keep the window bounded like the first read.
    if (decisions_.size() > std::size_t(kDecisionLimit))
        decisions_.erase(decisions_.begin(), decisions_.end() - kDecisionLimit);
}

void MarketsDock::readPositions()
{
    const QString scope = scopeCombo_->currentData().toString();
    auto rows = terminal_.readModels().positions(scope);
    if (!rows) {
        status_->setText(tr("Could not read positions: %1").arg(rows.error()));
        positions_.clear();
        return;
    }
    positions_ = std::move(rows).value();
}

void MarketsDock::readBlacklist()
{
    auto cfg = terminal_.config();
    if (!cfg) {
        status_->setText(tr("Could not read the configuration: %1").arg(cfg.error()));
        return;
    }
    blacklist_ = cfg->global.blacklist;
}

void MarketsDock::readMeta(bool all)
{
    // One primary-key read per market: the listed markets are few.
    api::AnalyticsModels models(terminal_.reader());
    QSet<QString> conditions;
    for (const api::MarketDecision& d : decisions_)
        conditions.insert(conditionOf_.value(d.asset, d.asset));
    for (const api::PositionRow& p : positions_)
        conditions.insert(p.conditionId.isEmpty() ? conditionOf_.value(p.asset, p.asset) : p.conditionId);
    for (const QString& c : conditions) {
        if (!all && meta_.count(c))
            continue;
        if (auto m = models.market(c))
            meta_[c] = *m;
    }
}

bool MarketsDock::setBlacklisted(const QString& conditionId, bool blacklisted)
{
    auto cfg = terminal_.config();
    if (!cfg) {
        status_->setText(tr("Could not read the configuration: %1").arg(cfg.error()));
        return false;
    }
    const QString id = conditionId.toLower();
    QJsonObject root = cfg->toJson();
    QJsonObject global = root.value(QLatin1String("global")).toObject();
    QStringList ids;
    for (const QJsonValue& v : global.value(QLatin1String("blacklist")).toArray())
        ids << v.toString().toLower();
    if (ids.contains(id) == blacklisted)
        return true;
    if (blacklisted)
        ids << id;
    else
        ids.removeAll(id);
    global.insert(QStringLiteral("blacklist"), QJsonArray::fromStringList(ids));
    root.insert(QStringLiteral("global"), global);
    auto next = EngineConfig::fromObject(root);
    if (!next) {
        status_->setText(tr("The blacklist was not changed: %1").arg(next.error()));
        return false;
    }
    if (auto s = terminal_.setConfig(*next); !s) {
        status_->setText(tr("The blacklist was not changed: %1").arg(s.error()));
        return false;
    }
    savingBlacklist_ = true;
    status_->setText(blacklisted ? tr("Adding %1 to the blacklist…").arg(id) : tr("Removing %1 from the blacklist…").arg(id));
    return true;
}

void MarketsDock::render()
{
    const QString selected = selectedCondition();
    rows_ = api::AnalyticsModels::summarizeMarkets(decisions_, conditionOf_, positions_, meta_, blacklist_);
    const QLocale locale;
    rendering_ = true;
    {
        const QSignalBlocker block(table_);
        table_->setSortingEnabled(false);
        table_->setRowCount(int(rows_.size()));
        for (int r = 0; r < int(rows_.size()); ++r) {
            const api::MarketSummary& s = rows_[std::size_t(r)];
            auto* market = tableItem(s.meta.title.isEmpty() ? s.meta.conditionId : s.meta.title, s.meta.conditionId);
            market->setData(kConditionRole, s.meta.conditionId);
            table_->setItem(r, MarketCol, market);
            table_->setItem(r, OutcomesCol, tableItem(s.meta.outcomes.join(QStringLiteral(" / "))));
            QString state = tr("Open");
            if (!s.meta.resolvedAsset.isEmpty())
                state = tr("Resolved: %1").arg(s.meta.resolvedOutcome.isEmpty() ? s.meta.resolvedAsset : s.meta.resolvedOutcome);
            else if (s.meta.closed)
                state = tr("Closed");
            table_->setItem(r, StateCol, tableItem(state, s.meta.endMs ? tr("Ends %1").arg(amount::utcTime(*s.meta.endMs)) : QString()));
            table_->setItem(r, DecisionsCol, tableItem(locale.toString(qint64(s.attempts)), {}, true));
            table_->setItem(r, ExecutedCol, tableItem(locale.toString(qint64(s.executes)), {}, true));
            table_->setItem(r, SpreadCol, tableItem(amount::orDash(s.lastSpread, amount::price), {}, true));
            table_->setItem(r, DepthCol, tableItem(amount::orDash(s.lastDepthInBand, amount::usdc), {}, true));
            table_->setItem(r, SlippageCol, tableItem(bpsText(s.meanSlippageBps), {}, true));
            table_->setItem(r, PositionsCol, tableItem(locale.toString(qint64(s.openPositions)),
                                                  tr("%1 shares").arg(amount::shares(s.openShares)), true));
            table_->setItem(r, CostCol, tableItem(amount::usdc(s.openCost), {}, true));
            auto* black = new QTableWidgetItem;
            black->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            black->setCheckState(s.blacklisted ? Qt::Checked : Qt::Unchecked);
            black->setData(kConditionRole, s.meta.conditionId);
            black->setToolTip(s.blacklisted ? tr("Blacklisted: no new buys in this market. Uncheck to allow them.")
                                            : tr("Check to blacklist this market (no new buys)."));
            table_->setItem(r, BlacklistCol, black);
        }
        for (int c : {DecisionsCol, ExecutedCol, SpreadCol, PositionsCol, BlacklistCol})
            table_->resizeColumnToContents(c);
    }
    rendering_ = false;
    if (!selected.isEmpty())
        selectCondition(selected);
    showSelected();
    if (status_->text().isEmpty() && rows_.empty())
        status_->setText(tr("No decisions or positions in this book and window yet."));
}

void MarketsDock::showSelected()
{
    const QString condition = selectedCondition();
    selectedDecisions_.clear();
    blacklistButton_->setEnabled(!condition.isEmpty());
    if (condition.isEmpty()) {
        blacklistButton_->setText(tr("&Blacklist"));
        detailLabel_->setText(tr("Select a market to see its decisions and our slippage."));
        slippageChart_->setCurves({});
        decisionsTable_->setRowCount(0);
        return;
    }
    const bool listed = blacklist_.contains(condition.toLower());
    blacklistButton_->setText(listed ? tr("Remove from &blacklist") : tr("&Blacklist"));
    std::vector<std::pair<std::int64_t, std::int64_t>> slips;
    for (const api::MarketDecision& d : decisions_) {
        if (conditionOf_.value(d.asset, d.asset) != condition)
            continue;
        selectedDecisions_.push_back(d);
        if (d.slippageBps)
            slips.emplace_back(d.decisionMs, *d.slippageBps * 1'000'000); // the chart plots micros / 10⁶
    }
    std::reverse(selectedDecisions_.begin(), selectedDecisions_.end()); // newest first
    slippageChart_->setCurves({slips});
    const auto it = std::find_if(rows_.begin(), rows_.end(),
                                 [&](const api::MarketSummary& s) { return s.meta.conditionId == condition; });
    detailLabel_->setText(tr("%1 — %2 decisions, %3 executions with a slippage figure.")
                              .arg(it != rows_.end() && !it->meta.title.isEmpty() ? it->meta.title : condition)
                              .arg(selectedDecisions_.size())
                              .arg(slips.size()));
    const int n = std::min<int>(int(selectedDecisions_.size()), kDetailRows);
    decisionsTable_->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const api::MarketDecision& d = selectedDecisions_[std::size_t(r)];
        decisionsTable_->setItem(r, DTimeCol, tableItem(amount::utcTime(d.decisionMs), tr("Attempt #%1").arg(d.attemptId)));
        decisionsTable_->setItem(r, DWalletCol, tableItem(d.wallet.left(10) + QStringLiteral("…"), d.wallet));
        decisionsTable_->setItem(r, DSideCol, tableItem(d.side));
        decisionsTable_->setItem(r, DDecisionCol,
                                 tableItem(d.execute ? tr("EXECUTE") : tr("SKIP: %1").arg(d.reasons.join(QStringLiteral(", "))),
                                      d.execute ? QString() : ReasonText::tooltipFor(d.reasons)));
        decisionsTable_->setItem(r, DMidCol, tableItem(amount::orDash(d.mid, amount::price), {}, true));
        decisionsTable_->setItem(r, DSpreadCol, tableItem(amount::orDash(d.spread, amount::price), {}, true));
        decisionsTable_->setItem(r, DDepthCol, tableItem(amount::orDash(d.depthInBand, amount::usdc), {}, true));
        decisionsTable_->setItem(r, DSlipCol, tableItem(bpsText(d.slippageBps), {}, true));
    }
    decisionsTable_->resizeColumnsToContents();
    decisionsTable_->setColumnWidth(DDecisionCol, std::min(decisionsTable_->columnWidth(DDecisionCol), 200));
}

} // namespace slip::ui
