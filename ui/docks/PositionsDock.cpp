#include "docks/PositionsDock.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/PositionsModel.h"
#include "models/ScopeChoice.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
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
    closeAction_ = new QAction(tr("&Close position…"), this);
    closeAction_->setObjectName(QStringLiteral("closePositionAction"));
    closeAction_->setToolTip(tr("Sell every share of the selected position on paper, against the latest order book "
                                "(down to the mid minus the max chase). Not available for shadow books or while the "
                                "kill switch is engaged."));
    closeButton_ = new QPushButton(tr("Close position…"), body);
    closeButton_->setObjectName(QStringLiteral("closePositionButton"));
    closeButton_->setToolTip(closeAction_->toolTip());
    bar->addWidget(closeButton_); // beside the scope choice: the dock keeps its height
    layout->addWidget(summary_);
    setWidget(body);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    table_->addAction(closeAction_);
    connect(closeAction_, &QAction::triggered, this, &PositionsDock::closeSelected);
    connect(closeButton_, &QPushButton::clicked, this, &PositionsDock::closeSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PositionsDock::updateCloseAction);
    connect(&terminal_, &api::Terminal::controlsChanged, this, &PositionsDock::updateCloseAction);

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
    updateCloseAction();
}

const api::PositionRow* PositionsDock::selectedPosition() const
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(table_->model());
    const int row = proxy->mapToSource(rows.first()).row();
    if (row < 0 || row >= int(model_->positions().size()))
        return nullptr;
    return &model_->positions()[std::size_t(row)];
}

void PositionsDock::updateCloseAction()
{
    const api::PositionRow* p = selectedPosition();
    const bool executable = choice_->scope() != u"SHADOW";
    const bool killed = terminal_.controls().killSwitch;
    const bool can = p && executable && p->shares > 0 && !killed;
    closeAction_->setEnabled(can);
    closeButton_->setEnabled(can);
    QString why;
    if (!executable)
        why = tr("A shadow book is what the followed wallet holds; it cannot be closed.");
    else if (killed)
        why = tr("The kill switch is engaged: no orders of any kind, closes included.");
    else if (!p)
        why = tr("Select a position to close.");
    closeButton_->setToolTip(why.isEmpty() ? closeAction_->toolTip() : why);
}

bool PositionsDock::closeSelected()
{
    const api::PositionRow* selected = selectedPosition();
    if (!selected || choice_->scope() == u"SHADOW")
        return false;
    const api::PositionRow p = *selected;
    const QString scope = choice_->scope();
    // EXEC_GLOBAL rows are lots summed per asset unless a wallet is chosen: closing one closes
    // every wallet's lot of that asset.
    const QString wallet = choice_->wallet();
    const QString market = p.title.isEmpty() ? p.asset : p.title;
    QMessageBox box(QMessageBox::Question, tr("Close position"),
                    tr("Sell all %1 shares of %2%3?")
                        .arg(amount::shares(p.shares), market,
                             p.outcome.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.outcome)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closePositionDialog"));
    QString details;
    if (auto value = PositionsModel::marketValue(p)) {
        details = tr("Mark %1 · estimated proceeds %2 before fees (cost basis %3, estimated PnL %4).")
                      .arg(amount::price(*p.mark), amount::usdc(*value), amount::usdc(p.costBasis),
                           amount::signedUsdc(*value - p.costBasis));
    } else {
        details = tr("No mark yet: the proceeds depend on the order book at the close (cost basis %1).")
                      .arg(amount::usdc(p.costBasis));
    }
    const QString whose = scope == u"EXEC_GLOBAL"
                              ? (wallet.isEmpty() ? tr("Global book: every wallet's lot of this asset is sold.")
                                                  : tr("Global book: only this wallet's lot is sold."))
                              : tr("This wallet's own book.");
    box.setInformativeText(details + QStringLiteral("\n\n") + whose + u' '
                           + tr("Paper: the sale walks the latest order book's bids down to the mid minus the max "
                                "chase; what the book cannot take stays open."));
    auto* confirm = box.addButton(tr("Close position"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmCloseButton"));
    auto* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return false;
    if (Status s = terminal_.closePosition(scope, wallet, p.asset); !s) {
        summary_->setText(s.error());
        Q_EMIT failed(s.error());
        return false;
    }
    summary_->setText(tr("Close of %1 sent to the engine.").arg(market));
    return true;
}

} // namespace slip::ui
