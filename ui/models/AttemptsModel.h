#pragma once
// AttemptsModel: copy attempts matching a filter, newest first, loaded lazily a page at a time
// (keyset paging through ReadModels::attempts) and fed incrementally from
// Terminal::attemptsStored — it never re-reads the table on a timer.

#include "api/ReadRows.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <cstdint>
#include <vector>

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class AttemptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ScopeColumn,
        WalletColumn,
        SideColumn,
        AssetColumn,
        TheirNotionalColumn,
        TheirVwapColumn,
        TargetColumn,
        DecisionColumn,
        ReasonsColumn,
        FilledColumn,
        VwapColumn,
        FeeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, AssetRole, WalletRole, ReasonsRole, SortValueRole };

    explicit AttemptsModel(api::Terminal& terminal, QObject* parent = nullptr);

    /// Replaces the filter and reloads the first page (limit and beforeId are managed here).
    void setFilter(const api::AttemptFilter& filter);
    const api::AttemptFilter& filter() const { return filter_; }
    /// Rows per page fetched by fetchMore().
    void setPageSize(int rows);
    /// Number of stored attempts matching the filter (counted once per filter, then kept up to
    /// date from the incremental feed).
    std::int64_t totalCount() const { return total_; }
    /// The attempt on a row.
    const api::AttemptRow& row(int r) const { return rows_[std::size_t(r)]; }
    /// The last read error, empty when the last read succeeded.
    const QString& lastError() const { return lastError_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// The total count or the error changed.
    void statusChanged();

private:
    void reload();
    Result<std::vector<api::AttemptRow>> nextPage();
    void appendStored(const std::vector<api::AttemptRow>& rows);
    bool matches(const api::AttemptRow& row) const;
    void refreshWalletLabels();
    void setError(const QString& message);

    api::Terminal& terminal_;
    api::AttemptFilter filter_;
    std::vector<api::AttemptRow> rows_;
    QHash<QString, QString> walletLabels_;
    std::int64_t total_ = 0;
    int pageSize_ = 200;
    bool exhausted_ = false;
    QString lastError_;
};

} // namespace slip::ui
