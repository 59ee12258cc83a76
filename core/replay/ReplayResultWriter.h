#pragma once
// ReplayResultWriter: writes the result object of spec/copy-engine.md §8 as JSON text with a
// fixed key order and exact 64-bit integers, so the same run gives the same bytes.

#include "replay/ReplayResult.h"

#include <QByteArray>

namespace slip {

class ReplayResultWriter
{
public:
    /// The whole result object, one attempt / portfolio / event per line, ending in a newline.
    static QByteArray toJson(const ReplayResult& result);
    /// One §8 attempt object on one line, exactly as in the result (the CLI's `attempts --json`).
    static QByteArray attemptJson(const CopyAttempt& attempt);
    /// A JSON string literal for text (quotes and escapes included).
    static QByteArray quote(const QString& text);
};

} // namespace slip
