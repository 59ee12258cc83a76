#include "capture/CaptureReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
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

// copy-engine.md §2 takes a token id given as a JSON integer as its decimal text, but
// QJsonDocument keeps an integer beyond int64 only as the nearest double, whose digits are not
// the id's (token ids have 77 digits). So such a literal that is the value of a token-id key
// ("asset", "asset_id", "token_id") is put in quotes before the line is parsed: the parsers then
// read the same text as when the venue sends the id as a string. Every other number is left to
// QJsonDocument, as the spec's JSON numbers are doubles.
QByteArray quoteLargeTokenIds(const QByteArray& line)
{
    static const char* const keys[] = {"\"asset\"", "\"asset_id\"", "\"token_id\""};
    const char* p = line.constData();
    const qsizetype n = line.size();
    std::vector<std::pair<qsizetype, qsizetype>> literals; // [begin, end) of each literal to quote
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
            if (i >= n || p[i] < '1' || p[i] > '9') // JSON's integers have no leading zero
                continue;
            while (i < n && p[i] >= '0' && p[i] <= '9')
                ++i;
            if (i < n && (p[i] == '.' || p[i] == 'e' || p[i] == 'E')) // not an integer literal
                continue;
            const qsizetype digits = i - begin;
            if (digits > 19 || (digits == 19 && std::memcmp(p + begin, "9223372036854775807", 19) > 0))
                literals.emplace_back(begin, i);
        }
    }
    if (literals.empty())
        return line;
    std::sort(literals.begin(), literals.end());
    QByteArray out;
    out.reserve(n + 2 * qsizetype(literals.size()));
    qsizetype copied = 0;
    for (const auto& [begin, end] : literals) {
        out.append(p + copied, begin - copied);
        out.append('"');
        out.append(p + begin, end - begin);
        out.append('"');
        copied = end;
    }
    out.append(p + copied, n - copied);
    return out;
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
        const QJsonDocument doc = QJsonDocument::fromJson(quoteLargeTokenIds(line), &pe);
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
