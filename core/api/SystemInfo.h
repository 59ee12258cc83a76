#pragma once
// SystemInfo: what the System panel shows about this profile's storage and writer.

#include <QString>

#include <utility>
#include <vector>

namespace slip::api {

struct SystemInfo
{
    QString dataDirectory;
    QString databasePath;
    QString logFilePath;
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    std::vector<std::pair<QString, qint64>> rowCounts;
    quint64 batchesCommitted = 0;
    quint64 batchesFailed = 0;
    int writeQueueDepth = 0;
    QString lastWriteError;
};

} // namespace slip::api
