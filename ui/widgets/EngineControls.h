#pragma once
// EngineControls: the operator's switches on the window — the red kill-switch button
// (Ctrl+Shift+K: engages at once, releases only after a confirmation), engine pause/resume, the
// global paper/live control (which in this build runs the live checks and switches nothing), and
// the banners that make a kill switch, a pause, live mode or the DEMO profile impossible to miss.

#include "api/ReadRows.h"

#include <QObject>

class QAction;
class QLabel;
class QToolButton;
class QWidget;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class EngineControls : public QObject
{
    Q_OBJECT
public:
    /// Builds the actions, the kill-switch button and the banner strip (children of window).
    EngineControls(api::Terminal& terminal, QWidget* window);

    QAction* killSwitchAction() const { return killAction_; }
    QAction* pauseAction() const { return pauseAction_; }
    QToolButton* killSwitchButton() const { return killButton_; }
    /// "Paper / Live…": opens the global live-mode dialog.
    QAction* liveModeAction() const { return liveAction_; }
    /// The toolbar button showing the mode in force (PAPER) that opens the live-mode dialog.
    QToolButton* modeButton() const { return modeButton_; }
    /// Opens the live-mode dialog for every wallet (modal).
    void openLiveDialog();
    /// The stacked banners (DEMO, kill switch, paused); hidden when none applies.
    QWidget* banners() const { return banners_; }

    /// Engages the kill switch now (no confirmation).
    void engageKillSwitch();
    /// Asks for confirmation, then releases the kill switch. Returns true when released.
    bool releaseKillSwitch();
    /// Reflects a control state on the button, actions and banners.
    void showState(const api::ControlState& state);
    /// Shows the live banner when any followed wallet trades live (never in this build).
    void showMode();

Q_SIGNALS:
    /// A command was refused or failed; the message is for the operator.
    void failed(const QString& message);
    /// Whether any banner applies (the window shows or hides the strip's container).
    void bannersVisibleChanged(bool visible);

private:
    void toggleKillSwitch();
    void togglePause();

    api::Terminal& terminal_;
    QWidget* window_;
    QAction* killAction_;
    QAction* pauseAction_;
    QAction* liveAction_;
    QToolButton* modeButton_;
    QLabel* liveBanner_;
    QToolButton* killButton_;
    QWidget* banners_;
    QLabel* demoBanner_;
    QLabel* killBanner_;
    QLabel* pausedBanner_;
    api::ControlState state_;
};

} // namespace slip::ui
