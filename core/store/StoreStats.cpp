#include "store/StoreStats.h"

#include "store/Migrations.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace slip::store {

StoreStats collectStoreStats(QSqlDatabase& db, const QString& path)
{
    StoreStats s;
    s.path = path;
    s.schemaVersion = Migrations::currentVersion(db);
    s.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return s;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const auto& name : names) {
        QSqlQuery q(db);
        // Table names come from sqlite_master, not from input.
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && q.next())
            s.rowCounts.emplace_back(name, q.value(0).toLongLong());
    }
    return s;
}

} // namespace slip::store
