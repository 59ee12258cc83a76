#pragma once
// TimeWindow: the look-back presets shared by the attempt filters and the skip-reason
// histogram. Windows end at the newest data rather than the wall clock, so a replayed or demo
// history (stream time) and a live one are read the same way.

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace slip::api {
class ReadModels;
}

namespace slip::ui {

class TimeWindow
{
    Q_DECLARE_TR_FUNCTIONS(TimeWindow)
public:
    enum Preset { All, LastHour, LastDay, LastWeek, PresetCount };

    /// The preset's name for a combo box.
    static QString name(Preset preset);
    /// Length of the window in ms; nullopt for All.
    static std::optional<std::int64_t> lengthMs(Preset preset);
    /// decision_ms of the newest stored attempt (0 when none): the end of every window.
    static std::int64_t newestAttemptMs(api::ReadModels& models);
};

} // namespace slip::ui
