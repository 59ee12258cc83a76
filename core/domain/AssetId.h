#pragma once
// AssetId: a conditional token id, the decimal text of a uint256 (up to 78 digits).
// Never a number in memory: the venues compare and key on the exact decimal text.

#include "domain/Result.h"

#include <QString>
#include <QStringView>

namespace slip {

class AssetId
{
public:
    AssetId() = default;

    /// Parses a decimal token id: digits only, no sign, no leading zeros (except "0"),
    /// value at most 2^256 - 1.
    static Result<AssetId> parse(QStringView text);

    const QString& toString() const { return text_; }
    bool isNull() const { return text_.isEmpty(); }

    bool operator==(const AssetId&) const = default;
    /// Bytewise order of the decimal text (spec/copy-engine.md §4 never compares ids as numbers).
    bool operator<(const AssetId& o) const { return text_ < o.text_; }

private:
    explicit AssetId(QString t) : text_(std::move(t)) {}
    QString text_;
};

} // namespace slip
