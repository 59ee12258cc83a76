#pragma once
// OperatorCli: what the operator commands (status, wallets, positions, attempts, pnl,
// kill-switch, pause, resume) share — option parsing with --data-dir and --json, locating the
// profile's database without creating anything, and exact text formatting of money and times.

#include "api/DataDirectory.h"
#include "api/ReadModels.h"
#include "domain/Micros.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace slip::cli::op {

/// Exit codes: 0 done, 1 the command could not run (no database, I/O), 2 bad input.
constexpr int kFailed = 1;
constexpr int kBadInput = 2;

struct Options
{
    QString dataDir;
    bool json = false;
    QStringList positional;
    QHash<QString, QString> values; ///< "--scope" → "EXEC_USER"
};

inline void printErr(const char* command, const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", command, qPrintable(message));
}

/// Parses args; returns an exit code when the command should stop now (help, bad input).
inline std::optional<int> parse(const QStringList& args, const char* command, const char* usage,
                                const QStringList& valueOptions, int maxPositional, Options& out)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--help" || a == u"-h") {
            std::fputs(usage, stdout);
            return 0;
        }
        if (a == u"--json") {
            out.json = true;
            continue;
        }
        if (a == u"--data-dir" || valueOptions.contains(a)) {
            // No option value starts with "--": "--limit --json" is a forgotten value.
            if (i + 1 >= args.size() || args[i + 1].startsWith(u"--")) {
                printErr(command, QStringLiteral("%1 needs a value").arg(a));
                return kBadInput;
            }
            (a == u"--data-dir" ? out.dataDir : out.values[a]) = args[++i];
            continue;
        }
        if (a.startsWith(u"--") || out.positional.size() >= maxPositional) {
            printErr(command, QStringLiteral("unknown argument %1").arg(a));
            std::fputs(usage, stderr);
            return kBadInput;
        }
        out.positional << a;
    }
    return std::nullopt;
}

/// The profile's database path; an error when it does not exist (nothing is created: a typo in
/// --data-dir must not start an empty profile).
inline Result<QString> databasePath(const Options& o)
{
    QString path;
    if (!o.dataDir.isEmpty()) {
        path = QDir(o.dataDir).absoluteFilePath(QStringLiteral("slipstream.db"));
    } else {
        auto dir = api::DataDirectory::resolve();
        if (!dir)
            return Error{dir.error()};
        path = dir->databasePath();
    }
    if (!QFileInfo::exists(path))
        return Error{
            QStringLiteral(
                "no Slipstream database at %1 (start the terminal once, or pass --data-dir "
                "DIR of an existing profile)")
                .arg(path)};
    return path;
}

/// A read-only connection to the profile's database (safe while the terminal runs).
inline Result<std::unique_ptr<store::Database>> openReader(const Options& o)
{
    auto path = databasePath(o);
    if (!path)
        return Error{path.error()};
    return store::Database::openReader(*path);
}

/// A command's read side: the read-only connection and the read models over it.
struct Reader
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<api::ReadModels> reads;
};

/// Opens the profile's read models; prints why and returns nothing when the database cannot be
/// opened (the command then exits kFailed).
inline std::optional<Reader> openReadModels(const Options& o, const char* command)
{
    auto db = openReader(o);
    if (!db) {
        printErr(command, db.error());
        return std::nullopt;
    }
    Reader r;
    r.db = std::move(db).value();
    r.reads = std::make_unique<api::ReadModels>(*r.db);
    return r;
}

/// A lowercase 0x + 40 hex wallet, or an empty string when the text is not one.
inline QString walletArg(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    return re.match(text).hasMatch() ? text.toLower() : QString();
}

inline bool isScope(const QString& s)
{
    return s == u"SHADOW" || s == u"EXEC_USER" || s == u"EXEC_GLOBAL";
}

/// USDC with 2 decimals, exact (truncated toward zero, never through a double).
inline QString usdc(std::int64_t micros)
{
    return Micros(micros).toFixed(2);
}
/// A price or mark with 4 decimals.
inline QString price(std::int64_t micros)
{
    return Micros(micros).toFixed(4);
}
/// Shares with 2 decimals for display (the JSON output carries them exactly).
inline QString shares(std::int64_t micros)
{
    return Micros(micros).toFixed(2);
}
/// "2026-11-01T12:00:05Z", or "-" for 0 (never).
inline QString utc(std::int64_t ms)
{
    if (ms == 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// Prints rows under a header, columns padded to their widest cell; columns whose index is in
/// rightAligned (numbers) are right-aligned.
inline void printTable(const QStringList& header, const std::vector<QStringList>& rows,
                       const std::vector<int>& rightAligned)
{
    std::vector<qsizetype> width(std::size_t(header.size()), 0);
    auto measure = [&](const QStringList& r) {
        for (qsizetype c = 0; c < r.size() && c < header.size(); ++c)
            width[std::size_t(c)] = std::max(width[std::size_t(c)], r[c].size());
    };
    measure(header);
    for (const auto& r : rows)
        measure(r);
    auto line = [&](const QStringList& r) {
        QString out;
        for (qsizetype c = 0; c < r.size() && c < header.size(); ++c) {
            const bool right =
                std::find(rightAligned.begin(), rightAligned.end(), int(c)) != rightAligned.end();
            const bool last = c + 1 == header.size();
            if (c)
                out += QStringLiteral("  ");
            out += right ? r[c].rightJustified(width[std::size_t(c)])
                         : (last ? r[c] : r[c].leftJustified(width[std::size_t(c)]));
        }
        std::fputs(qPrintable(out + u'\n'), stdout);
    };
    line(header);
    for (const auto& r : rows)
        line(r);
}

inline void printJsonLine(const QJsonObject& o)
{
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fputc('\n', stdout);
}

/// An int64 amount for JSON output (exact below 2^53 micros, about 9 billion USDC).
inline QJsonValue num(std::int64_t v)
{
    return QJsonValue(qint64(v));
}
inline QJsonValue optNum(const std::optional<std::int64_t>& v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace slip::cli::op
