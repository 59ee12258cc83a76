#pragma once
// LogModel: the recent log lines of log::LogBuffer as a table (time, level, category, message),
// appended as they arrive and capped like the buffer; LogFilterModel narrows it by minimum
// level and a search text.

#include "log/LogBuffer.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>

namespace slip::ui {

class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };

    /// Shows the buffer's current lines and follows it.
    explicit LogModel(log::LogBuffer& buffer, QObject* parent = nullptr);

    /// Lines kept (oldest dropped first).
    void setCapacity(int lines);
    /// Pulls whatever the buffer holds beyond what is shown.
    void pull();
    /// Level name for display ("trace" … "critical").
    static QString levelName(int level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    log::LogBuffer& buffer_;
    std::deque<log::LogLine> lines_;
    std::int64_t lastSeq_ = 0;
    int capacity_ = 5000;
};

class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /// Shows lines at this spdlog level or above.
    void setMinimumLevel(int level);
    /// Shows lines whose category or message contains text (case-insensitive).
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int minLevel_ = 0;
    QString search_;
};

} // namespace slip::ui
