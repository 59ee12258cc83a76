#include "venue/polymarket/TickSize.h"

namespace slip::polymarket {

Result<TickSize> TickSize::parse(QStringView text)
{
    struct Row
    {
        const char16_t* text;
        std::int64_t micros;
        int priceDecimals;
    };
    // roundingConfig.js: amount = price + 2 and size = 2 in every row, which TickSize encodes.
    static constexpr Row rows[] = {
        {u"0.1", 100000, 1},  {u"0.01", 10000, 2},  {u"0.005", 5000, 3},
        {u"0.0025", 2500, 4}, {u"0.001", 1000, 3},  {u"0.0001", 100, 4},
    };
    for (const Row& r : rows) {
        if (text == QStringView(r.text)) {
            TickSize t;
            t.text_ = QString::fromUtf16(r.text);
            t.micros_ = r.micros;
            t.priceDecimals_ = r.priceDecimals;
            return t;
        }
    }
    return Error{QStringLiteral("unsupported tick size \"%1\" (expected 0.1, 0.01, 0.005, 0.0025, 0.001 or 0.0001)")
                     .arg(text.left(20).toString())};
}

} // namespace slip::polymarket
