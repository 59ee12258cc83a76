// Fuzz target: a CLOB /book or /books body through BookParser, then the local book and its walks.

#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/LocalOrderBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace slip;
using namespace slip::polymarket;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const auto r = BookParser::parse(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    for (const auto& b : r.books) {
        LocalOrderBook book;
        book.applySnapshot(b);
        const auto want = Micros(10'000'000);
        const auto f = book.walkShares(Side::Sell, want);
        if (f.shares > want || (f.complete && f.shares != want))
            std::abort();
        const auto c = book.walkCash(want);
        if (c.notional > want)
            std::abort();
    }
    return 0;
}
