#include "models/PositionsModel.h"

#include "domain/Micros.h"
#include "models/AmountText.h"

namespace slip::ui {

PositionsModel::PositionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PositionsModel::setPositions(std::vector<api::PositionRow> rows, std::int64_t equity)
{
    beginResetModel();
    rows_ = std::move(rows);
    equity_ = equity;
    endResetModel();
}

std::int64_t PositionsModel::averageCost(const api::PositionRow& p)
{
    return p.shares > 0 ? mulDiv(p.costBasis, Micros::kScale, p.shares) : 0;
}

std::optional<std::int64_t> PositionsModel::marketValue(const api::PositionRow& p)
{
    if (!p.mark)
        return std::nullopt;
    return notional(Micros(*p.mark), Micros(p.shares)).raw();
}

std::optional<std::int64_t> PositionsModel::unrealized(const api::PositionRow& p)
{
    const auto value = marketValue(p);
    if (!value)
        return std::nullopt;
    return *value - p.costBasis;
}

int PositionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int PositionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const api::PositionRow& p = rows_[std::size_t(index.row())];
    const int c = index.column();
    if (role == AssetRole)
        return p.asset;
    // Exact values for tests and sorting, without parsing display text.
    if (role == MicrosRole) {
        switch (c) {
        case SharesColumn: return qint64(p.shares);
        case AvgCostColumn: return qint64(averageCost(p));
        case MarkColumn: return p.mark ? QVariant(qint64(*p.mark)) : QVariant();
        case ValueColumn: { const auto v = marketValue(p); return v ? QVariant(qint64(*v)) : QVariant(); }
        case UnrealizedColumn: { const auto v = unrealized(p); return v ? QVariant(qint64(*v)) : QVariant(); }
        case RealizedColumn: return qint64(p.realized);
        case ShareColumn: return qint64(marketValue(p).value_or(p.costBasis));
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return c >= SharesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (c == MarketColumn)
            return tr("%1\nAsset %2\nCondition %3")
                .arg(p.title.isEmpty() ? tr("Unknown market") : p.title, p.asset,
                     p.conditionId.isEmpty() ? tr("unknown") : p.conditionId);
        if (c == MarkColumn)
            return p.markMs ? tr("Midpoint at %1 UTC").arg(amount::utcTime(*p.markMs))
                            : tr("No mark yet: unrealized PnL is unknown.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case MarketColumn: return p.title.isEmpty() ? p.asset : p.title;
    case OutcomeColumn: return p.outcome;
    case SharesColumn: return amount::shares(p.shares);
    case AvgCostColumn: return amount::price(averageCost(p));
    case MarkColumn: return amount::orDash(p.mark, amount::price);
    case ValueColumn: return amount::orDash(marketValue(p), amount::usdc);
    case UnrealizedColumn: return amount::orDash(unrealized(p), amount::signedUsdc);
    case RealizedColumn: return amount::signedUsdc(p.realized);
    case ShareColumn: {
        const auto v = marketValue(p).value_or(p.costBasis);
        if (equity_ <= 0)
            return QStringLiteral("—");
        return amount::percentFromBps(mulDiv(v, 10'000, equity_));
    }
    default: return {};
    }
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SharesColumn: return tr("Shares held in this scope.");
        case AvgCostColumn: return tr("Average cost per share: cost basis divided by shares (fees included).");
        case MarkColumn: return tr("Latest mark: the order book midpoint (fallback: last trade price).");
        case ValueColumn: return tr("Shares times mark, in USDC.");
        case UnrealizedColumn: return tr("Market value minus cost basis: the profit if sold at the mark.");
        case RealizedColumn: return tr("Profit already locked in by selling, merging or settlement of this asset.");
        case ShareColumn: return tr("Market value (cost basis without a mark) as a share of the scope's equity.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MarketColumn: return tr("Market");
    case OutcomeColumn: return tr("Outcome");
    case SharesColumn: return tr("Shares");
    case AvgCostColumn: return tr("Avg cost");
    case MarkColumn: return tr("Mark");
    case ValueColumn: return tr("Value");
    case UnrealizedColumn: return tr("Unrealized");
    case RealizedColumn: return tr("Realized");
    case ShareColumn: return tr("Of equity");
    default: return {};
    }
}

} // namespace slip::ui
