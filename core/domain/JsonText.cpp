#include "domain/JsonText.h"

namespace slip::json {

void appendString(QByteArray& out, QStringView text)
{
    out.append('"');
    const qsizetype n = text.size();
    const QChar* src = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        // Runs of printable ASCII other than '"' and '\\' (ids, keys, codes, amounts) are copied
        // in one go: appending them char by char was most of an order body's cost.
        qsizetype run = i;
        while (run < n && src[run].unicode() >= 0x20 && src[run].unicode() < 0x7f && src[run] != u'"' &&
               src[run] != u'\\')
            ++run;
        if (run > i) {
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char* dst = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *dst++ = char(src[k].unicode());
            i = run - 1;
            continue;
        }
        const char16_t u = text[i].unicode();
        switch (u) {
        case u'"': out.append("\\\""); continue;
        case u'\\': out.append("\\\\"); continue;
        case u'\b': out.append("\\b"); continue;
        case u'\f': out.append("\\f"); continue;
        case u'\n': out.append("\\n"); continue;
        case u'\r': out.append("\\r"); continue;
        case u'\t': out.append("\\t"); continue;
        default: break;
        }
        if (u < 0x20) {
            out.append("\\u00").append(QByteArray::number(int(u), 16).rightJustified(2, '0'));
        } else if (u < 0x80) {
            out.append(char(u));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(text.mid(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(u)) {
            // JSON.stringify (ES2019 well-formed) escapes lone surrogates.
            out.append("\\u").append(QByteArray::number(int(u), 16));
        } else {
            out.append(text.mid(i, 1).toUtf8());
        }
    }
    out.append('"');
}

} // namespace slip::json
