#include "docks/WalletsDock.h"

#include "dialogs/LiveModeDialog.h"

#include "api/Terminal.h"
#include "models/WalletsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace slip::ui {

WalletsDock::WalletsDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Wallets"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("walletsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* form = new QHBoxLayout;
    addressEdit_ = new QLineEdit(body);
    addressEdit_->setObjectName(QStringLiteral("walletAddressEdit"));
    addressEdit_->setPlaceholderText(tr("Wallet address (0x…)"));
    addressEdit_->setToolTip(tr("The Polymarket proxy wallet to follow: 0x followed by 40 hex digits. "
                                "Mixed case must carry a valid EIP-55 checksum."));
    addressEdit_->setClearButtonEnabled(true);
    labelEdit_ = new QLineEdit(body);
    labelEdit_->setObjectName(QStringLiteral("walletLabelEdit"));
    labelEdit_->setPlaceholderText(tr("Label (optional)"));
    labelEdit_->setMaxLength(64);
    addButton_ = new QPushButton(tr("&Follow"), body);
    addButton_->setObjectName(QStringLiteral("addWalletButton"));
    addButton_->setToolTip(tr("Start following this wallet (paper mode, enabled)."));
    form->addWidget(addressEdit_, 3);
    form->addWidget(labelEdit_, 1);
    form->addWidget(addButton_);
    layout->addLayout(form);

    errorLabel_ = new QLabel(body);
    errorLabel_->setObjectName(QStringLiteral("walletErrorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral("color: #d33;"));
    errorLabel_->hide();
    layout->addWidget(errorLabel_);

    model_ = new WalletsModel(terminal_, this);
    table_ = new QTableView(body);
    table_->setObjectName(QStringLiteral("walletsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(WalletsModel::AddressColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(WalletsModel::ModeColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(WalletsModel::EnabledColumn, QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(table_, 1);

    auto* actions = new QHBoxLayout;
    toggleButton_ = new QPushButton(tr("&Disable"), body);
    toggleButton_->setObjectName(QStringLiteral("toggleWalletButton"));
    removeButton_ = new QPushButton(tr("&Unfollow…"), body);
    removeButton_->setObjectName(QStringLiteral("removeWalletButton"));
    liveButton_ = new QPushButton(tr("&Live…"), body);
    liveButton_->setObjectName(QStringLiteral("walletLiveButton"));
    liveButton_->setToolTip(tr("Switch the selected wallet from paper to live trading: needs the unlocked trading key, "
                               "venue API credentials and a typed confirmation. Live order submission is not "
                               "available in this build, so the dialog runs the checks and switches nothing."));
    detailButton_ = new QPushButton(tr("De&tails"), body);
    detailButton_->setObjectName(QStringLiteral("walletDetailButton"));
    detailButton_->setToolTip(tr("Open the selected wallet in Wallet detail (or double-click its row, or press Enter)."));
    overridesButton_ = new QPushButton(tr("&Overrides…"), body);
    overridesButton_->setObjectName(QStringLiteral("walletOverridesButton"));
    overridesButton_->setToolTip(tr("Edit the selected wallet's configuration overrides in Config."));
    actions->addWidget(detailButton_);
    actions->addWidget(overridesButton_);
    actions->addWidget(liveButton_);
    actions->addStretch(1);
    actions->addWidget(toggleButton_);
    actions->addWidget(removeButton_);
    layout->addLayout(actions);
    setWidget(body);

    connect(addButton_, &QPushButton::clicked, this, &WalletsDock::addWallet);
    connect(addressEdit_, &QLineEdit::returnPressed, this, &WalletsDock::addWallet);
    connect(labelEdit_, &QLineEdit::returnPressed, this, &WalletsDock::addWallet);
    connect(removeButton_, &QPushButton::clicked, this, &WalletsDock::removeSelected);
    connect(toggleButton_, &QPushButton::clicked, this, &WalletsDock::toggleSelected);
    connect(liveButton_, &QPushButton::clicked, this, &WalletsDock::openLiveDialog);
    connect(detailButton_, &QPushButton::clicked, this, [this] {
        if (const QString a = selectedAddress(); !a.isEmpty())
            Q_EMIT walletActivated(a);
    });
    connect(overridesButton_, &QPushButton::clicked, this, [this] {
        if (const QString a = selectedAddress(); !a.isEmpty())
            Q_EMIT overridesRequested(a);
    });
    // The label is edited by double-click; anywhere else on the row opens the wallet.
    connect(table_, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.column() != WalletsModel::LabelColumn)
            Q_EMIT walletActivated(index.data(WalletsModel::AddressRole).toString());
    });
    connect(model_, &WalletsModel::editRejected, this, &WalletsDock::showError);
    connect(model_, &QAbstractItemModel::modelReset, this, &WalletsDock::updateButtons);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WalletsDock::updateButtons);
    connect(&terminal_, &api::Terminal::operationFailed, this, &WalletsDock::showError);
    updateButtons();
}

void WalletsDock::showError(const QString& message)
{
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

void WalletsDock::addWallet()
{
    auto r = terminal_.addWallet(addressEdit_->text(), labelEdit_->text());
    if (!r) {
        showError(r.error());
        addressEdit_->setFocus();
        addressEdit_->selectAll();
        return;
    }
    showError({});
    addressEdit_->clear();
    labelEdit_->clear();
}

QString WalletsDock::selectedAddress() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(WalletsModel::AddressRole).toString();
}

void WalletsDock::removeSelected()
{
    const QString address = selectedAddress();
    if (address.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Unfollow wallet"),
        tr("Stop following %1?\n\nIts recorded trades, attempts and ledger stay in the database.").arg(address));
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = terminal_.removeWallet(address); !s)
        showError(s.error());
}

void WalletsDock::openLiveDialog()
{
    const QString address = selectedAddress();
    if (address.isEmpty())
        return;
    LiveModeDialog dialog(terminal_, address, this);
    dialog.exec();
}

void WalletsDock::toggleSelected()
{
    const QString address = selectedAddress();
    for (const auto& w : terminal_.wallets()) {
        if (w.address == address) {
            if (auto s = terminal_.setWalletEnabled(address, !w.enabled); !s)
                showError(s.error());
            return;
        }
    }
}

void WalletsDock::updateButtons()
{
    const QString address = selectedAddress();
    bool enabled = true;
    for (const auto& w : terminal_.wallets()) {
        if (w.address == address)
            enabled = w.enabled;
    }
    removeButton_->setEnabled(!address.isEmpty());
    toggleButton_->setEnabled(!address.isEmpty());
    liveButton_->setEnabled(!address.isEmpty());
    detailButton_->setEnabled(!address.isEmpty());
    overridesButton_->setEnabled(!address.isEmpty());
    toggleButton_->setText(enabled ? tr("&Disable") : tr("&Enable"));
}

} // namespace slip::ui
