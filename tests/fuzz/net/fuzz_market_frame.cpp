// Fuzz target: a market-channel WebSocket frame parsed and applied to local order books, whose
// queries must stay consistent whatever arrives.

#include "venue/polymarket/LocalOrderBook.h"
#include "venue/polymarket/MarketEventParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace slip;
using namespace slip::polymarket;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char*>(data), qsizetype(size));
    const MarketFrame parsed = MarketEventParser::parseFrame(frame);
    LocalOrderBook book;
    for (const auto& e : parsed.events) {
        if (e.type == MarketEvent::Type::Book)
            book.applySnapshot(e.book);
        for (const auto& c : e.changes) {
            if (c.price.raw() <= 0 || c.price.raw() > Micros::kScale)
                std::abort(); // the parser promised (0, 1]
            book.applyChange(c.side, c.price, c.size, e.timestampMs, c.hash);
            book.checkTop(c.bestBid, c.bestAsk);
        }
    }
    const auto bid = book.bestBid();
    const auto ask = book.bestAsk();
    if (bid && book.levels(Side::Buy).front().price != bid->price)
        std::abort();
    if (ask && book.levels(Side::Sell).front().price != ask->price)
        std::abort();
    const auto f = book.walkShares(Side::Buy, Micros(1'000'000'000));
    if (f.shares.raw() < 0 || f.notional.raw() < 0)
        std::abort();
    (void)book.walkCash(Micros(1'000'000'000));
    (void)book.mid();
    return 0;
}
