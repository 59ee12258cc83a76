#include "docks/SystemDock.h"

#include "api/Terminal.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace slip::ui {
namespace {
QLabel* selectableLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

SystemDock::SystemDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("System"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("systemDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* form = new QFormLayout;
    dataDirLabel_ = selectableLabel(body, "dataDirLabel");
    dbPathLabel_ = selectableLabel(body, "databasePathLabel");
    logPathLabel_ = selectableLabel(body, "logPathLabel");
    schemaLabel_ = selectableLabel(body, "schemaVersionLabel");
    sizeLabel_ = selectableLabel(body, "databaseSizeLabel");
    writerLabel_ = selectableLabel(body, "writerLabel");
    form->addRow(tr("Data directory:"), dataDirLabel_);
    form->addRow(tr("Database:"), dbPathLabel_);
    form->addRow(tr("Log file:"), logPathLabel_);
    form->addRow(tr("Schema version:"), schemaLabel_);
    form->addRow(tr("Size on disk:"), sizeLabel_);
    form->addRow(tr("Writer:"), writerLabel_);
    writerLabel_->setToolTip(tr("Batches the single database writer has committed, failed, and still "
                                "has queued."));
    layout->addLayout(form);
    counts_ = new QTableWidget(0, 2, body);
    counts_->setObjectName(QStringLiteral("rowCountsTable"));
    counts_->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    counts_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    counts_->horizontalHeader()->setStretchLastSection(true);
    counts_->verticalHeader()->hide();
    counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(counts_, 1);
    setWidget(body);

    // Sizes and counts change with every write; a slow refresh while visible is enough and cheap
    // (count(*) over indexed tables), and wallet changes refresh at once.
    timer_ = new QTimer(this);
    timer_->setInterval(5000);
    connect(timer_, &QTimer::timeout, this, &SystemDock::refresh);
    connect(&terminal_, &api::Terminal::walletsChanged, this, &SystemDock::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            timer_->start();
        else
            timer_->stop();
    });
    refresh();
}

void SystemDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void SystemDock::refresh()
{
    const auto info = terminal_.systemInfo();
    const QLocale locale;
    dataDirLabel_->setText(info.dataDirectory);
    dbPathLabel_->setText(info.databasePath);
    logPathLabel_->setText(info.logFilePath.isEmpty() ? tr("(stderr only)") : info.logFilePath);
    schemaLabel_->setText(QString::number(info.schemaVersion));
    sizeLabel_->setText(locale.formattedDataSize(info.databaseBytes));
    writerLabel_->setText(tr("%1 committed, %2 failed, %3 queued")
                              .arg(info.batchesCommitted)
                              .arg(info.batchesFailed)
                              .arg(info.writeQueueDepth) +
                          (info.lastWriteError.isEmpty() ? QString()
                                                         : tr(" — last error: %1").arg(info.lastWriteError)));
    counts_->setRowCount(int(info.rowCounts.size()));
    int row = 0;
    for (const auto& [table, rows] : info.rowCounts) {
        counts_->setItem(row, 0, new QTableWidgetItem(table));
        auto* n = new QTableWidgetItem(locale.toString(rows));
        n->setData(Qt::UserRole, rows);
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        counts_->setItem(row, 1, n);
        ++row;
    }
}

} // namespace slip::ui
