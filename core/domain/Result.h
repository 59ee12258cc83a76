#pragma once
// Result<T>: a value or a user-facing error message, for expected failures (bad input,
// network errors). Invariants are asserts; this is for everything an operator can cause.

#include <QString>

#include <optional>
#include <utility>

namespace slip {

struct Error
{
    QString message;
};

template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : value_(std::move(value)) {}
    Result(Error error) : error_(std::move(error.message)) {}

    /// True when a value is held.
    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T& operator*() const& { return *value_; }
    const T* operator->() const { return &*value_; }

    /// The error message; empty when ok().
    const QString& error() const { return error_; }

    /// The value, or the given fallback when this holds an error.
    T valueOr(T fallback) const { return ok() ? *value_ : std::move(fallback); }

private:
    std::optional<T> value_;
    QString error_;
};

/// Result of an operation with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : error_(std::move(error.message)), failed_(true) {}
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return error_; }

private:
    QString error_;
    bool failed_ = false;
};

} // namespace slip
