#include "widgets/EngineControls.h"

#include "api/Terminal.h"
#include "dialogs/LiveModeDialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

// The kill switch is red in every palette: it must read as "stop" at a glance. Everything else
// uses palette roles.
const QString kKillButtonStyle = QStringLiteral(
    "QToolButton#killSwitchButton { background: #c62828; color: white; font-weight: bold;"
    " padding: 6px 16px; border: 2px solid #8e0000; border-radius: 4px; }"
    "QToolButton#killSwitchButton:hover { background: #e53935; }"
    "QToolButton#killSwitchButton[engaged=\"true\"] { background: #7f0000; border-color: #ff5252; }");

const QString kKillBannerStyle = QStringLiteral(
    "QLabel { background: #c62828; color: white; font-weight: bold; padding: 6px; }");

QLabel* banner(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setMargin(4);
    l->hide();
    return l;
}

} // namespace

EngineControls::EngineControls(api::Terminal& terminal, QWidget* window)
    : QObject(window), terminal_(terminal), window_(window)
{
    killAction_ = new QAction(tr("KILL SWITCH"), window);
    killAction_->setObjectName(QStringLiteral("killSwitchAction"));
    killAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // Reachable from floating docks too: the kill switch must never depend on focus.
    killAction_->setShortcutContext(Qt::ApplicationShortcut);
    window->addAction(killAction_);
    connect(killAction_, &QAction::triggered, this, &EngineControls::toggleKillSwitch);

    killButton_ = new QToolButton(window);
    killButton_->setObjectName(QStringLiteral("killSwitchButton"));
    killButton_->setDefaultAction(killAction_);
    killButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    killButton_->setStyleSheet(kKillButtonStyle);
    QFont f = killButton_->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    killButton_->setFont(f);

    pauseAction_ = new QAction(tr("Pause engine"), window);
    pauseAction_->setObjectName(QStringLiteral("pauseAction"));
    connect(pauseAction_, &QAction::triggered, this, &EngineControls::togglePause);

    liveAction_ = new QAction(tr("Paper / &Live…"), window);
    liveAction_->setObjectName(QStringLiteral("liveModeAction"));
    liveAction_->setToolTip(tr("Every wallet trades on paper. Switching to live needs the unlocked trading key, venue "
                               "API credentials and a typed confirmation; live order submission is not available in "
                               "this build, so nothing is switched."));
    connect(liveAction_, &QAction::triggered, this, &EngineControls::openLiveDialog);
    modeButton_ = new QToolButton(window);
    modeButton_->setObjectName(QStringLiteral("modeButton"));
    modeButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    modeButton_->setText(tr("PAPER — live not available in this build"));
    modeButton_->setToolTip(liveAction_->toolTip());
    connect(modeButton_, &QToolButton::clicked, this, &EngineControls::openLiveDialog);

    banners_ = new QWidget(window);
    banners_->setObjectName(QStringLiteral("bannerStrip"));
    auto* layout = new QVBoxLayout(banners_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    demoBanner_ = banner(banners_, "demoBanner");
    demoBanner_->setText(tr("DEMO — synthetic data from the embedded sandbox venue; no real money"));
    demoBanner_->setToolTip(tr("This profile replays a bundled, generated capture through a local copy of the "
                               "venue's APIs. Nothing here is real trading."));
    // Highlight roles keep the DEMO strip legible in light and dark palettes.
    demoBanner_->setBackgroundRole(QPalette::Highlight);
    demoBanner_->setForegroundRole(QPalette::HighlightedText);
    demoBanner_->setAutoFillBackground(true);
    QFont bold = demoBanner_->font();
    bold.setBold(true);
    demoBanner_->setFont(bold);
    killBanner_ = banner(banners_, "killSwitchBanner");
    killBanner_->setStyleSheet(kKillBannerStyle);
    pausedBanner_ = banner(banners_, "pausedBanner");
    pausedBanner_->setBackgroundRole(QPalette::ToolTipBase);
    pausedBanner_->setForegroundRole(QPalette::ToolTipText);
    pausedBanner_->setAutoFillBackground(true);
    pausedBanner_->setFont(bold);
    layout->addWidget(demoBanner_);
    layout->addWidget(killBanner_);
    layout->addWidget(pausedBanner_);
    liveBanner_ = banner(banners_, "liveBanner");
    liveBanner_->setStyleSheet(QStringLiteral("QLabel { background: #e65100; color: white; font-weight: bold; padding: 6px; }"));
    liveBanner_->setText(tr("LIVE — real orders with real money"));
    layout->addWidget(liveBanner_);
    connect(&terminal_, &api::Terminal::walletsChanged, this, &EngineControls::showMode);

    demoBanner_->setVisible(terminal_.isDemo());
    connect(&terminal_, &api::Terminal::controlsChanged, this, &EngineControls::showState);
    showState(terminal_.controls());
}

void EngineControls::showState(const api::ControlState& state)
{
    state_ = state;
    if (state.killSwitch) {
        killAction_->setText(tr("KILL SWITCH ENGAGED — Release…"));
        killAction_->setToolTip(tr("The kill switch is engaged: no new orders of any kind. Click (or Ctrl+Shift+K) "
                                   "to release it; you will be asked to confirm."));
        killBanner_->setText(tr("KILL SWITCH ENGAGED — no new orders of any kind until it is released "
                                "(toolbar button or Ctrl+Shift+K)."));
    } else {
        killAction_->setText(tr("KILL SWITCH"));
        killAction_->setToolTip(tr("Stop all copying at once: no new orders of any kind (Ctrl+Shift+K). "
                                   "Takes effect immediately, without confirmation."));
    }
    killButton_->setProperty("engaged", state.killSwitch);
    killButton_->style()->unpolish(killButton_);
    killButton_->style()->polish(killButton_);
    killBanner_->setVisible(state.killSwitch);

    pauseAction_->setText(state.paused ? tr("Resume engine") : tr("Pause engine"));
    pauseAction_->setToolTip(state.paused ? tr("Resume copying. Trades seen while paused were skipped (ENGINE_PAUSED).")
                                          : tr("Stop copying new trades; trades are still tracked and skipped with "
                                               "ENGINE_PAUSED. Open positions stay as they are."));
    pausedBanner_->setText(tr("Engine paused — trades are tracked but not copied."));
    pausedBanner_->setVisible(state.paused && !state.killSwitch);
    bool live = false;
    for (const auto& w : terminal_.wallets())
        live = live || w.mode == u"live";
    liveBanner_->setVisible(live);
    const bool any = terminal_.isDemo() || state.killSwitch || state.paused || live;
    banners_->setVisible(any);
    Q_EMIT bannersVisibleChanged(any);
}

void EngineControls::showMode()
{
    showState(state_);
}

void EngineControls::openLiveDialog()
{
    LiveModeDialog dialog(terminal_, QString(), window_);
    dialog.exec();
}

void EngineControls::toggleKillSwitch()
{
    if (state_.killSwitch)
        releaseKillSwitch();
    else
        engageKillSwitch();
}

void EngineControls::engageKillSwitch()
{
    if (auto s = terminal_.setKillSwitch(true); !s) {
        Q_EMIT failed(tr("Could not engage the kill switch: %1").arg(s.error()));
        return;
    }
    showState(terminal_.controls());
}

bool EngineControls::releaseKillSwitch()
{
    QMessageBox box(QMessageBox::Warning, tr("Release kill switch"),
                    tr("Release the kill switch and allow new orders again?"), QMessageBox::NoButton, window_);
    box.setObjectName(QStringLiteral("releaseKillSwitchDialog"));
    box.setInformativeText(tr("Copying resumes with the next trade of a followed wallet."));
    auto* release = box.addButton(tr("Release"), QMessageBox::DestructiveRole);
    release->setObjectName(QStringLiteral("releaseButton"));
    auto* keep = box.addButton(tr("Keep engaged"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != release)
        return false;
    if (auto s = terminal_.setKillSwitch(false); !s) {
        Q_EMIT failed(tr("Could not release the kill switch: %1").arg(s.error()));
        return false;
    }
    showState(terminal_.controls());
    return true;
}

void EngineControls::togglePause()
{
    const bool pause = !state_.paused;
    if (auto s = terminal_.setPaused(pause); !s) {
        Q_EMIT failed(pause ? tr("Could not pause the engine: %1").arg(s.error())
                            : tr("Could not resume the engine: %1").arg(s.error()));
        return;
    }
    showState(terminal_.controls());
}

} // namespace slip::ui
