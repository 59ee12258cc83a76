#include "domain/Clock.h"

#include <QDateTime>

namespace slip {

std::int64_t SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace slip
