#include "models/LogModel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace slip::ui {

LogModel::LogModel(log::LogBuffer& buffer, QObject* parent) : QAbstractTableModel(parent), buffer_(buffer)
{
    // Queued: the buffer signals from whichever thread logged.
    connect(&buffer_, &log::LogBuffer::linesAdded, this, &LogModel::pull, Qt::QueuedConnection);
    pull();
}

void LogModel::setCapacity(int lines)
{
    capacity_ = std::max(1, lines);
    const int excess = int(lines_.size()) - capacity_;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        lines_.erase(lines_.begin(), lines_.begin() + excess);
        endRemoveRows();
    }
}

void LogModel::pull()
{
    auto fresh = buffer_.linesAfter(lastSeq_);
    if (fresh.empty())
        return;
    lastSeq_ = fresh.back().seq;
    if (int(fresh.size()) > capacity_)
        fresh.erase(fresh.begin(), fresh.end() - capacity_);
    const int excess = int(lines_.size() + fresh.size()) - capacity_;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        lines_.erase(lines_.begin(), lines_.begin() + excess);
        endRemoveRows();
    }
    beginInsertRows({}, int(lines_.size()), int(lines_.size() + fresh.size()) - 1);
    for (auto& l : fresh)
        lines_.push_back(std::move(l));
    endInsertRows();
}

QString LogModel::levelName(int level)
{
    static const char* names[] = {"trace", "debug", "info", "warning", "error", "critical", "off"};
    return level >= 0 && level <= 6 ? QString::fromLatin1(names[level]) : QString::number(level);
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(lines_.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(lines_.size()))
        return {};
    const log::LogLine& l = lines_[std::size_t(index.row())];
    if (role == LevelRole)
        return l.level;
    if (role == Qt::ForegroundRole && l.level >= 3) {
        // Warnings and errors stand out through palette roles, readable in light and dark themes.
        return QGuiApplication::palette().brush(QPalette::Link);
    }
    if (role == Qt::FontRole && l.level >= 4) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return l.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QDateTime::fromMSecsSinceEpoch(l.tMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn: return levelName(l.level);
    case CategoryColumn: return l.category;
    case MessageColumn: return l.message;
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (UTC)");
    case LevelColumn: return tr("Level");
    case CategoryColumn: return tr("Category");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void LogFilterModel::setMinimumLevel(int level)
{
    minLevel_ = level;
    invalidateRowsFilter();
}

void LogFilterModel::setSearchText(const QString& text)
{
    search_ = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m->index(sourceRow, 0, sourceParent).data(LogModel::LevelRole).toInt() < minLevel_)
        return false;
    if (search_.isEmpty())
        return true;
    return m->index(sourceRow, LogModel::MessageColumn, sourceParent).data().toString().contains(search_, Qt::CaseInsensitive) ||
           m->index(sourceRow, LogModel::CategoryColumn, sourceParent).data().toString().contains(search_, Qt::CaseInsensitive);
}

} // namespace slip::ui
