#include "MainWindow.h"

#include "api/Terminal.h"
#include "docks/SystemDock.h"
#include "docks/WalletsDock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

// Resources compiled into the static ui library must be registered by hand.
static void initUiResources()
{
    Q_INIT_RESOURCE(slipstream);
}

namespace slip::ui {
namespace {
// Bump when the dock set changes so an old saved state is not applied to a new layout.
constexpr int kLayoutVersion = 1;
} // namespace

MainWindow::MainWindow(api::Terminal& terminal, QWidget* parent)
    : QMainWindow(parent), terminal_(terminal)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipstream — %1").arg(terminal.dataDirectory().root()));
    setWindowIcon(QIcon(QStringLiteral(":/slipstream/icons/slipstream.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    resize(1280, 800);

    // The control bar holds the engine controls. Until the engine runs (paper) and live
    // execution exists, it states the mode plainly rather than offering switches that do nothing.
    controlBar_ = addToolBar(tr("Controls"));
    controlBar_->setObjectName(QStringLiteral("controlToolBar"));
    controlBar_->setMovable(false);
    auto* mode = new QLabel(tr("  PAPER — simulated copies only; live trading is not available in this build  "),
                            controlBar_);
    mode->setObjectName(QStringLiteral("modeLabel"));
    mode->setToolTip(tr("Every copy is simulated against the venue's order book. No real orders are sent."));
    controlBar_->addWidget(mode);

    auto* centre = new QLabel(tr("Slipstream"), this);
    centre->setAlignment(Qt::AlignCenter);
    centre->setEnabled(false);
    setCentralWidget(centre);
    centralWidget()->hide();

    walletsDock_ = new WalletsDock(terminal_, this);
    systemDock_ = new SystemDock(terminal_, this);
    addDockWidget(Qt::LeftDockWidgetArea, walletsDock_);
    addDockWidget(Qt::RightDockWidgetArea, systemDock_);
    buildMenus();
    statusBar()->showMessage(tr("Database: %1").arg(terminal.dataDirectory().databasePath()));

    defaultState_ = saveState(kLayoutVersion);
    restoreLayout();
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : {static_cast<QDockWidget*>(walletsDock_), static_cast<QDockWidget*>(systemDock_)})
        view->addAction(dock->toggleViewAction());
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace slip::ui
