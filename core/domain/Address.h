#pragma once
// Address: an EVM account address, kept in lowercase canonical form.

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace slip {

class Address
{
public:
    Address() = default;

    /// Parses "0x" + 40 hex digits. All-lowercase or all-uppercase hex is accepted as is;
    /// mixed case must carry a valid EIP-55 checksum.
    static Result<Address> parse(QStringView text);
    /// Parses without the checksum rule (venue payloads mix cases freely); still 0x + 40 hex.
    static Result<Address> parseLenient(QStringView text);
    /// From 20 raw bytes.
    static Address fromBytes(const QByteArray& bytes20);

    /// "0x" + 40 lowercase hex digits; empty for a default-constructed address.
    const QString& toString() const { return text_; }
    /// The EIP-55 mixed-case checksum form.
    QString toChecksummed() const;
    /// The 20 raw bytes.
    QByteArray bytes() const;
    bool isNull() const { return text_.isEmpty(); }

    bool operator==(const Address&) const = default;
    bool operator<(const Address& o) const { return text_ < o.text_; }

private:
    explicit Address(QString lower) : text_(std::move(lower)) {}
    QString text_;
};

/// EIP-55 checksum form of 40 lowercase hex digits (without 0x).
QString eip55Checksum(const QString& lowerHex40);

} // namespace slip
