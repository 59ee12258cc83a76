// The operator controls offscreen on the live engine (sandbox venue, stepped clock): the
// Breakers panel shows the trip figures the engine stored and resets a breaker after a
// confirmation that shows them; the Positions panel closes a position after a confirmation
// with shares, mark and estimated proceeds; the paper/live dialog runs the checks and never
// switches to live in this build, saying so.

#include "../../integration/controls/ControlsHarness.h"

#include "api/ReadModels.h"
#include "dialogs/LiveModeDialog.h"
#include "docks/BreakersDock.h"
#include "docks/PositionsDock.h"
#include "docks/WalletsDock.h"
#include "models/AmountText.h"
#include "models/PositionsModel.h"
#include "models/ScopeChoice.h"
#include "store/Database.h"
#include "widgets/EngineControls.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace slip;
using namespace slip::test;

namespace {

// Answers the next modal dialog named `dialog` by clicking the button named `button`; the
// dialog's text and informative text land in *text.
void answerNextDialog(const QString& dialog, const QString& button, QString* text)
{
    QTimer::singleShot(0, [dialog, button, text] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != dialog) {
            answerNextDialog(dialog, button, text);
            return;
        }
        if (auto* box = qobject_cast<QMessageBox*>(modal); box && text)
            *text = box->text() + u'\n' + box->informativeText();
        for (auto* b : modal->findChildren<QAbstractButton*>()) {
            if (b->objectName() == button || b->text() == button) {
                b->click();
                return;
            }
        }
        qWarning("button %s not found in %s", qPrintable(button), qPrintable(dialog));
    });
}

} // namespace

class TestControlsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breakersAndCloseOnTheLiveEngine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        QVERIFY2(h.open(dir.path(), touchyDemoConfig(), 12), qPrintable(h.problem()));
        api::Terminal& t = h.terminal();
        QMainWindow window;
        auto* breakers = new ui::BreakersDock(t, &window);
        auto* positions = new ui::PositionsDock(t, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, breakers);
        window.addDockWidget(Qt::LeftDockWidgetArea, positions);
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(breakers->objectName(), QStringLiteral("breakersDock"));
        QAbstractItemModelTester tester(breakers->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every scope's three breakers, all armed before anything ran.
        QCOMPARE(breakers->model()->rowCount(), int(3 * (1 + h.config().wallets.size())));
        auto* resetButton = breakers->findChild<QPushButton*>(QStringLiteral("resetBreakerButton"));
        QVERIFY(resetButton);
        breakers->table()->selectRow(0);
        QVERIFY(!resetButton->isEnabled());

        QVERIFY2(h.startEngine(), qPrintable(h.problem()));
        QString resetText, closeText;
        api::BreakerState reset;
        api::PositionRow closed;
        bool closeDone = false;
        const bool ran = h.run([&](int) {
            if (reset.breaker.isEmpty()) {
                breakers->refresh();
                const auto& states = breakers->states();
                for (std::size_t i = 0; i < states.size(); ++i) {
                    if (!states[i].tripped)
                        continue;
                    const api::BreakerState s = states[i];
                    // The row shows the trip figures as stored.
                    auto* m = breakers->model();
                    const int r = int(i);
                    QCOMPARE(m->index(r, ui::BreakersDock::StateColumn).data().toString(),
                             QStringLiteral("TRIPPED"));
                    QCOMPARE(m->index(r, ui::BreakersDock::EquityColumn).data().toString(),
                             ui::amount::usdc(s.equity));
                    QCOMPARE(m->index(r, ui::BreakersDock::ReferenceColumn).data().toString(),
                             ui::amount::usdc(s.reference));
                    QCOMPARE(m->index(r, ui::BreakersDock::SinceColumn).data().toString(),
                             ui::amount::utcTime(s.sinceMs));
                    breakers->table()->selectRow(r);
                    QVERIFY(resetButton->isEnabled());
                    // Cancel first: nothing happens.
                    answerNextDialog(QStringLiteral("resetBreakerDialog"),
                                     QStringLiteral("Keep tripped"), nullptr);
                    QVERIFY(!breakers->resetSelected());
                    answerNextDialog(QStringLiteral("resetBreakerDialog"),
                                     QStringLiteral("confirmResetButton"), &resetText);
                    resetButton->click();
                    QTRY_VERIFY(!resetText.isEmpty());
                    reset = s;
                    // The request shows at once; the button is off until the engine applies it.
                    QVERIFY(t.flush());
                    breakers->refresh();
                    QVERIFY(breakers->states()[i].resetRequestedMs.has_value());
                    QVERIFY(!resetButton->isEnabled());
                    break;
                }
            }
            if (!closeDone) {
                for (const FollowedWallet& w : h.config().wallets) {
                    auto rows = t.readModels().positions(QStringLiteral("EXEC_USER"), w.address);
                    if (!rows || rows->empty() || !rows->front().mark)
                        continue;
                    positions->scopeChoice()->select(QStringLiteral("EXEC_USER"), w.address);
                    positions->refresh();
                    QVERIFY(positions->model()->rowCount() > 0);
                    positions->table()->selectRow(0);
                    auto* proxy = positions->table()->model();
                    const int source = static_cast<QSortFilterProxyModel*>(proxy)
                                           ->mapToSource(proxy->index(0, 0))
                                           .row();
                    closed = positions->model()->positions()[std::size_t(source)];
                    QVERIFY(positions->closeAction()->isEnabled());
                    // Engaged kill switch: the action is off.
                    QVERIFY(t.setKillSwitch(true).ok());
                    QVERIFY(!positions->closeAction()->isEnabled());
                    QVERIFY(t.setKillSwitch(false).ok());
                    QVERIFY(positions->closeAction()->isEnabled());
                    answerNextDialog(QStringLiteral("closePositionDialog"),
                                     QStringLiteral("confirmCloseButton"), &closeText);
                    positions->closeAction()->trigger();
                    QTRY_VERIFY(!closeText.isEmpty());
                    closeDone = true;
                    break;
                }
            }
        });
        QVERIFY2(ran, qPrintable(h.problem()));
        QVERIFY2(!reset.breaker.isEmpty(), "no breaker tripped in the run");
        QVERIFY2(closeDone, "no position to close in the run");

        // The confirmation showed the figures that tripped the breaker.
        QVERIFY2(resetText.contains(ui::amount::usdc(reset.equity)), qPrintable(resetText));
        QVERIFY2(resetText.contains(ui::amount::usdc(reset.reference)), qPrintable(resetText));
        QVERIFY2(resetText.contains(ui::amount::utcTime(reset.sinceMs)), qPrintable(resetText));
        QVERIFY2(resetText.contains(ui::amount::percentFromBps(reset.thresholdBps)),
                 qPrintable(resetText));
        // The close's confirmation: shares, mark and estimated proceeds at the mark.
        QVERIFY2(closeText.contains(ui::amount::shares(closed.shares)), qPrintable(closeText));
        QVERIFY2(closeText.contains(ui::amount::price(*closed.mark)), qPrintable(closeText));
        QVERIFY2(closeText.contains(ui::amount::usdc(*ui::PositionsModel::marketValue(closed))),
                 qPrintable(closeText));

        // Offscreen screenshots for the README and reviews, when asked for.
        if (const QString shots = qEnvironmentVariable("SLIPSTREAM_SCREENSHOT_DIR"); !shots.isEmpty()) {
            breakers->refresh();
            window.grab().save(shots + QStringLiteral("/controls-breakers-positions.png"));
        }
        // After the run the reset was applied (the breaker re-armed or tripped again later) and the
        // close is a stored attempt.
        breakers->refresh();
        for (const api::BreakerState& s : breakers->states())
            if (s.scope == reset.scope && s.wallet == reset.wallet && s.breaker == reset.breaker)
                QVERIFY(!s.resetRequestedMs || s.sinceMs > reset.sinceMs);
        auto db = store::Database::openReader(h.dataDir().databasePath());
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM copy_attempts WHERE group_key LIKE ?"));
        q.addBindValue(
            QStringLiteral("manual:%1:%2:%")
                .arg(closed.wallet.isEmpty() ? QStringLiteral("%") : closed.wallet, closed.asset));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM breaker_events WHERE scope = ? AND wallet = ? AND breaker = ? "
            "AND action = 'reset' AND t_ms > ?"));
        q.addBindValue(reset.scope);
        q.addBindValue(reset.wallet.isEmpty() ? QStringLiteral("") : reset.wallet);
        q.addBindValue(reset.breaker);
        q.addBindValue(qint64(reset.sinceMs));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
    }

    void paperLiveDialogSaysPlainlyThatNothingIsSwitched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ControlsHarness h;
        QVERIFY2(h.open(dir.path(), api::DemoVenue::config(), 1), qPrintable(h.problem()));
        api::Terminal& t = h.terminal();
        QMainWindow window;
        ui::EngineControls controls(t, &window);
        QVERIFY(controls.liveModeAction());
        QCOMPARE(controls.modeButton()->objectName(), QStringLiteral("modeButton"));
        QVERIFY(controls.modeButton()->text().contains(QStringLiteral("PAPER")));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("liveBanner"))->isVisibleTo(&window));

        // Global, without a keystore: the checks fail and say why.
        {
            ui::LiveModeDialog dialog(t, QString());
            auto* arm = dialog.findChild<QPushButton*>(QStringLiteral("liveArmButton"));
            auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("liveConfirmEdit"));
            auto* result = dialog.findChild<QLabel*>(QStringLiteral("liveResultLabel"));
            QVERIFY(arm && confirm && result);
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("liveNotAvailableLabel"))
                        ->text()
                        .contains(QStringLiteral("not available in this build")));
            QVERIFY(!arm->isEnabled()); // nothing typed yet
            QTest::keyClicks(confirm, QStringLiteral("LIVE"));
            QVERIFY(arm->isEnabled());
            arm->click();
            QVERIFY(!dialog.lastCheck().keystorePresent);
            QVERIFY(!dialog.lastCheck().switched);
            QVERIFY(result->text().contains(QStringLiteral("✘ keystore present")));
            QVERIFY(result->text().contains(QStringLiteral("✘ live mode switched on")));
        }
        QVERIFY2(h.createKeystore("passphrase-1", true), qPrintable(h.problem()));
        // One wallet, through the Wallets panel's Live… button: everything passes, nothing
        // switches.
        ui::WalletsDock wallets(t, &window);
        auto* table = wallets.findChild<QTableView*>();
        QVERIFY(table);
        table->selectRow(0);
        auto* liveButton = wallets.findChild<QPushButton*>(QStringLiteral("walletLiveButton"));
        QVERIFY(liveButton && liveButton->isEnabled());
        const QString label = h.config().wallets[0].label;
        QString resultText;
        QTimer::singleShot(0, [&] {
            std::function<void()> answer = [&] {
                auto* dialog = qobject_cast<ui::LiveModeDialog*>(QApplication::activeModalWidget());
                if (!dialog) {
                    QTimer::singleShot(0, answer);
                    return;
                }
                dialog->findChild<QLineEdit*>(QStringLiteral("livePassphraseEdit"))
                    ->setText(QStringLiteral("passphrase-1"));
                dialog->findChild<QLineEdit*>(QStringLiteral("liveConfirmEdit"))->setText(label);
                dialog->findChild<QPushButton*>(QStringLiteral("liveArmButton"))->click();
                resultText = dialog->findChild<QLabel*>(QStringLiteral("liveResultLabel"))->text();
                QVERIFY(dialog->lastCheck().checksPassed());
                QVERIFY(!dialog->lastCheck().switched);
                // The passphrase does not stay in the field.
                QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("livePassphraseEdit"))
                            ->text()
                            .isEmpty());
                dialog->reject();
            };
            answer();
        });
        liveButton->click();
        if (const QString shots = qEnvironmentVariable("SLIPSTREAM_SCREENSHOT_DIR"); !shots.isEmpty()) {
            ui::LiveModeDialog dialog(t, h.config().wallets[0].address);
            dialog.findChild<QLineEdit*>(QStringLiteral("livePassphraseEdit"))->setText(QStringLiteral("passphrase-1"));
            dialog.findChild<QLineEdit*>(QStringLiteral("liveConfirmEdit"))->setText(label);
            dialog.arm();
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(shots + QStringLiteral("/controls-live-dialog.png"));
        }
        QVERIFY2(resultText.contains(QStringLiteral("✔ keystore present")), qPrintable(resultText));
        QVERIFY2(resultText.contains(QStringLiteral("✔ key unlocked")), qPrintable(resultText));
        QVERIFY2(resultText.contains(QStringLiteral("✔ venue API credentials")),
                 qPrintable(resultText));
        QVERIFY2(resultText.contains(QStringLiteral("✔ typed confirmation")),
                 qPrintable(resultText));
        QVERIFY2(resultText.contains(QStringLiteral("✘ live mode switched on")),
                 qPrintable(resultText));
        QVERIFY2(resultText.contains(QStringLiteral("not available in this build")),
                 qPrintable(resultText));
        QVERIFY(t.flush());
        for (const api::WalletInfo& w : t.wallets())
            QCOMPARE(w.mode, QStringLiteral("paper"));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("liveBanner"))->isVisibleTo(&window));
    }
};

QTEST_MAIN(TestControlsGui)
#include "test_controls_gui.moc"
