#pragma once
// VenueResult<T>: a value from a venue call or the VenueError that explains why there is none.

#include "net/VenueError.h"

#include <optional>
#include <utility>

namespace slip {

template <class T>
class [[nodiscard]] VenueResult
{
public:
    VenueResult(T value) : value_(std::move(value)) {}
    VenueResult(VenueError error) : error_(std::move(error)) {}

    /// True when a value is held.
    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    /// The value; only valid when ok().
    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T* operator->() const { return &*value_; }
    /// The error; kind None when ok().
    const VenueError& error() const { return error_; }

private:
    std::optional<T> value_;
    VenueError error_;
};

} // namespace slip
