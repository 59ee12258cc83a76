#include "docks/LogDock.h"

#include "log/LogBuffer.h"
#include "models/LogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace slip::ui {

LogDock::LogDock(QWidget* parent) : QDockWidget(tr("Log"), parent)
{
    setObjectName(QStringLiteral("logDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* bar = new QHBoxLayout;
    levelCombo_ = new QComboBox(body);
    levelCombo_->setObjectName(QStringLiteral("logLevelCombo"));
    levelCombo_->setToolTip(tr("Show lines at this level and above. What is logged at all is set with --log-level."));
    levelCombo_->addItem(tr("Trace and up"), 0);
    levelCombo_->addItem(tr("Debug and up"), 1);
    levelCombo_->addItem(tr("Info and up"), 2);
    levelCombo_->addItem(tr("Warnings and errors"), 3);
    levelCombo_->addItem(tr("Errors only"), 4);
    levelCombo_->setCurrentIndex(2);
    searchEdit_ = new QLineEdit(body);
    searchEdit_->setObjectName(QStringLiteral("logSearchEdit"));
    searchEdit_->setPlaceholderText(tr("Search messages and categories"));
    searchEdit_->setClearButtonEnabled(true);
    followCheck_ = new QCheckBox(tr("Follow"), body);
    followCheck_->setObjectName(QStringLiteral("logFollowCheck"));
    followCheck_->setToolTip(tr("Keep the newest line in view."));
    followCheck_->setChecked(true);
    bar->addWidget(levelCombo_);
    bar->addWidget(searchEdit_, 1);
    bar->addWidget(followCheck_);
    layout->addLayout(bar);

    model_ = new LogModel(log::LogBuffer::instance(), this);
    filter_ = new LogFilterModel(this);
    filter_->setSourceModel(model_);
    filter_->setMinimumLevel(2);
    table_ = new QTableView(body);
    table_->setObjectName(QStringLiteral("logTable"));
    table_->setModel(filter_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    table_->setFont(mono);
    layout->addWidget(table_, 1);
    setWidget(body);
    // Focusing the dock (View menu shortcut, Ctrl+Tab between docks) lands in the log table.
    setFocusProxy(table_);

    connect(levelCombo_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setMinimumLevel(levelCombo_->currentData().toInt()); });
    connect(searchEdit_, &QLineEdit::textChanged, filter_, &LogFilterModel::setSearchText);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (followCheck_->isChecked())
            table_->scrollToBottom();
    });
}

} // namespace slip::ui
