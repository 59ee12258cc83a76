#pragma once
// PositionsModel: the open positions of one scope (and wallet) with cost, mark, unrealized and
// realized PnL and share of equity, computed exactly in micros from ReadModels::positions.

#include "api/ReadRows.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace slip::ui {

class PositionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MarketColumn,
        OutcomeColumn,
        SharesColumn,
        AvgCostColumn,
        MarkColumn,
        ValueColumn,
        UnrealizedColumn,
        RealizedColumn,
        ShareColumn,
        ColumnCount
    };
    enum Role { AssetRole = Qt::UserRole + 1, MicrosRole };

    explicit PositionsModel(QObject* parent = nullptr);

    /// Replaces the rows; equity (micros) is the denominator of the share column.
    void setPositions(std::vector<api::PositionRow> rows, std::int64_t equity);
    const std::vector<api::PositionRow>& positions() const { return rows_; }

    /// Average cost per share: cost basis / shares (micros price), 0 without shares.
    static std::int64_t averageCost(const api::PositionRow& p);
    /// Market value at the mark; nullopt without a mark.
    static std::optional<std::int64_t> marketValue(const api::PositionRow& p);
    /// Unrealized PnL: market value − cost basis; nullopt without a mark.
    static std::optional<std::int64_t> unrealized(const api::PositionRow& p);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<api::PositionRow> rows_;
    std::int64_t equity_ = 0;
};

} // namespace slip::ui
