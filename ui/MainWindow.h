#pragma once
// MainWindow: the frame — menus, the control toolbar, the banners and the dock panels. Each
// dock owns its widget and model; this class only arranges them and saves/restores the layout
// per profile.

#include <QByteArray>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QToolBar;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class AttemptsDock;
class BreakersDock;
class ConfigDock;
class MarketsDock;
class WalletDetailDock;
class EngineControls;
class LogDock;
class OverviewDock;
class PositionsDock;
class SkipReasonsDock;
class SystemDock;
class WalletsDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Builds the window over an open terminal and restores the saved layout, if any.
    explicit MainWindow(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Returns the docks to the built-in arrangement.
    void resetLayout();
    /// Locks or unlocks dock moving, floating and closing.
    void setLayoutLocked(bool locked);
    /// Writes geometry and dock state to the profile's ui-state.ini.
    void saveLayout() const;
    /// The kill switch, pause and banners.
    EngineControls* engineControls() const { return controls_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildToolBars();
    void buildDocks();
    void buildMenus();
    bool restoreLayout();
    void showBanners(bool visible);
    void showControlError(const QString& message);
    QList<QDockWidget*> docks() const;

    api::Terminal& terminal_;
    EngineControls* controls_ = nullptr;
    WalletsDock* walletsDock_ = nullptr;
    SystemDock* systemDock_ = nullptr;
    OverviewDock* overviewDock_ = nullptr;
    PositionsDock* positionsDock_ = nullptr;
    AttemptsDock* attemptsDock_ = nullptr;
    SkipReasonsDock* skipReasonsDock_ = nullptr;
    LogDock* logDock_ = nullptr;
    WalletDetailDock* walletDetailDock_ = nullptr;
    MarketsDock* marketsDock_ = nullptr;
    ConfigDock* configDock_ = nullptr;
    BreakersDock* breakersDock_ = nullptr;
    QToolBar* controlBar_ = nullptr;
    QToolBar* bannerBar_ = nullptr;
    QAction* lockLayoutAction_ = nullptr;
    QByteArray defaultState_;
    bool proportionsPending_ = false;
};

} // namespace slip::ui
