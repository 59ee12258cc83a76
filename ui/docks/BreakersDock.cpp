#include "docks/BreakersDock.h"

#include "api/Terminal.h"
#include "models/AmountText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

QString breakerName(const QString& b)
{
    if (b == u"daily")
        return BreakersDock::tr("Daily loss");
    if (b == u"weekly")
        return BreakersDock::tr("Weekly loss");
    return BreakersDock::tr("Drawdown");
}

QString referenceName(const QString& b)
{
    if (b == u"daily")
        return BreakersDock::tr("equity at the start of the UTC day");
    if (b == u"weekly")
        return BreakersDock::tr("equity at Monday 00:00 UTC");
    return BreakersDock::tr("peak equity");
}

QStandardItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

} // namespace

BreakersDock::BreakersDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Breakers"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("breakersDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    model_ = new QStandardItemModel(0, ColumnCount, this);
    const QStringList headers{tr("Scope"),       tr("Wallet"), tr("Breaker"),   tr("State"),
                              tr("Since (UTC)"), tr("Equity"), tr("Reference"), tr("Loss"),
                              tr("Threshold"),   tr("Trips")};
    model_->setHorizontalHeaderLabels(headers);
    const QStringList tips{
        tr("EXEC_GLOBAL: the copy of all wallets together. EXEC_USER: the copy of one wallet "
           "alone."),
        tr("The wallet whose own book this is (empty for the global book)."),
        tr("Daily: loss against the day's start equity. Weekly: against Monday 00:00 UTC. "
           "Drawdown: against the "
           "peak equity. A tripped breaker blocks new BUY copies (CIRCUIT_BREAKER); sells still go "
           "through."),
        tr("Armed, or tripped (latched until re-armed: daily and weekly at their next period, "
           "drawdown only by an "
           "operator reset)."),
        tr("When the breaker last changed: the trip, or the last re-arm."),
        tr("The scope's equity when it tripped (or was re-armed)."),
        tr("The reference the loss is measured against at that moment."),
        tr("(reference − equity) / reference at the trip."),
        tr("The configured limit: it trips when the loss reaches this (0 = off)."),
        tr("How often it has tripped.")};
    for (int c = 0; c < ColumnCount; ++c)
        model_->horizontalHeaderItem(c)->setToolTip(tips[c]);

    table_ = new QTableView(body);
    table_->setObjectName(QStringLiteral("breakersTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);

    auto* bar = new QHBoxLayout;
    summary_ = new QLabel(body);
    summary_->setObjectName(QStringLiteral("breakersSummary"));
    bar->addWidget(summary_, 1);
    resetButton_ = new QPushButton(tr("&Reset…"), body);
    resetButton_->setObjectName(QStringLiteral("resetBreakerButton"));
    resetButton_->setToolTip(
        tr("Re-arm the selected tripped breaker. You will see the figures that tripped it "
           "and be asked to confirm."));
    bar->addWidget(resetButton_);
    layout->addLayout(bar);
    setWidget(body);

    coalesce_ = new QTimer(this);
    coalesce_->setSingleShot(true);
    coalesce_->setInterval(250);
    connect(coalesce_, &QTimer::timeout, this, &BreakersDock::refresh);
    connect(&terminal_, &api::Terminal::breakersChanged, this, &BreakersDock::scheduleRefresh);
    connect(&terminal_, &api::Terminal::walletsChanged, this, &BreakersDock::scheduleRefresh);
    connect(&terminal_, &api::Terminal::configChanged, this, &BreakersDock::scheduleRefresh);
    connect(resetButton_, &QPushButton::clicked, this, &BreakersDock::resetSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BreakersDock::updateButton);
    refresh();
}

void BreakersDock::scheduleRefresh()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    if (!coalesce_->isActive())
        coalesce_->start();
}

void BreakersDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (dirty_)
        refresh();
}

int BreakersDock::selectedRow() const
{
    const QModelIndexList rows =
        table_->selectionModel() ? table_->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? -1 : rows.first().row();
}

void BreakersDock::refresh()
{
    dirty_ = false;
    // Keep the selection on the same breaker across refreshes.
    QString selectedKey;
    if (const int r = selectedRow(); r >= 0 && r < int(states_.size()))
        selectedKey = states_[std::size_t(r)].scope + states_[std::size_t(r)].wallet +
                      states_[std::size_t(r)].breaker;
    auto read = terminal_.breakers();
    model_->removeRows(0, model_->rowCount());
    states_.clear();
    if (!read) {
        summary_->setText(tr("Could not read the breakers: %1").arg(read.error()));
        updateButton();
        return;
    }
    states_ = std::move(read).value();
    int tripped = 0;
    int select = -1;
    for (const api::BreakerState& s : states_) {
        QList<QStandardItem*> row;
        row << cell(s.scope);
        row << cell(s.label.isEmpty() ? s.wallet : s.label, s.wallet);
        row << cell(breakerName(s.breaker), referenceName(s.breaker));
        QString state = s.tripped ? tr("TRIPPED") : tr("armed");
        if (s.tripped && s.resetRequestedMs)
            state = tr("TRIPPED — reset requested");
        auto* stateItem = cell(
            state, s.tripped ? tr("New BUY copies of this scope are blocked (CIRCUIT_BREAKER).")
                             : tr("Watching: trips when the loss reaches the threshold."));
        if (s.tripped) {
            QFont bold = stateItem->font();
            bold.setBold(true);
            stateItem->setFont(bold);
            stateItem->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        row << stateItem;
        const bool any = s.sinceMs > 0;
        row << cell(any ? amount::utcTime(s.sinceMs) : QStringLiteral("—"));
        row << cell(any ? amount::usdc(s.equity) : QStringLiteral("—"));
        row << cell(any ? amount::usdc(s.reference) : QStringLiteral("—"),
                    referenceName(s.breaker));
        row << cell(s.tripped ? amount::percentFromBps(s.lossBps()) : QStringLiteral("—"));
        row << cell(s.thresholdBps > 0 ? amount::percentFromBps(s.thresholdBps) : tr("off"));
        row << cell(QString::number(s.trips));
        for (QStandardItem* item : row)
            item->setData(s.tripped, Qt::UserRole + 1);
        if (s.tripped)
            ++tripped;
        if (!selectedKey.isEmpty() && s.scope + s.wallet + s.breaker == selectedKey)
            select = model_->rowCount();
        model_->appendRow(row);
    }
    if (select >= 0)
        table_->selectRow(select);
    summary_->setText(tripped == 0 ? tr("All breakers armed.")
                                   : tr("%n breaker(s) tripped", nullptr, tripped));
    table_->resizeColumnsToContents();
    updateButton();
}

void BreakersDock::updateButton()
{
    const int r = selectedRow();
    const bool can = r >= 0 && r < int(states_.size()) && states_[std::size_t(r)].tripped &&
                     !states_[std::size_t(r)].resetRequestedMs;
    resetButton_->setEnabled(can);
}

bool BreakersDock::resetSelected()
{
    const int r = selectedRow();
    if (r < 0 || r >= int(states_.size()))
        return false;
    const api::BreakerState s = states_[std::size_t(r)];
    const QString where =
        s.scope == u"EXEC_GLOBAL"
            ? tr("the global book (EXEC_GLOBAL)")
            : tr("%1's own book (EXEC_USER)").arg(s.label.isEmpty() ? s.wallet : s.label);
    QMessageBox box(QMessageBox::Warning, tr("Reset breaker"),
                    tr("Reset the %1 breaker of %2?").arg(breakerName(s.breaker), where),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("resetBreakerDialog"));
    const QString figures =
        tr("It tripped at %1 UTC with equity %2 against a reference of %3 (%4): a loss of %5, "
           "threshold %6.")
            .arg(amount::utcTime(s.sinceMs), amount::usdc(s.equity), amount::usdc(s.reference),
                 referenceName(s.breaker), amount::percentFromBps(s.lossBps()), amount::percentFromBps(s.thresholdBps));
    const QString effect =
        s.breaker == u"drawdown"
            ? tr("The reset re-arms it and sets the peak to the equity at the reset.")
            : tr("The reset re-arms it; the reference stays the period's start equity.");
    box.setInformativeText(figures + QStringLiteral("\n\n") + effect + u' ' +
                           tr("New BUY copies of this scope resume with its next decision."));
    auto* reset = box.addButton(tr("Reset"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("confirmResetButton"));
    auto* keep = box.addButton(tr("Keep tripped"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != reset)
        return false;
    if (Status st = terminal_.resetBreaker(s.scope, s.wallet, s.breaker); !st) {
        summary_->setText(st.error());
        Q_EMIT failed(st.error());
        return false;
    }
    summary_->setText(tr("Reset of the %1 breaker requested; the engine applies it before the "
                         "scope's next decision.")
                          .arg(breakerName(s.breaker)));
    return true;
}

} // namespace slip::ui
