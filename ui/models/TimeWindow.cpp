#include "models/TimeWindow.h"

#include "api/ReadModels.h"

namespace slip::ui {

QString TimeWindow::name(Preset preset)
{
    switch (preset) {
    case All: return tr("All time");
    case LastHour: return tr("Last hour");
    case LastDay: return tr("Last 24 hours");
    case LastWeek: return tr("Last 7 days");
    default: return {};
    }
}

std::optional<std::int64_t> TimeWindow::lengthMs(Preset preset)
{
    switch (preset) {
    case LastHour: return 3'600'000;
    case LastDay: return 86'400'000;
    case LastWeek: return 7 * 86'400'000LL;
    default: return std::nullopt;
    }
}

std::int64_t TimeWindow::newestAttemptMs(api::ReadModels& models)
{
    api::AttemptFilter f;
    f.limit = 1;
    auto r = models.attempts(f);
    return r && !r->empty() ? r->front().attempt.decisionMs : 0;
}

} // namespace slip::ui
