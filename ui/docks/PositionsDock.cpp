#include "docks/PositionsDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/PositionsModel.h"
#include "models/ScopeChoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace slip::ui {

PositionsDock::PositionsDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Positions"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("positionsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    choice_ = new ScopeChoice(terminal_, body, QStringLiteral("positions"), true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(choice_->scopeCombo());
    bar->addWidget(choice_->walletCombo());
    bar->addStretch(1);
    layout->addLayout(bar);

    model_ = new PositionsModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model_);
    sorted->setSortRole(PositionsModel::MicrosRole);
    table_ = new QTableView(body);
    table_->setObjectName(QStringLiteral("positionsTable"));
    table_->setModel(sorted);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder); // store order (by asset) until a header is clicked
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(PositionsModel::MarketColumn, QHeaderView::Stretch);
    layout->addWidget(table_, 1);
    summary_ = new QLabel(body);
    summary_->setObjectName(QStringLiteral("positionsSummary"));
    summary_->setToolTip(tr("Equity = cash + market value of the positions at their marks."));
    layout->addWidget(summary_);
    setWidget(body);

    // Portfolio changes come in bursts (one per stored batch); one read per burst is enough.
    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(250);
    connect(coalesce_, &QTimer::timeout, this, &PositionsDock::refresh);
    connect(&terminal_, &api::Terminal::portfolioChanged, this, &PositionsDock::scheduleRefresh);
    connect(choice_, &ScopeChoice::changed, this, &PositionsDock::refresh);
    refresh();
}

void PositionsDock::scheduleRefresh()
{
    if (!isVisible()) {
        dirty_ = true; // read when shown again
        return;
    }
    // Throttle rather than debounce: under a steady stream of notifications a restarted timer
    // would never fire.
    if (!coalesce_->isActive())
        coalesce_->start();
}

void PositionsDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (dirty_)
        refresh();
}

void PositionsDock::refresh()
{
    dirty_ = false;
    const QString scope = choice_->scope();
    const QString wallet = choice_->wallet();
    auto rows = terminal_.readModels().positions(scope, wallet);
    if (!rows) {
        model_->setPositions({}, 0);
        summary_->setText(tr("Could not read positions: %1").arg(rows.error()));
        return;
    }
    std::int64_t equity = 0;
    QString headline;
    auto pnl = terminal_.readModels().pnl(scope, wallet, ScopeChoice::dataNowMs(terminal_, scope, wallet));
    if (pnl && pnl->asOfMs > 0) {
        equity = pnl->equity;
        headline = tr("Equity %1 · cash %2 · realized %3 · unrealized %4")
                       .arg(amount::usdc(pnl->equity), amount::usdc(pnl->cash), amount::signedUsdc(pnl->realized),
                            amount::signedUsdc(pnl->unrealized));
    }
    const int n = int(rows->size());
    model_->setPositions(std::move(rows).value(), equity);
    summary_->setText(tr("%n open position(s)", nullptr, n) + (headline.isEmpty() ? QString() : QStringLiteral(" · ") + headline));
}

} // namespace slip::ui
