#include "api/DataDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace slip::api {

Result<DataDirectory> DataDirectory::resolve(const QString& overridePath)
{
    QString root = overridePath;
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (root.isEmpty())
        return Error{QStringLiteral("no writable data location on this system; pass --data-dir")};
    root = QDir(root).absolutePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return Error{QStringLiteral("data directory %1 is a file, not a directory").arg(root)};
    if (!QDir().mkpath(root))
        return Error{QStringLiteral("cannot create data directory %1").arg(root)};
    if (!QFileInfo(root).isWritable())
        return Error{QStringLiteral("data directory %1 is not writable").arg(root)};
    DataDirectory d;
    d.root_ = root;
    return d;
}

QString DataDirectory::databasePath() const { return QDir(root_).filePath(QStringLiteral("slipstream.db")); }
QString DataDirectory::logDirectory() const { return QDir(root_).filePath(QStringLiteral("logs")); }
QString DataDirectory::captureDirectory() const { return QDir(root_).filePath(QStringLiteral("capture")); }
QString DataDirectory::keystorePath() const { return QDir(root_).filePath(QStringLiteral("keystore.json")); }
QString DataDirectory::uiStatePath() const { return QDir(root_).filePath(QStringLiteral("ui-state.ini")); }

} // namespace slip::api
