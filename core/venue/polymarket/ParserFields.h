#pragma once
// ParserFields: the field-level rules of spec/copy-engine.md §1 shared by the venue parsers
// (integer fields, JSON-encoded string arrays, lowercase identifiers).

#include "domain/Micros.h"
#include "domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace slip::polymarket {

/// An integer field: a JSON integer, an integral JSON number, or a string `^-?[0-9]+$`.
Result<std::int64_t> parseIntegerField(const QJsonValue& value);

/// A list of strings given either as a JSON array or as a string holding a JSON array.
Result<QJsonArray> parseEncodedArray(const QJsonValue& value);

/// A non-empty JSON string, else an error naming the field.
Result<QString> requireNonEmptyString(const QJsonValue& value, const char* field);

/// True for "0x" followed by exactly 40 hex digits (any case).
bool isHexAddress(const QString& text);

/// True for a non-empty run of ASCII digits.
bool isDecimalDigits(QStringView text);

/// The decimal text of a JSON integer (exact when the parser kept it as a 64-bit integer).
Result<QString> integerText(const QJsonValue& value);

/// The same value (or error) as Micros::fromJson, without its number -> text -> decimal round
/// trip for the common JSON numbers (see ParserFields.cpp for why the shortcut is exact).
Result<Micros> microsFromJson(const QJsonValue& value);

/// microsFromJson for a field of the capture (spec §1, §2): a negative JSON number is its
/// negative amount, truncated toward zero like any other (so -1e-07 is 0 and -0 is 0), not an
/// error; the field then checks the range the spec gives it. Strings keep the unsigned grammar.
Result<Micros> signedMicrosFromJson(const QJsonValue& value);

/// A required decimal field of an object (decimal string or JSON number, spec §1), else an
/// error naming the field.
Result<Micros> requireMicrosField(const QJsonObject& object, const char* field);

} // namespace slip::polymarket
