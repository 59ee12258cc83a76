#include "models/AttemptsModel.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"
#include "models/AmountText.h"
#include "models/ReasonText.h"

#include <QFont>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>

namespace slip::ui {
namespace {

QString shortId(const QString& id)
{
    // Token ids are 70+ digit numbers and addresses 42 characters; the head and tail are enough
    // to tell them apart at a glance, the tooltip has the whole id.
    return id.size() > 14 ? id.left(6) + u'…' + id.right(4) : id;
}

QVariant rightAligned()
{
    return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

AttemptsModel::AttemptsModel(api::Terminal& terminal, QObject* parent)
    : QAbstractTableModel(parent), terminal_(terminal)
{
    refreshWalletLabels();
    connect(&terminal_, &api::Terminal::attemptsStored, this, &AttemptsModel::appendStored);
    connect(&terminal_, &api::Terminal::walletsChanged, this, [this] {
        refreshWalletLabels();
        if (!rows_.empty())
            Q_EMIT dataChanged(index(0, WalletColumn), index(rowCount() - 1, WalletColumn));
    });
    reload();
}

void AttemptsModel::refreshWalletLabels()
{
    walletLabels_.clear();
    for (const auto& w : terminal_.wallets()) {
        if (!w.label.isEmpty())
            walletLabels_.insert(w.address, w.label);
    }
}

void AttemptsModel::setFilter(const api::AttemptFilter& filter)
{
    filter_ = filter;
    filter_.beforeId.reset();
    reload();
}

void AttemptsModel::setPageSize(int rows)
{
    pageSize_ = std::max(1, rows);
}

void AttemptsModel::setError(const QString& message)
{
    if (message == lastError_)
        return;
    lastError_ = message;
    Q_EMIT statusChanged();
}

void AttemptsModel::reload()
{
    beginResetModel();
    rows_.clear();
    exhausted_ = false;
    total_ = 0;
    QString error;
    auto count = terminal_.readModels().countAttempts(filter_);
    if (count)
        total_ = *count;
    else
        error = count.error();
    // The first page comes with the reset so the view is never empty while data exists (and no
    // rows are inserted while views still handle the reset); further pages arrive as the view
    // scrolls (fetchMore).
    auto page = nextPage();
    if (page)
        rows_ = std::move(page).value();
    else if (error.isEmpty())
        error = page.error();
    endResetModel();
    lastError_ = error;
    Q_EMIT statusChanged();
}

Result<std::vector<api::AttemptRow>> AttemptsModel::nextPage()
{
    api::AttemptFilter page = filter_;
    page.limit = pageSize_;
    if (!rows_.empty())
        page.beforeId = rows_.back().id;
    auto result = terminal_.readModels().attempts(page);
    // Stop asking after an error: a failing query would otherwise be retried on every scroll.
    if (!result || int(result->size()) < pageSize_)
        exhausted_ = true;
    return result;
}

bool AttemptsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !exhausted_;
}

void AttemptsModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || exhausted_)
        return;
    auto result = nextPage();
    if (!result) {
        setError(result.error());
        return;
    }
    setError({});
    const auto& got = *result;
    if (got.empty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(got.size()) - 1);
    rows_.insert(rows_.end(), got.begin(), got.end());
    endInsertRows();
    Q_EMIT statusChanged();
}

bool AttemptsModel::matches(const api::AttemptRow& r) const
{
    const auto& a = r.attempt;
    if (!filter_.scope.isEmpty() && a.scope != filter_.scope)
        return false;
    if (!filter_.wallet.isEmpty() && a.wallet != filter_.wallet)
        return false;
    if (!filter_.asset.isEmpty() && a.asset != filter_.asset)
        return false;
    if (!filter_.decision.isEmpty() && (a.execute ? u"EXECUTE" : u"SKIP") != filter_.decision)
        return false;
    if (!filter_.reason.isEmpty() && !a.reasons.contains(filter_.reason))
        return false;
    if (filter_.fromMs && a.decisionMs < *filter_.fromMs)
        return false;
    if (filter_.toMs && a.decisionMs >= *filter_.toMs)
        return false;
    return true;
}

void AttemptsModel::appendStored(const std::vector<api::AttemptRow>& stored)
{
    if (stored.empty())
        return;
    const std::int64_t newest = rows_.empty() ? 0 : rows_.front().id;
    std::vector<api::AttemptRow> fresh;
    if (!filter_.condition.isEmpty()) {
        // The market filter needs the asset → condition mapping that only the store has: ask
        // for at most as many rows as were just stored and keep the ones not yet shown.
        api::AttemptFilter f = filter_;
        f.beforeId.reset();
        f.limit = int(stored.size());
        auto result = terminal_.readModels().attempts(f);
        if (!result) {
            setError(result.error());
            return;
        }
        for (auto it = result->rbegin(); it != result->rend(); ++it) {
            if (it->id > newest)
                fresh.push_back(*it);
        }
    } else {
        for (const auto& r : stored) {
            if (r.id > newest && matches(r))
                fresh.push_back(r);
        }
    }
    if (fresh.empty())
        return;
    total_ += std::int64_t(fresh.size());
    // `fresh` is oldest first; the table is newest first.
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    rows_.insert(rows_.begin(), fresh.rbegin(), fresh.rend());
    endInsertRows();
    Q_EMIT statusChanged();
}

int AttemptsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int AttemptsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const api::AttemptRow& r = rows_[std::size_t(index.row())];
    const CopyAttempt& a = r.attempt;
    switch (role) {
    case IdRole: return qint64(r.id);
    case AssetRole: return a.asset;
    case WalletRole: return a.wallet;
    case ReasonsRole: return a.reasons;
    default: break;
    }
    const int c = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (c == TheirNotionalColumn || c == TheirVwapColumn || c == TargetColumn || c == FilledColumn ||
            c == VwapColumn || c == FeeColumn)
            return rightAligned();
        return {};
    }
    if (role == Qt::ForegroundRole && c == DecisionColumn) {
        // Palette roles keep both light and dark themes readable.
        const QPalette p = QGuiApplication::palette();
        return a.execute ? p.brush(QPalette::Link) : p.brush(QPalette::PlaceholderText);
    }
    if (role == Qt::FontRole && (c == AssetColumn || c == WalletColumn)) {
        // Built once: data() runs for every visible cell on every scroll step.
        static const QFont mono = [] {
            QFont f(QStringLiteral("monospace"));
            f.setStyleHint(QFont::Monospace);
            return f;
        }();
        return mono;
    }
    if (role == Qt::ToolTipRole) {
        switch (c) {
        case WalletColumn: return a.wallet;
        case AssetColumn: return tr("Asset (token id) %1").arg(a.asset);
        case TheirNotionalColumn:
            return tr("What the followed wallet traded in this group: %1 shares for %2 USDC.")
                .arg(amount::shares(a.theirShares), amount::usdc(a.theirNotional));
        case TheirVwapColumn: return tr("The followed wallet's volume-weighted average price in this group.");
        case TargetColumn:
            return tr("The sized copy: %1 shares for %2 USDC (priced at their VWAP).")
                .arg(amount::orDash(a.targetShares, amount::shares), amount::orDash(a.targetNotional, amount::usdc));
        case DecisionColumn:
        case ReasonsColumn:
            return a.reasons.isEmpty() ? tr("Copied: every check passed.") : ReasonText::tooltipFor(a.reasons);
        case FilledColumn: return tr("Shares we filled (paper: walked the order book at decision time).");
        case VwapColumn: return tr("Our volume-weighted average fill price.");
        case FeeColumn: return tr("Fee paid on the fill, in USDC.");
        case ScopeColumn:
            return a.scope == u"EXEC_GLOBAL" ? tr("Global book: one bankroll copying every followed wallet.")
                                             : tr("Per-wallet book: copying only this wallet with its own bankroll.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case TimeColumn: return amount::utcTime(a.decisionMs);
    case ScopeColumn: return a.scope == u"EXEC_GLOBAL" ? tr("Global") : tr("Wallet");
    case WalletColumn: return walletLabels_.value(a.wallet, shortId(a.wallet));
    case SideColumn: return a.side == u"BUY" ? tr("Buy") : a.side == u"SELL" ? tr("Sell") : a.side;
    case AssetColumn: return shortId(a.asset);
    case TheirNotionalColumn: return amount::usdc(a.theirNotional);
    case TheirVwapColumn: return amount::price(a.theirVwap);
    case TargetColumn: return amount::orDash(a.targetNotional, amount::usdc);
    case DecisionColumn: return a.execute ? tr("EXECUTE") : tr("SKIP");
    case ReasonsColumn: return a.reasons.join(QStringLiteral(", "));
    case FilledColumn: return amount::orDash(a.filledShares, amount::shares);
    case VwapColumn: return amount::orDash(a.vwap, amount::price);
    case FeeColumn: return amount::orDash(a.fee, amount::usdc);
    default: return {};
    }
}

QVariant AttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("Decision time (UTC): when the engine decided on the group.");
        case TheirNotionalColumn: return tr("USDC the followed wallet traded in the group.");
        case TargetColumn: return tr("USDC the sizing rules wanted to copy.");
        case ReasonsColumn: return tr("Why the attempt was skipped (hover a row for explanations).");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (UTC)");
    case ScopeColumn: return tr("Scope");
    case WalletColumn: return tr("Wallet");
    case SideColumn: return tr("Side");
    case AssetColumn: return tr("Asset");
    case TheirNotionalColumn: return tr("Their USDC");
    case TheirVwapColumn: return tr("Their price");
    case TargetColumn: return tr("Target USDC");
    case DecisionColumn: return tr("Decision");
    case ReasonsColumn: return tr("Reasons");
    case FilledColumn: return tr("Filled shares");
    case VwapColumn: return tr("Our price");
    case FeeColumn: return tr("Fee");
    default: return {};
    }
}

} // namespace slip::ui
