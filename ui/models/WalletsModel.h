#pragma once
// WalletsModel: the followed wallets as a table (label, address, mode, enabled, shadow and
// executable PnL, tracking gap, attempts, fill rate, last trade, added), fed by api::Terminal.
// The label is editable and the enabled column checkable; edits go through the façade and show
// up once they are durable. The figures follow the engine's stored attempts and snapshots,
// re-read at most once a second.

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <vector>

#include "api/ReadRows.h"
#include "api/WalletInfo.h"

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class WalletsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        AddressColumn,
        ModeColumn,
        EnabledColumn,
        ShadowPnlColumn,
        ExecutablePnlColumn,
        TrackingGapColumn,
        AttemptsColumn,
        FillRateColumn,
        LastTradeColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role { AddressRole = Qt::UserRole + 1 };

    explicit WalletsModel(api::Terminal& terminal, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Re-reads the per-wallet figures now.
    void refreshMetrics();

Q_SIGNALS:
    /// An edit was refused by the façade (bad label, wallet gone).
    void editRejected(const QString& message);

private:
    void reload();
    QVariant metricData(const api::WalletMetrics& m, int column, int role) const;
    api::Terminal& terminal_;
    std::vector<api::WalletInfo> rows_;
    QHash<QString, api::WalletMetrics> metrics_;
    QTimer metricsTimer_;
};

} // namespace slip::ui
