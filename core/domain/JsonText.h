#pragma once
// JsonText: a JSON string literal written exactly as JavaScript's JSON.stringify writes it (and
// QJsonDocument, for well-formed text): '"' and '\' escaped, \b \f \n \r \t short, other control
// characters as \u00XX, everything else as UTF-8, lone surrogates as \uXXXX. One writer for the
// order bodies the venue signs, the replay result and the decision traces.

#include <QByteArray>
#include <QStringView>

namespace slip::json {

/// Appends `text` to `out` as a quoted JSON string.
void appendString(QByteArray& out, QStringView text);

} // namespace slip::json
