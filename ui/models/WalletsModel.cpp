#include "models/WalletsModel.h"

#include "api/Terminal.h"

#include <QDateTime>
#include <QFont>

namespace slip::ui {

WalletsModel::WalletsModel(api::Terminal& terminal, QObject* parent)
    : QAbstractTableModel(parent), terminal_(terminal)
{
    rows_ = terminal_.wallets();
    connect(&terminal_, &api::Terminal::walletsChanged, this, &WalletsModel::reload);
}

void WalletsModel::reload()
{
    beginResetModel();
    rows_ = terminal_.wallets();
    endResetModel();
}

int WalletsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int WalletsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const auto& w = rows_[size_t(index.row())];
    if (role == AddressRole)
        return w.address;
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w.label;
        if (role == Qt::ToolTipRole)
            return tr("Your name for this wallet. Double-click to edit.");
        break;
    case AddressColumn:
        if (role == Qt::DisplayRole)
            return w.address;
        if (role == Qt::ToolTipRole)
            return tr("The followed proxy wallet (Polymarket profile address).");
        if (role == Qt::FontRole) {
            QFont f(QStringLiteral("monospace"));
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        break;
    case ModeColumn:
        if (role == Qt::DisplayRole)
            return w.mode == u"live" ? tr("Live") : tr("Paper");
        if (role == Qt::ToolTipRole)
            return tr("Paper: copies are simulated against the real order book. Live: real orders.");
        break;
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return w.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return w.enabled ? tr("Copying") : tr("Disabled");
        if (role == Qt::ToolTipRole)
            return tr("When disabled, this wallet's trades are still tracked but never copied "
                      "(reason WALLET_DISABLED).");
        break;
    case AddedColumn:
        if (role == Qt::DisplayRole)
            return QDateTime::fromMSecsSinceEpoch(w.addedMs, Qt::UTC).toString(Qt::ISODate);
        break;
    default:
        break;
    }
    return {};
}

QVariant WalletsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Label");
    case AddressColumn: return tr("Address");
    case ModeColumn: return tr("Mode");
    case EnabledColumn: return tr("Enabled");
    case AddedColumn: return tr("Added (UTC)");
    default: return {};
    }
}

Qt::ItemFlags WalletsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool WalletsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return false;
    const QString address = rows_[size_t(index.row())].address;
    Status s;
    if (index.column() == LabelColumn && role == Qt::EditRole)
        s = terminal_.setWalletLabel(address, value.toString());
    else if (index.column() == EnabledColumn && role == Qt::CheckStateRole)
        s = terminal_.setWalletEnabled(address, value.toInt() == Qt::Checked);
    else
        return false;
    if (!s) {
        Q_EMIT editRejected(s.error());
        return false;
    }
    return true; // the row updates when the façade reports the change as stored
}

} // namespace slip::ui
