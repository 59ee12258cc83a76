// The main window offscreen: follow a wallet through the Wallets dock (and be refused a bad
// one), change the dock layout, restart on the same data directory and find both again.

#include "MainWindow.h"
#include "api/DataDirectory.h"
#include "api/Terminal.h"
#include "domain/Clock.h"
#include "models/WalletsModel.h"
#include "store/Migrations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace slip;

namespace {
const QString kAddress = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");

template <class T>
T* find(QWidget* root, const char* name)
{
    auto* w = root->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addWalletThenRestart()
    {
        QTemporaryDir tmp;
        auto dir = api::DataDirectory::resolve(tmp.path());
        QVERIFY(dir.ok());
        VirtualClock clock(1767225600000); // 2026-01-01T00:00:00Z
        {
            api::Terminal terminal(clock);
            QVERIFY(terminal.open(*dir).ok());
            ui::MainWindow window(terminal);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            auto* walletsDock = find<QDockWidget>(&window, "walletsDock");
            auto* systemDock = find<QDockWidget>(&window, "systemDock");
            QVERIFY(walletsDock && systemDock);
            auto* address = find<QLineEdit>(walletsDock, "walletAddressEdit");
            auto* label = find<QLineEdit>(walletsDock, "walletLabelEdit");
            auto* add = find<QPushButton>(walletsDock, "addWalletButton");
            auto* error = find<QLabel>(walletsDock, "walletErrorLabel");
            auto* table = find<QTableView>(walletsDock, "walletsTable");
            QVERIFY(address && label && add && error && table);
            QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

            // A bad checksum is refused with a clear message and nothing is stored.
            QTest::keyClicks(address, QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
            QTest::mouseClick(add, Qt::LeftButton);
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains("checksum"), qPrintable(error->text()));
            QCOMPARE(table->model()->rowCount(), 0);
            address->clear();
            QTest::keyClicks(address, QStringLiteral("hello"));
            QTest::mouseClick(add, Qt::LeftButton);
            QVERIFY(error->text().contains("0x"));

            // A good one appears once stored.
            address->clear();
            QTest::keyClicks(address, kAddress);
            QTest::keyClicks(label, QStringLiteral("whale-1"));
            QTest::mouseClick(add, Qt::LeftButton);
            QTRY_COMPARE(table->model()->rowCount(), 1);
            QVERIFY(!error->isVisible());
            QCOMPARE(table->model()->index(0, ui::WalletsModel::LabelColumn).data().toString(),
                     QStringLiteral("whale-1"));
            QCOMPARE(table->model()->index(0, ui::WalletsModel::AddressColumn).data().toString(),
                     kAddress.toLower());
            // Following it twice is refused.
            QTest::keyClicks(address, kAddress.toLower());
            QTest::mouseClick(add, Qt::LeftButton);
            QVERIFY(error->text().contains("already followed"));

            // Disable it through the checkbox column and rename it inline.
            QVERIFY(table->model()->setData(table->model()->index(0, ui::WalletsModel::EnabledColumn),
                                            Qt::Unchecked, Qt::CheckStateRole));
            QTRY_COMPARE(table->model()->index(0, ui::WalletsModel::EnabledColumn).data(Qt::CheckStateRole).toInt(),
                         int(Qt::Unchecked));
            QVERIFY(table->model()->setData(table->model()->index(0, ui::WalletsModel::LabelColumn),
                                            QStringLiteral("whale-renamed")));
            QTRY_COMPARE(table->model()->index(0, ui::WalletsModel::LabelColumn).data().toString(),
                         QStringLiteral("whale-renamed"));

            // The System dock shows the database and the stored row.
            auto* schema = find<QLabel>(systemDock, "schemaVersionLabel");
            QCOMPARE(schema->text(), QString::number(store::Migrations::latestVersion()));
            QCOMPARE(find<QLabel>(systemDock, "databasePathLabel")->text(), dir->databasePath());

            // Rearrange: System to the bottom, Wallets hidden.
            window.addDockWidget(Qt::BottomDockWidgetArea, systemDock);
            walletsDock->close();
            QCOMPARE(window.dockWidgetArea(systemDock), Qt::BottomDockWidgetArea);
            window.resize(1111, 777);
            window.close();
            QVERIFY(terminal.flush());
        }
        {
            api::Terminal terminal(clock);
            QVERIFY(terminal.open(*dir).ok());
            QCOMPARE(terminal.wallets().size(), size_t(1));
            ui::MainWindow window(terminal);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* walletsDock = find<QDockWidget>(&window, "walletsDock");
            auto* systemDock = find<QDockWidget>(&window, "systemDock");
            QCOMPARE(window.dockWidgetArea(systemDock), Qt::BottomDockWidgetArea);
            QVERIFY(!walletsDock->isVisible());
            QCOMPARE(window.size(), QSize(1111, 777));
            auto* table = find<QTableView>(walletsDock, "walletsTable");
            QCOMPARE(table->model()->rowCount(), 1);
            QCOMPARE(table->model()->index(0, ui::WalletsModel::LabelColumn).data().toString(),
                     QStringLiteral("whale-renamed"));
            QCOMPARE(table->model()->index(0, ui::WalletsModel::EnabledColumn).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Unchecked));

            // Reset layout brings every dock back to the built-in places.
            window.resetLayout();
            QVERIFY(walletsDock->isVisible());
            QCOMPARE(window.dockWidgetArea(walletsDock), Qt::RightDockWidgetArea);
            QCOMPARE(window.dockWidgetArea(systemDock), Qt::RightDockWidgetArea);
            // Lock layout removes the dock features.
            window.setLayoutLocked(true);
            QCOMPARE(systemDock->features(), QDockWidget::NoDockWidgetFeatures);
            window.setLayoutLocked(false);

            // Unfollow through the façade; the table follows.
            QVERIFY(terminal.removeWallet(kAddress.toLower()).ok());
            QTRY_COMPARE(table->model()->rowCount(), 0);
            window.close();
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
