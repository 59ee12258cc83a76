#pragma once
// CaptureReader: reads a capture (JSON Lines, optionally gzip-compressed), reporting bad lines
// with their numbers, counting warnings, and stably sorting records by `t`.

#include "capture/CaptureRecord.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace slip {

struct CaptureLineError
{
    int line = 0;
    QString message;
};

struct CaptureReadResult
{
    std::vector<CaptureRecord> records;     ///< known feeds, stably sorted by t
    std::vector<CaptureLineError> errors;   ///< skipped lines
    int unknownSrc = 0;                     ///< records of unknown feeds (ignored)
    int unknownFields = 0;                  ///< records carrying fields besides t, src, req, body
    int outOfOrder = 0;                     ///< records with t lower than their predecessor's
    int lines = 0;                          ///< non-empty lines read
};

class CaptureReader
{
public:
    /// Reads a file; `.gz` content is detected by its magic bytes, not its name.
    static Result<CaptureReadResult> readFile(const QString& path);
    /// Parses capture text already in memory (uncompressed).
    static CaptureReadResult parse(const QByteArray& text);
    /// Decompresses gzip data (or returns plain data unchanged).
    static Result<QByteArray> gunzip(const QByteArray& data);
    /// The feed names of the capture spec.
    static const QStringList& knownSources();
};

} // namespace slip
