#pragma once
// MainWindow: the frame — menus, the control toolbar and the dock panels. Each dock owns its
// widget and model; this class only arranges them and saves/restores the layout per profile.

#include <QByteArray>
#include <QMainWindow>

class QAction;
class QLabel;
class QToolBar;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    bool restoreLayout();

    api::Terminal& terminal_;
    WalletsDock* walletsDock_;
    SystemDock* systemDock_;
    QToolBar* controlBar_;
    QAction* lockLayoutAction_ = nullptr;
    QByteArray defaultState_;
};

} // namespace slip::ui
