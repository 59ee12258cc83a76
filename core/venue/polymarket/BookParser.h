#pragma once
// BookParser: turns clob.book bodies (GET /book object or POST /books array) into
// BookSnapshots per spec/copy-engine.md §2, rejecting a malformed book alone.

#include "domain/BookSnapshot.h"
#include "domain/Result.h"
#include "venue/polymarket/ActivityParser.h"

#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace slip::polymarket {

struct BookParseResult
{
    std::vector<BookSnapshot> books;      ///< accepted books in body order
    std::vector<RowRejection> rejected;   ///< index -1 for a lone object body
};

class BookParser
{
public:
    /// Parses an object or an array of objects.
    static BookParseResult parse(const QJsonValue& body);
    /// Parses one OrderBookSummary object; size-0 levels dropped, array order kept.
    static Result<BookSnapshot> parseBook(const QJsonObject& object);
};

} // namespace slip::polymarket
