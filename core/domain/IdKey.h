#pragma once
// IdKey: a long venue identifier (a 77-digit token id, a 66-character condition id) as a hash
// key. It is hashed on its last 16 characters, which tell ids apart as well as the whole id
// does (they are random numbers), at a fifth of the cost: qHash over every character of the
// token ids was a twentieth of a replay. Equality still compares the whole id.

#include <QHash>
#include <QString>
#include <QStringView>

namespace slip {

struct IdKey
{
    QString id;

    bool operator==(const IdKey&) const = default;
    friend size_t qHash(const IdKey& k, size_t seed) noexcept { return qHash(QStringView(k.id).right(16), seed); }
};

} // namespace slip
