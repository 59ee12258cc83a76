#include "MainWindow.h"

#include "api/Terminal.h"
#include "docks/AttemptsDock.h"
#include "docks/BreakersDock.h"
#include "docks/ConfigDock.h"
#include "docks/MarketsDock.h"
#include "docks/WalletDetailDock.h"
#include "docks/LogDock.h"
#include "docks/OverviewDock.h"
#include "docks/PositionsDock.h"
#include "docks/SkipReasonsDock.h"
#include "docks/SystemDock.h"
#include "docks/WalletsDock.h"
#include "widgets/EngineControls.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>

// Resources compiled into the static ui library must be registered by hand.
static void initUiResources()
{
    Q_INIT_RESOURCE(slipstream);
}

namespace slip::ui {
namespace {
// Bump when the dock set changes so an old saved state is not applied to a new layout.
constexpr int kLayoutVersion = 3;
} // namespace

MainWindow::MainWindow(api::Terminal& terminal, QWidget* parent)
    : QMainWindow(parent), terminal_(terminal)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(terminal.isDemo() ? tr("Slipstream — DEMO — %1").arg(terminal.dataDirectory().root())
                                     : tr("Slipstream — %1").arg(terminal.dataDirectory().root()));
    setWindowIcon(QIcon(QStringLiteral(":/slipstream/icons/slipstream.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    resize(1440, 900);

    auto* centre = new QLabel(tr("Slipstream"), this);
    centre->setAlignment(Qt::AlignCenter);
    centre->setEnabled(false);
    setCentralWidget(centre);
    centralWidget()->hide();

    buildToolBars();
    buildDocks();
    buildMenus();
    statusBar()->showMessage(tr("Database: %1").arg(terminal.dataDirectory().databasePath()));

    defaultState_ = saveState(kLayoutVersion);
    // Dock proportions only take once the window has its real size (after the platform applied
    // -geometry or the screen's); the built-in arrangement (and "Reset layout") use the result.
    proportionsPending_ = !restoreLayout();
    controls_->showState(terminal_.controls());
}

void MainWindow::buildToolBars()
{
    controls_ = new EngineControls(terminal_, this);
    connect(controls_, &EngineControls::failed, this, &MainWindow::showControlError);

    // The control bar holds the engine controls. The mode button opens the live-mode checks,
    // which say plainly that live execution does not exist in this build.
    controlBar_ = addToolBar(tr("Controls"));
    controlBar_->setObjectName(QStringLiteral("controlToolBar"));
    controlBar_->setMovable(false);
    controlBar_->addWidget(controls_->killSwitchButton());
    controlBar_->addSeparator();
    controlBar_->addAction(controls_->pauseAction());
    controlBar_->addSeparator();
    controlBar_->addWidget(controls_->modeButton());

    // Banners sit on their own full-width row under the controls. They are not a user toolbar:
    // their visibility follows the state, never the saved layout or the toolbar menu.
    addToolBarBreak();
    bannerBar_ = addToolBar(tr("Banners"));
    bannerBar_->setObjectName(QStringLiteral("bannerToolBar"));
    bannerBar_->setMovable(false);
    bannerBar_->setFloatable(false);
    bannerBar_->toggleViewAction()->setVisible(false);
    controls_->banners()->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bannerBar_->addWidget(controls_->banners());
    connect(controls_, &EngineControls::bannersVisibleChanged, this, &MainWindow::showBanners);
}

void MainWindow::showControlError(const QString& message)
{
    statusBar()->showMessage(message, 15000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Slipstream"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("controlErrorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): an engine error must not block the window
}

void MainWindow::showBanners(bool visible)
{
    bannerBar_->setVisible(visible);
}

void MainWindow::buildDocks()
{
    overviewDock_ = new OverviewDock(terminal_, this);
    walletsDock_ = new WalletsDock(terminal_, this);
    positionsDock_ = new PositionsDock(terminal_, this);
    systemDock_ = new SystemDock(terminal_, this);
    attemptsDock_ = new AttemptsDock(terminal_, this);
    skipReasonsDock_ = new SkipReasonsDock(terminal_, this);
    logDock_ = new LogDock(this);
    walletDetailDock_ = new WalletDetailDock(terminal_, this);
    marketsDock_ = new MarketsDock(terminal_, this);
    configDock_ = new ConfigDock(terminal_, this);
    breakersDock_ = new BreakersDock(terminal_, this);

    // Overview on the left (Wallet detail and Markets behind it) so the charts get the height;
    // positions over wallets on the right (Config, Breakers and System behind Wallets); attempts,
    // skip reasons and the log tabbed at the bottom.
    addDockWidget(Qt::LeftDockWidgetArea, overviewDock_);
    tabifyDockWidget(overviewDock_, walletDetailDock_);
    tabifyDockWidget(overviewDock_, marketsDock_);
    addDockWidget(Qt::RightDockWidgetArea, positionsDock_);
    addDockWidget(Qt::RightDockWidgetArea, walletsDock_);
    tabifyDockWidget(walletsDock_, configDock_);
    tabifyDockWidget(walletsDock_, breakersDock_);
    tabifyDockWidget(walletsDock_, systemDock_);
    addDockWidget(Qt::BottomDockWidgetArea, attemptsDock_);
    tabifyDockWidget(attemptsDock_, skipReasonsDock_);
    tabifyDockWidget(attemptsDock_, logDock_);
    overviewDock_->raise();
    walletsDock_->raise();
    attemptsDock_->raise();
    resizeDocks({overviewDock_, positionsDock_}, {1, 1}, Qt::Horizontal);
    resizeDocks({positionsDock_, walletsDock_}, {3, 2}, Qt::Vertical);

    connect(skipReasonsDock_, &SkipReasonsDock::reasonActivated, attemptsDock_, &AttemptsDock::showReason);
    connect(walletsDock_, &WalletsDock::walletActivated, walletDetailDock_, &WalletDetailDock::showWallet);
    connect(walletsDock_, &WalletsDock::overridesRequested, configDock_, &ConfigDock::showWallet);
    connect(walletDetailDock_, &WalletDetailDock::attemptActivated, attemptsDock_, &AttemptsDock::showAttempt);
    connect(marketsDock_, &MarketsDock::marketActivated, attemptsDock_, &AttemptsDock::showMarket);
    connect(positionsDock_, &PositionsDock::failed, this, &MainWindow::showControlError);
    connect(breakersDock_, &BreakersDock::failed, this, &MainWindow::showControlError);
}

QList<QDockWidget*> MainWindow::docks() const
{
    return {overviewDock_, walletsDock_,  positionsDock_, attemptsDock_, skipReasonsDock_, walletDetailDock_,
            marketsDock_,  configDock_,   breakersDock_,  systemDock_,   logDock_};
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* engine = menuBar()->addMenu(tr("&Engine"));
    engine->setObjectName(QStringLiteral("engineMenu"));
    engine->addAction(controls_->killSwitchAction());
    engine->addAction(controls_->pauseAction());
    engine->addSeparator();
    engine->addAction(controls_->liveModeAction());

    auto* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : docks())
        view->addAction(dock->toggleViewAction());
    // Alt+1… brings a panel forward and puts the keyboard in its table or chart.
    view->addSeparator();
    const QList<QDockWidget*> order = docks();
    for (int i = 0; i < order.size() && i < 10; ++i) {
        QDockWidget* dock = order[i];
        auto* go = view->addAction(tr("Go to %1").arg(dock->windowTitle()));
        go->setObjectName(dock->objectName() + QStringLiteral("GoAction"));
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        connect(go, &QAction::triggered, dock, [dock] {
            dock->show();
            dock->raise();
            dock->setFocus(Qt::ShortcutFocusReason);
        });
    }
    view->addSeparator();
    auto* reset = view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    lockLayoutAction_ = view->addAction(tr("&Lock Layout"));
    lockLayoutAction_->setObjectName(QStringLiteral("lockLayoutAction"));
    lockLayoutAction_->setCheckable(true);
    connect(lockLayoutAction_, &QAction::toggled, this, &MainWindow::setLayoutLocked);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Slipstream"), this, [this] {
        QMessageBox::about(this, tr("About Slipstream"),
                           tr("<b>Slipstream</b> %1<br>A copy-trading terminal.<br>Data: %2")
                               .arg(QApplication::applicationVersion(), terminal_.dataDirectory().root()));
    });
}

void MainWindow::resetLayout()
{
    restoreState(defaultState_, kLayoutVersion);
    for (auto* dock : findChildren<QDockWidget*>())
        dock->setVisible(true);
    overviewDock_->raise();
    walletsDock_->raise();
    attemptsDock_->raise();
    controls_->showState(terminal_.controls());
}

void MainWindow::setLayoutLocked(bool locked)
{
    const auto features = locked ? QDockWidget::NoDockWidgetFeatures
                                 : (QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                                    QDockWidget::DockWidgetFloatable);
    for (auto* dock : findChildren<QDockWidget*>())
        dock->setFeatures(features);
    if (lockLayoutAction_ && lockLayoutAction_->isChecked() != locked)
        lockLayoutAction_->setChecked(locked);
}

void MainWindow::saveLayout() const
{
    QSettings s(terminal_.dataDirectory().uiStatePath(), QSettings::IniFormat);
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    s.setValue(QStringLiteral("window/layoutLocked"), lockLayoutAction_ && lockLayoutAction_->isChecked());
    s.sync();
}

bool MainWindow::restoreLayout()
{
    QSettings s(terminal_.dataDirectory().uiStatePath(), QSettings::IniFormat);
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    const QByteArray state = s.value(QStringLiteral("window/state")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    setLayoutLocked(s.value(QStringLiteral("window/layoutLocked"), false).toBool());
    if (state.isEmpty())
        return false;
    if (!restoreState(state, kLayoutVersion)) {
        // A damaged or older layout: fall back to the built-in arrangement.
        restoreState(defaultState_, kLayoutVersion);
        return false;
    }
    return true;
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!proportionsPending_)
        return;
    proportionsPending_ = false;
    QTimer::singleShot(0, this, [this] {
        // The bottom row (attempts, skip reasons, log) gets two fifths of the height.
        resizeDocks({attemptsDock_}, {height() * 2 / 5}, Qt::Vertical);
        resizeDocks({positionsDock_, walletsDock_}, {1, 1}, Qt::Vertical);
        defaultState_ = saveState(kLayoutVersion);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace slip::ui
