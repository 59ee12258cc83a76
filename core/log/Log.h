#pragma once
// Logging façade: named spdlog loggers (net, ws, orders, db, sign, gui, engine, app) writing to a
// rotating file in the data directory and to stderr, every line passed through the redaction
// layer (SecretRedactor) first. Qt's own messages are routed into the same sinks.

#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace slip::log {

struct LogOptions
{
    QString directory;        ///< where slipstream.log rotates; empty = no file sink
    QString level = QStringLiteral("info"); ///< trace, debug, info, warn, error, critical, off
    bool toStderr = true;
    std::size_t maxFileBytes = 10 * 1024 * 1024;
    std::size_t maxFiles = 5;
};

/// Sets up sinks and loggers; safe to call again (replaces sinks). Returns an error message on
/// a bad level or an unwritable directory, empty on success.
QString init(const LogOptions& options);

/// The named logger ("net", "ws", "orders", "db", "sign", "gui", "engine", "app", or any other
/// name, created on first use with the shared sinks).
std::shared_ptr<spdlog::logger> get(const char* category);

/// Changes the level of every logger.
bool setLevel(const QString& level);

/// Flushes every sink (call before exit and in tests).
void flush();

/// Path of the current log file, empty when there is none.
QString logFilePath();

/// Routes qDebug/qWarning/... into the "qt" logger.
void installQtMessageHandler();

} // namespace slip::log
