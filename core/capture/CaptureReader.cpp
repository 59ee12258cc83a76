#include "capture/CaptureReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

#include <locale.h>
#include <stdlib.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace slip {

const QStringList& CaptureReader::knownSources()
{
    static const QStringList sources = {
        QStringLiteral("data-api.activity"), QStringLiteral("data-api.trades"), QStringLiteral("data-api.positions"),
        QStringLiteral("clob.book"),         QStringLiteral("clob.ws.market"),  QStringLiteral("clob.ws.user"),
        QStringLiteral("rtds"),              QStringLiteral("gamma.market"),    QStringLiteral("clob.market"),
        QStringLiteral("clob.fee-rate"),     QStringLiteral("control")};
    return sources;
}

Result<QByteArray> CaptureReader::gunzip(const QByteArray& data)
{
    if (data.size() < 2 || std::uint8_t(data[0]) != 0x1f || std::uint8_t(data[1]) != 0x8b)
        return data;
    z_stream zs{};
    // 16 + MAX_WBITS: gzip wrapper; concatenated members are handled by the reset loop.
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Error{QStringLiteral("gzip: cannot initialise zlib")};
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (true) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
        zs.avail_out = uInt(chunk.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return Error{QStringLiteral("gzip: corrupt data (zlib error %1)").arg(rc)};
        }
        out.append(chunk.constData(), chunk.size() - qsizetype(zs.avail_out));
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            inflateReset(&zs);
        } else if (zs.avail_in == 0 && zs.avail_out != 0) {
            break; // truncated stream: keep what was decoded
        }
    }
    inflateEnd(&zs);
    return out;
}

namespace {

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The value that stands in, before the line is parsed, for a number literal no field may take:
// an object, which every number or token-id field of a venue object rejects as malformed (that
// object alone, spec §1) and which an unused field ignores, as it would the number.
QByteArray malformedNumber(const char* why, const char* literal, qsizetype length)
{
    return QByteArrayLiteral("{\"") + why + QByteArrayLiteral("\":\"") + QByteArray(literal, length) +
           QByteArrayLiteral("\"}");
}

// The end of the number literal that starts at p[i] (JSON's number characters).
qsizetype numberEnd(const char* p, qsizetype i, qsizetype n)
{
    while (i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == '-' || p[i] == '+' || p[i] == '.' || p[i] == 'e' ||
                     p[i] == 'E'))
        ++i;
    return i;
}

struct Replacement
{
    qsizetype begin, end;
    QByteArray text;
    bool operator<(const Replacement& o) const { return begin < o.begin; }
};

QByteArray applyReplacements(const QByteArray& line, std::vector<Replacement>& replacements)
{
    if (replacements.empty())
        return line;
    std::sort(replacements.begin(), replacements.end());
    QByteArray out;
    out.reserve(line.size() + 32 * qsizetype(replacements.size()));
    qsizetype copied = 0;
    for (const Replacement& r : replacements) {
        out.append(line.constData() + copied, r.begin - copied);
        out.append(r.text);
        copied = r.end;
    }
    out.append(line.constData() + copied, line.size() - copied);
    return out;
}

// copy-engine.md §2 takes a token id given as a JSON integer as its decimal text, but
// QJsonDocument keeps an integer beyond int64 only as the nearest double, whose digits are not
// the id's (token ids have 77 digits); and it does not tell the integer 101 from 101.0 or 1.01e2,
// which are JSON numbers but not JSON integers (§1 names the two apart). So the number literal
// that is the value of a token-id key ("asset", "asset_id", "token_id") is looked at before the
// line is parsed: an integer beyond int64 is put in quotes (the parsers then read the same text as
// when the venue sends the id as a string), and a literal with a fraction or an exponent becomes
// a value the parsers reject. Every other number is left to QJsonDocument, as the spec's JSON
// numbers are doubles.
QByteArray markTokenIdLiterals(const QByteArray& line)
{
    static const char* const keys[] = {"\"asset\"", "\"asset_id\"", "\"token_id\""};
    const char* p = line.constData();
    const qsizetype n = line.size();
    std::vector<Replacement> replacements;
    for (const char* key : keys) {
        const qsizetype keyLength = qsizetype(std::strlen(key));
        for (qsizetype at = line.indexOf(key); at >= 0; at = line.indexOf(key, at + keyLength)) {
            // A key, not text inside a string: an unescaped quote after '{' or ',' opens a key.
            qsizetype before = at - 1;
            while (before >= 0 && isJsonSpace(p[before]))
                --before;
            if (before < 0 || (p[before] != '{' && p[before] != ','))
                continue;
            qsizetype i = at + keyLength;
            while (i < n && isJsonSpace(p[i]))
                ++i;
            if (i >= n || p[i] != ':')
                continue;
            ++i;
            while (i < n && isJsonSpace(p[i]))
                ++i;
            const qsizetype begin = i;
            if (i >= n || (p[i] != '-' && (p[i] < '0' || p[i] > '9')))
                continue;
            const qsizetype end = numberEnd(p, i, n);
            const char* literal = p + begin;
            const qsizetype length = end - begin;
            if (std::find_if(literal, literal + length, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) !=
                literal + length) {
                replacements.push_back({begin, end, malformedNumber("not a JSON integer", literal, length)});
                continue;
            }
            if (p[begin] < '1' || p[begin] > '9') // negative, zero, or not JSON at all: as parsed
                continue;
            if (length > 19 || (length == 19 && std::memcmp(literal, "9223372036854775807", 19) > 0))
                replacements.push_back({begin, end, '"' + QByteArray(literal, length) + '"'});
        }
    }
    return applyReplacements(line, replacements);
}

// QJsonDocument refuses a whole line for one number beyond the range of a double (1e400, whose
// nearest double is an infinity) or one so small that it rounds to zero (1e-400). Spec §1 reads
// JSON numbers as the nearest double and ±Inf as malformed, so that value rejects only the venue
// object holding it (or nothing, in a field no one reads). When a line fails to parse for an
// illegal number, its number literals (outside strings) are read as doubles: an infinity is
// replaced by a value the parsers reject, a zero by "0.0" or "-0.0", and the line is parsed again.
QByteArray replaceOutOfRangeNumbers(const QByteArray& line)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const char* p = line.constData();
    const qsizetype n = line.size();
    std::vector<Replacement> replacements;
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9'))
            continue;
        const qsizetype end = numberEnd(p, i, n);
        const std::string literal(p + i, std::size_t(end - i));
        const double d = strtod_l(literal.c_str(), nullptr, cLocale);
        if (std::isinf(d))
            replacements.push_back({i, end, malformedNumber("out of range", literal.data(), qsizetype(literal.size()))});
        else if (d == 0 && literal.find_first_of("123456789") < literal.find_first_of("eE"))
            replacements.push_back({i, end, QByteArray(std::signbit(d) ? "-0.0" : "0.0")});
        i = end - 1;
    }
    return applyReplacements(line, replacements);
}

// The line as a JSON document: token-id literals looked at first, and out-of-range numbers
// replaced when QJsonDocument refuses one.
QJsonDocument parseLine(const QByteArray& line, QJsonParseError* pe)
{
    const QByteArray marked = markTokenIdLiterals(line);
    QJsonDocument doc = QJsonDocument::fromJson(marked, pe);
    if (pe->error == QJsonParseError::IllegalNumber)
        doc = QJsonDocument::fromJson(replaceOutOfRangeNumbers(marked), pe);
    return doc;
}

// The lines of text[begin, end) (whole lines), numbered from firstLine. Records stay in file
// order; the caller merges the chunks and sorts.
CaptureReadResult parseLines(const QByteArray& text, qsizetype begin, qsizetype end, int firstLine)
{
    CaptureReadResult out;
    qsizetype pos = begin;
    int lineNo = firstLine - 1;
    std::int64_t lastT = 0;
    bool haveLast = false;
    while (pos < end) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0 || eol > end)
            eol = end;
        const QByteArray line = text.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        ++lineNo;
        if (line.isEmpty())
            continue;
        ++out.lines;
        QJsonParseError pe;
        const QJsonDocument doc = parseLine(line, &pe);
        if (pe.error != QJsonParseError::NoError) {
            out.errors.push_back({lineNo, QStringLiteral("not valid JSON: ") + pe.errorString()});
            continue;
        }
        if (!doc.isObject()) {
            out.errors.push_back({lineNo, QStringLiteral("not a JSON object")});
            continue;
        }
        const QJsonObject o = doc.object();
        const QJsonValue t = o.value(QLatin1String("t"));
        const bool integral = t.isDouble() && (t.toVariant().typeId() == QMetaType::LongLong ||
                                               (std::trunc(t.toDouble()) == t.toDouble() && std::fabs(t.toDouble()) < 9e18));
        if (!integral) {
            out.errors.push_back({lineNo, QStringLiteral("missing or non-integer \"t\"")});
            continue;
        }
        if (!o.value(QLatin1String("src")).isString()) {
            out.errors.push_back({lineNo, QStringLiteral("missing or non-string \"src\"")});
            continue;
        }
        if (!o.contains(QLatin1String("body"))) {
            out.errors.push_back({lineNo, QStringLiteral("missing \"body\"")});
            continue;
        }
        CaptureRecord r;
        r.t = t.toVariant().typeId() == QMetaType::LongLong ? t.toVariant().toLongLong() : std::int64_t(t.toDouble());
        r.src = o.value(QLatin1String("src")).toString();
        r.req = o.value(QLatin1String("req")).toObject();
        r.body = o.value(QLatin1String("body"));
        r.line = lineNo;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString k = it.key();
            if (k != u"t" && k != u"src" && k != u"req" && k != u"body") {
                ++out.unknownFields;
                break;
            }
        }
        if (!CaptureReader::knownSources().contains(r.src)) {
            ++out.unknownSrc;
            continue;
        }
        if (haveLast && r.t < lastT)
            ++out.outOfOrder;
        lastT = r.t;
        haveLast = true;
        out.records.push_back(std::move(r));
    }
    return out;
}

} // namespace

// A large capture is parsed in chunks of whole lines on the machine's cores (JSON parsing is
// most of a replay's reading time); the chunks are then joined in file order, so numbering,
// errors, counts and the stable sort are those of one pass.
CaptureReadResult CaptureReader::parse(const QByteArray& text)
{
    constexpr qsizetype kMinChunk = 4 << 20;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int parts = int(std::clamp<qsizetype>(text.size() / kMinChunk, 1, cores));
    std::vector<qsizetype> bounds{0};
    for (int k = 1; k < parts; ++k) {
        const qsizetype eol = text.indexOf('\n', std::max(bounds.back(), text.size() * k / parts));
        if (eol < 0)
            break;
        bounds.push_back(eol + 1);
    }
    bounds.push_back(text.size());
    const std::size_t chunks = bounds.size() - 1;
    std::vector<int> firstLine(chunks, 1);
    for (std::size_t k = 1; k < chunks; ++k)
        firstLine[k] = firstLine[k - 1] + int(std::count(text.constData() + bounds[k - 1], text.constData() + bounds[k], '\n'));

    std::vector<CaptureReadResult> parsed(chunks);
    {
        std::vector<std::thread> workers;
        for (std::size_t k = 1; k < chunks; ++k)
            workers.emplace_back([&, k] { parsed[k] = parseLines(text, bounds[k], bounds[k + 1], firstLine[k]); });
        parsed[0] = parseLines(text, bounds[0], bounds[1], 1);
        for (std::thread& w : workers)
            w.join();
    }

    CaptureReadResult out = std::move(parsed[0]);
    for (std::size_t k = 1; k < chunks; ++k) {
        CaptureReadResult& part = parsed[k];
        // The first record of a chunk follows the last record of the chunks before it.
        if (!out.records.empty() && !part.records.empty() && part.records.front().t < out.records.back().t)
            ++out.outOfOrder;
        out.outOfOrder += part.outOfOrder;
        out.unknownSrc += part.unknownSrc;
        out.unknownFields += part.unknownFields;
        out.lines += part.lines;
        out.records.insert(out.records.end(), std::make_move_iterator(part.records.begin()),
                           std::make_move_iterator(part.records.end()));
        out.errors.insert(out.errors.end(), std::make_move_iterator(part.errors.begin()),
                          std::make_move_iterator(part.errors.end()));
    }
    std::stable_sort(out.records.begin(), out.records.end(),
                     [](const CaptureRecord& a, const CaptureRecord& b) { return a.t < b.t; });
    return out;
}

Result<CaptureReadResult> CaptureReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open capture %1: %2").arg(path, f.errorString())};
    auto data = gunzip(f.readAll());
    if (!data)
        return Error{path + QStringLiteral(": ") + data.error()};
    return parse(*data);
}

} // namespace slip
