#include "log/Log.h"

#include "log/LogBuffer.h"
#include "log/RedactingSink.h"
#include "log/SecretRedactor.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <map>
#include <optional>

namespace slip::log {
namespace {

struct State
{
    QMutex mutex;
    std::shared_ptr<RedactingSink> sink = std::make_shared<RedactingSink>();
    std::map<std::string, std::shared_ptr<spdlog::logger>> loggers;
    spdlog::level::level_enum level = spdlog::level::info;
    QString filePath;
    bool defaultStderr = false;
};

State& state()
{
    static State s;
    return s;
}

std::optional<spdlog::level::level_enum> parseLevel(const QString& level)
{
    const auto l = spdlog::level::from_str(level.toLower().toStdString());
    // from_str returns off for unknown names; only accept "off" when asked for.
    if (l == spdlog::level::off && level.compare(QStringLiteral("off"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return l;
}

constexpr const char* kPattern = "%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ [%n] %v";

} // namespace

QString init(const LogOptions& options)
{
    auto& s = state();
    const auto level = parseLevel(options.level);
    if (!level)
        return QStringLiteral("unknown log level \"%1\" (use trace, debug, info, warn, error, "
                              "critical or off)").arg(options.level);
    QMutexLocker locker(&s.mutex);
    s.sink->clearChildren();
    s.sink->addChild(LogBuffer::sink());
    s.filePath.clear();
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_pattern(kPattern);
        s.sink->addChild(err);
    }
    if (!options.directory.isEmpty()) {
        if (!QDir().mkpath(options.directory))
            return QStringLiteral("cannot create log directory %1").arg(options.directory);
        const QString path = QDir(options.directory).filePath(QStringLiteral("slipstream.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), options.maxFileBytes, options.maxFiles);
            file->set_pattern(kPattern);
            s.sink->addChild(file);
            s.filePath = path;
        } catch (const spdlog::spdlog_ex& e) {
            return QStringLiteral("cannot open log file %1: %2").arg(path, QString::fromUtf8(e.what()));
        }
    }
    s.level = *level;
    s.defaultStderr = true;
    for (auto& [name, logger] : s.loggers)
        logger->set_level(s.level);
    return {};
}

std::shared_ptr<spdlog::logger> get(const char* category)
{
    auto& s = state();
    QMutexLocker locker(&s.mutex);
    auto it = s.loggers.find(category);
    if (it != s.loggers.end())
        return it->second;
    if (!s.defaultStderr) {
        // Used before init(): warnings and up to stderr so nothing is lost silently.
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_pattern(kPattern);
        s.sink->addChild(err);
        s.level = spdlog::level::warn;
        s.defaultStderr = true;
    }
    auto logger = std::make_shared<spdlog::logger>(category, s.sink);
    logger->set_level(s.level);
    logger->flush_on(spdlog::level::warn);
    s.loggers.emplace(category, logger);
    return logger;
}

bool setLevel(const QString& level)
{
    const auto l = parseLevel(level);
    if (!l)
        return false;
    auto& s = state();
    QMutexLocker locker(&s.mutex);
    s.level = *l;
    for (auto& [name, logger] : s.loggers)
        logger->set_level(s.level);
    return true;
}

void flush()
{
    auto& s = state();
    QMutexLocker locker(&s.mutex);
    s.sink->flush();
}

QString logFilePath()
{
    auto& s = state();
    QMutexLocker locker(&s.mutex);
    return s.filePath;
}

namespace {
void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    auto logger = get("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: logger->debug("{}", text); break;
    case QtInfoMsg: logger->info("{}", text); break;
    case QtWarningMsg: logger->warn("{}", text); break;
    case QtCriticalMsg: logger->error("{}", text); break;
    case QtFatalMsg: logger->critical("{}", text); logger->flush(); break;
    }
}
} // namespace

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace slip::log
