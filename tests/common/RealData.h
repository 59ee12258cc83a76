#pragma once
// Helpers for tests that read the real recorded payloads (shared/data/real).

#include <QFile>
#include <QString>
#include <QStringList>

namespace slip::testing {

/// The folder of real payloads, as configured (SLIPSTREAM_REAL_DATA_DIR).
inline QString realDataDir()
{
    return QStringLiteral(SLIPSTREAM_REAL_DATA_DIR);
}

/// Splits one CSV line with double-quoted fields ("" inside quotes is a quote), as in the
/// Data API exports of the real data set.
inline QStringList csvFields(const QString& line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

} // namespace slip::testing
