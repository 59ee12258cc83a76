#include "models/WalletsModel.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace slip::ui {

WalletsModel::WalletsModel(api::Terminal& terminal, QObject* parent)
    : QAbstractTableModel(parent), terminal_(terminal)
{
    rows_ = terminal_.wallets();
    connect(&terminal_, &api::Terminal::walletsChanged, this, &WalletsModel::reload);
    metricsTimer_.setSingleShot(true);
    metricsTimer_.setInterval(1000);
    connect(&metricsTimer_, &QTimer::timeout, this, &WalletsModel::refreshMetrics);
    // Stored attempts and snapshots move the figures; a burst of them is read once.
    auto schedule = [this] {
        if (!metricsTimer_.isActive())
            metricsTimer_.start();
    };
    connect(&terminal_, &api::Terminal::attemptsStored, this, schedule);
    connect(&terminal_, &api::Terminal::portfolioChanged, this, schedule);
    refreshMetrics();
}

void WalletsModel::reload()
{
    beginResetModel();
    rows_ = terminal_.wallets();
    endResetModel();
    refreshMetrics();
}

void WalletsModel::refreshMetrics()
{
    auto read = terminal_.readModels().walletMetrics();
    if (!read)
        return;
    metrics_.clear();
    for (const api::WalletMetrics& m : *read)
        metrics_.insert(m.wallet, m);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, ShadowPnlColumn), index(int(rows_.size()) - 1, LastTradeColumn));
}

QVariant WalletsModel::metricData(const api::WalletMetrics& m, int column, int role) const
{
    const std::optional<std::int64_t> gap =
        m.shadowPnl && m.executablePnl ? std::optional<std::int64_t>(*m.shadowPnl - *m.executablePnl) : std::nullopt;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ShadowPnlColumn:
            return tr("Shadow PnL: what the wallet's own trades made at its prices and sizes, tracked from when "
                      "you followed it (latest per-minute snapshot).");
        case ExecutablePnlColumn:
            return tr("Executable PnL: what our copies of this wallet made in its own book (EXEC_USER), after "
                      "fees and slippage: equity minus the wallet's bankroll.");
        case TrackingGapColumn:
            return tr("Tracking gap: shadow PnL minus executable PnL. Positive means the wallet did better than "
                      "our copy of it (skips, slippage, fees, size limits).");
        case AttemptsColumn:
            return tr("Copy attempts decided for this wallet's own book (EXEC_USER), executed or skipped.");
        case FillRateColumn:
            return tr("Executed attempts as a share of all attempts; partial fills count as executed.");
        case LastTradeColumn:
            return tr("When the wallet's newest trade was detected (UTC).");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ShadowPnlColumn: return amount::orDash(m.shadowPnl, &amount::signedUsdc);
    case ExecutablePnlColumn: return amount::orDash(m.executablePnl, &amount::signedUsdc);
    case TrackingGapColumn: return amount::orDash(gap, &amount::signedUsdc);
    case AttemptsColumn: return QLocale().toString(qint64(m.attempts));
    case FillRateColumn:
        return m.attempts > 0 ? amount::percentFromBps(m.executes * 10'000 / m.attempts) : QStringLiteral("—");
    case LastTradeColumn: return m.lastTradeMs > 0 ? amount::utcTime(m.lastTradeMs) : QStringLiteral("—");
    default: return {};
    }
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
    case ShadowPnlColumn:
    case ExecutablePnlColumn:
    case TrackingGapColumn:
    case AttemptsColumn:
    case FillRateColumn:
    case LastTradeColumn:
        if (auto it = metrics_.constFind(w.address); it != metrics_.constEnd())
            return metricData(*it, index.column(), role);
        return metricData(api::WalletMetrics(), index.column(), role);
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
    case ShadowPnlColumn: return tr("Shadow PnL");
    case ExecutablePnlColumn: return tr("Executable PnL");
    case TrackingGapColumn: return tr("Tracking gap");
    case AttemptsColumn: return tr("Attempts");
    case FillRateColumn: return tr("Fill rate");
    case LastTradeColumn: return tr("Last trade (UTC)");
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
