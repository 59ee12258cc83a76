#pragma once
// WalletsModel: the followed wallets as a table (label, address, mode, enabled, added), fed by
// api::Terminal. The label is editable and the enabled column checkable; edits go through
// the façade and show up once they are durable.

#include <QAbstractTableModel>

#include <vector>

#include "api/WalletInfo.h"

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class WalletsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, AddressColumn, ModeColumn, EnabledColumn, AddedColumn, ColumnCount };
    enum Role { AddressRole = Qt::UserRole + 1 };

    explicit WalletsModel(api::Terminal& terminal, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused by the façade (bad label, wallet gone).
    void editRejected(const QString& message);

private:
    void reload();
    api::Terminal& terminal_;
    std::vector<api::WalletInfo> rows_;
};

} // namespace slip::ui
