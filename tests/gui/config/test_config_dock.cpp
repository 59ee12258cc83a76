// The Config panel offscreen on a seeded profile (the demo wallets, one with an override, and
// the bundled demo capture as the profile's capture): fields show the stored configuration,
// out-of-range values show the range and block Apply, Apply stores, bad imports change nothing,
// export and import round-trip, and Test config shows the replay's numbers and can be cancelled.

#include "../../unit/api/SeededProfile.h"

#include "api/DataDirectory.h"
#include "api/Terminal.h"
#include "api/WhatIfJob.h"
#include "api/WhatIfReplay.h"
#include "docks/ConfigDock.h"
#include "domain/Clock.h"
#include "log/Log.h"
#include "widgets/ConfigForm.h"
#include "widgets/ConfigWhatIfChart.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <optional>

using namespace slip;

namespace {

template <class T>
T* find(QObject* root, const QString& name)
{
    auto* w = root->findChild<T*>(name);
    if (!w)
        qWarning("object %s not found", qPrintable(name));
    return w;
}

QLineEdit* line(ui::ConfigForm* form, const QString& key)
{
    auto* e = form->editor(key);
    return e ? qobject_cast<QLineEdit*>(e->field()) : nullptr;
}

// Types into a field as the operator does (select all, type), so textEdited fires.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

class TestConfigDock : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    std::optional<api::DataDirectory> dir_;
    VirtualClock clock_{1793620800000 + 9 * 3'600'000LL};
    EngineConfig seeded_;

private Q_SLOTS:
    void initTestCase()
    {
        QString err = log::init({{}, QStringLiteral("info"), false});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto dir = api::DataDirectory::resolve(tmp_.path());
        QVERIFY2(dir.ok(), qPrintable(dir.error()));
        dir_ = *dir;
        seeded_ = test::demoConfig();
        store::StoreWriter writer;
        QVERIFY(writer.open(dir_->databasePath()).ok());
        writer.submit(api::ConfigStore::saveOps(seeded_, QStringLiteral("test"), 1'700'000'000'000));
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(0));
        writer.close();
        // The bundled demo capture stands in for what the engine recorded in this profile.
        QVERIFY(QDir().mkpath(dir_->captureDirectory()));
        QVERIFY(QFile::copy(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz"),
                            QDir(dir_->captureDirectory()).filePath(QStringLiteral("capture.jsonl"))));
    }

    void fieldsShowTheStoredConfig()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        QCOMPARE(dock.objectName(), QStringLiteral("configDock"));
        auto* copyBps = line(dock.globalForm(), QStringLiteral("copy_bps"));
        QVERIFY(copyBps);
        QCOMPARE(copyBps->text(), QStringLiteral("300"));
        QVERIFY(dock.globalForm()->editor(QStringLiteral("copy_bps"))->isSet());
        // Unset keys show their defaults.
        QCOMPARE(line(dock.globalForm(), QStringLiteral("max_spread"))->text(), QStringLiteral("0.02"));
        QVERIFY(!dock.globalForm()->editor(QStringLiteral("max_spread"))->isSet());
        QCOMPARE(line(dock.globalForm(), QStringLiteral("seed"))->text(), QStringLiteral("7"));
        auto* hint = dock.globalForm()->editor(QStringLiteral("copy_bps"))->hint();
        QVERIFY2(hint->text().contains(QStringLiteral("[0, 1000000]")), qPrintable(hint->text()));
        // The second demo wallet overrides its bankroll; the others follow the global values.
        const QString second = seeded_.wallets.at(1).address;
        ui::ConfigForm* w2 = dock.walletForm(second);
        QVERIFY(w2);
        QVERIFY(w2->editor(QStringLiteral("wallet_bankroll_usdc"))->isSet());
        QCOMPARE(line(w2, QStringLiteral("wallet_bankroll_usdc"))->text(), QStringLiteral("2500"));
        QVERIFY(!w2->editor(QStringLiteral("copy_bps"))->isSet());
        QCOMPARE(line(w2, QStringLiteral("copy_bps"))->text(), QStringLiteral("300")); // inherited
        QVERIFY(!line(w2, QStringLiteral("copy_bps"))->isEnabled());
        dock.showWallet(second);
        QCOMPARE(find<QComboBox>(&dock, QStringLiteral("configWalletCombo"))->currentData().toString(), second);
        QVERIFY(!dock.isDirty());
        QVERIFY(!find<QPushButton>(&dock, QStringLiteral("configApplyButton"))->isEnabled());
        QVERIFY(find<QLabel>(&dock, QStringLiteral("configRestartNote"))->text().contains(QStringLiteral("next start")));
    }

    void outOfRangeShowsRangeAndBlocksApply()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        dock.show();
        auto* apply = find<QPushButton>(&dock, QStringLiteral("configApplyButton"));
        auto* copyBps = line(dock.globalForm(), QStringLiteral("copy_bps"));
        typeInto(copyBps, QStringLiteral("2000000"));
        auto* hint = dock.globalForm()->editor(QStringLiteral("copy_bps"))->hint();
        QCOMPARE(hint->text(), QStringLiteral("copy_bps: 2000000 is out of range; must be an integer in [0, 1000000]"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!find<QPushButton>(&dock, QStringLiteral("configTestButton"))->isEnabled());
        QVERIFY(find<QLabel>(&dock, QStringLiteral("configMessage"))->text().contains(QStringLiteral("[0, 1000000]")));
        typeInto(copyBps, QStringLiteral("12x"));
        QCOMPARE(hint->text(), QStringLiteral("copy_bps: must be an integer in [0, 1000000]"));
        QVERIFY(!apply->isEnabled());
        // A price above 1 in a wallet's override: same check, same message.
        ui::ConfigForm* w1 = dock.walletForm(seeded_.wallets.at(0).address);
        w1->editor(QStringLiteral("max_spread"))->findChild<QCheckBox*>()->setChecked(true);
        typeInto(line(w1, QStringLiteral("max_spread")), QStringLiteral("1.5"));
        QVERIFY2(w1->editor(QStringLiteral("max_spread"))->hint()->text().contains(QStringLiteral("[0, 1]")),
                 qPrintable(w1->editor(QStringLiteral("max_spread"))->hint()->text()));
        typeInto(copyBps, QStringLiteral("450"));
        QVERIFY(!apply->isEnabled());
        typeInto(line(w1, QStringLiteral("max_spread")), QStringLiteral("0.05"));
        QVERIFY(apply->isEnabled());
        QVERIFY(dock.isDirty());
    }

    void applyStores()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        dock.show();
        QSignalSpy changed(&terminal, &api::Terminal::configChanged);
        typeInto(line(dock.globalForm(), QStringLiteral("copy_bps")), QStringLiteral("450"));
        const QString first = seeded_.wallets.at(0).address;
        ui::ConfigForm* w1 = dock.walletForm(first);
        w1->editor(QStringLiteral("max_trade_usdc"))->findChild<QCheckBox*>()->setChecked(true);
        typeInto(line(w1, QStringLiteral("max_trade_usdc")), QStringLiteral("125.5"));
        QTest::mouseClick(find<QPushButton>(&dock, QStringLiteral("configApplyButton")), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        auto stored = terminal.config();
        QVERIFY(stored.ok());
        QCOMPARE(stored->globalJson.value(QStringLiteral("copy_bps")).toInteger(), 450);
        QCOMPARE(stored->global.copyBps, 450);
        QCOMPARE(stored->wallets.at(0).overrides.value(QStringLiteral("max_trade_usdc")).toString(),
                 QStringLiteral("125.5"));
        QCOMPARE(stored->wallets.at(0).params.maxTradeUsdc.raw(), 125'500'000);
        QCOMPARE(stored->wallets.at(1).overrides, seeded_.wallets.at(1).overrides);
        QVERIFY(!dock.isDirty());
        QVERIFY(!find<QPushButton>(&dock, QStringLiteral("configApplyButton"))->isEnabled());
        QVERIFY(find<QLabel>(&dock, QStringLiteral("configMessage"))->text().contains(QStringLiteral("next start")));

        // Back to the seeded values for the next tests (Revert of an edit first).
        typeInto(line(dock.globalForm(), QStringLiteral("copy_bps")), QStringLiteral("9"));
        QVERIFY(dock.isDirty());
        QTest::mouseClick(find<QPushButton>(&dock, QStringLiteral("configRevertButton")), Qt::LeftButton);
        QCOMPARE(line(dock.globalForm(), QStringLiteral("copy_bps"))->text(), QStringLiteral("450"));
        QVERIFY(terminal.setConfig(seeded_).ok());
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(line(dock.globalForm(), QStringLiteral("copy_bps"))->text(), QStringLiteral("300"));
    }

    void badImportChangesNothing()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        typeInto(line(dock.globalForm(), QStringLiteral("jitter_ms")), QStringLiteral("100"));
        const QByteArray before = compact(dock.candidate()->toJson());
        const QByteArray storedBefore = compact(terminal.config()->toJson());
        QTemporaryDir tmp;
        auto write = [&tmp](const QString& name, const QByteArray& text) {
            const QString path = tmp.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
            return path;
        };
        auto* message = find<QLabel>(&dock, QStringLiteral("configMessage"));
        const struct
        {
            const char* file;
            QByteArray text;
            QString expected;
        } cases[] = {
            {"range.json", R"({"global": {"copy_bps": 2000000}})",
             QStringLiteral("global.copy_bps: 2000000 is out of range; must be an integer in [0, 1000000]")},
            {"type.json", R"({"global": {"max_spread": 0.02}})",
             QStringLiteral("global.max_spread: must be a decimal string (price) in [0, 1]")},
            {"unknown.json", R"({"global": {"copy_pct": 1}})", QStringLiteral("global.copy_pct: unknown key")},
            {"syntax.json", R"({"global": )", QStringLiteral("config: invalid JSON")},
            {"wallet.json",
             R"({"wallets": [{"address": "0x00000000000000000000000000000000000000aa", "overrides": {}}]})",
             QStringLiteral("is not followed")},
            {"switch.json", R"({"global": {"kill_switch": false}})", QStringLiteral("global.kill_switch")},
        };
        for (const auto& c : cases) {
            const Status s = dock.importFile(write(QString::fromLatin1(c.file), c.text));
            QVERIFY2(!s.ok(), c.file);
            QVERIFY2(s.error().contains(c.expected), qPrintable(s.error()));
            QVERIFY2(message->text().contains(c.expected), qPrintable(message->text()));
            QVERIFY(message->text().contains(QStringLiteral("nothing was changed")));
            QCOMPARE(compact(dock.candidate()->toJson()), before);
            QCOMPARE(line(dock.globalForm(), QStringLiteral("jitter_ms"))->text(), QStringLiteral("100"));
        }
        QCOMPARE(compact(terminal.config()->toJson()), storedBefore);
    }

    void exportImportRoundTrip()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        typeInto(line(dock.globalForm(), QStringLiteral("max_spread")), QStringLiteral("0.03"));
        auto* sizing = qobject_cast<QComboBox*>(dock.globalForm()->editor(QStringLiteral("sizing_mode"))->field());
        sizing->setCurrentIndex(sizing->findText(QStringLiteral("fixed_usdc")));
        typeInto(line(dock.globalForm(), QStringLiteral("categories")), QStringLiteral("Sports, Politics"));
        ui::ConfigForm* w3 = dock.walletForm(seeded_.wallets.at(2).address);
        w3->editor(QStringLiteral("fee_rate_bps"))->findChild<QCheckBox*>()->setChecked(true);
        typeInto(line(w3, QStringLiteral("fee_rate_bps")), QStringLiteral("25"));
        auto edited = dock.candidate();
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error()));
        QCOMPARE(edited->globalJson.value(QStringLiteral("sizing_mode")).toString(), QStringLiteral("fixed_usdc"));
        QCOMPARE(edited->global.categories, QStringList({QStringLiteral("Sports"), QStringLiteral("Politics")}));
        QCOMPARE(edited->wallets.at(2).params.feeRateBps.value_or(-1), 25);

        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a.json"));
        const QString b = tmp.filePath(QStringLiteral("b.json"));
        QVERIFY(dock.exportFile(a).ok());
        QFile fa(a);
        QVERIFY(fa.open(QIODevice::ReadOnly));
        const QByteArray exported = fa.readAll();
        // The file is the §9 shape and parses to the same configuration.
        auto parsed = EngineConfig::fromJson(exported);
        QVERIFY(parsed.ok());
        QCOMPARE(compact(parsed->toJson()), compact(edited->toJson()));

        dock.revert();
        QVERIFY(!dock.isDirty());
        QVERIFY(dock.importFile(a).ok());
        QVERIFY(dock.isDirty());
        QCOMPARE(compact(dock.candidate()->toJson()), compact(edited->toJson()));
        QCOMPARE(line(dock.globalForm(), QStringLiteral("max_spread"))->text(), QStringLiteral("0.03"));
        QVERIFY(dock.exportFile(b).ok());
        QFile fb(b);
        QVERIFY(fb.open(QIODevice::ReadOnly));
        QCOMPARE(fb.readAll(), exported);
        // Importing is not storing.
        QCOMPARE(compact(terminal.config()->toJson()), compact(seeded_.toJson()));
    }

    void testConfigShowsReplayAndCancels()
    {
        api::Terminal terminal(clock_);
        QVERIFY(terminal.open(*dir_).ok());
        ui::ConfigDock dock(terminal, nullptr);
        dock.show();
        typeInto(line(dock.globalForm(), QStringLiteral("copy_bps")), QStringLiteral("50"));
        const EngineConfig candidate = *dock.candidate();
        const EngineConfig current = *terminal.config();

        // What the table must show: plain replays of the window's records.
        auto window = api::WhatIfReplay::loadWindow(api::WhatIfReplay::captureFiles(dir_->captureDirectory()));
        QVERIFY(window.ok());
        auto count = [&](const EngineConfig& cfg) {
            const ReplayResult r = ReplayEngine(api::WhatIfReplay::replayConfig(cfg)).run(window->records);
            std::array<qint64, 4> c{0, 0, 0, 0}; // executed, skipped, global executed, global skipped
            for (const CopyAttempt& at : r.attempts) {
                ++c[at.execute ? 0 : 1];
                if (at.scope == u"EXEC_GLOBAL")
                    ++c[at.execute ? 2 : 3];
            }
            return c;
        };
        const auto cur = count(current);
        const auto cand = count(candidate);

        auto* test = find<QPushButton>(&dock, QStringLiteral("configTestButton"));
        auto* cancel = find<QPushButton>(&dock, QStringLiteral("configCancelButton"));
        auto* table = find<QTableWidget>(&dock, QStringLiteral("configResultTable"));
        auto* chart = find<ui::ConfigWhatIfChart>(&dock, QStringLiteral("configWhatIfChart"));
        QSignalSpy finished(dock.whatIfJob(), &api::WhatIfJob::finished);
        QSignalSpy cancelled(dock.whatIfJob(), &api::WhatIfJob::cancelled);
        QVERIFY(test->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!test->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(find<QProgressBar>(&dock, QStringLiteral("configTestProgress"))->value(), 1000);
        QCOMPARE(table->rowCount(), 2 + int(current.wallets.size()));
        auto cell = [table](int row, int col) { return table->item(row, col)->data(Qt::UserRole).toLongLong(); };
        QCOMPARE(cell(0, 1), cur[0]);
        QCOMPARE(cell(0, 2), cand[0]);
        QCOMPARE(cell(0, 3), cur[1]);
        QCOMPARE(cell(0, 4), cand[1]);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Global (EXEC_GLOBAL)"));
        QCOMPARE(cell(1, 1), cur[2]);
        QCOMPARE(cell(1, 2), cand[2]);
        QCOMPARE(cell(1, 3), cur[3]);
        QCOMPARE(cell(1, 4), cand[3]);
        QVERIFY(cur[0] != cand[0] || cur[1] != cand[1]);
        QCOMPARE(chart->pointCount(0), int(dock.whatIfJob()->result().current.globalEquity.size()));
        QCOMPARE(chart->pointCount(1), int(dock.whatIfJob()->result().candidate.globalEquity.size()));
        QVERIFY(chart->pointCount(0) > 100);
        QVERIFY(find<QLabel>(&dock, QStringLiteral("configTestWindow"))->text().contains(QStringLiteral("18224 records")));
        QVERIFY(find<QTableWidget>(&dock, QStringLiteral("configReasonTable"))->rowCount() > 0);
        QVERIFY(test->isEnabled());
        // Screenshots for review when asked (SLIPSTREAM_SHOTS=<folder>).
        if (const QString shots = qEnvironmentVariable("SLIPSTREAM_SHOTS"); !shots.isEmpty()) {
            dock.resize(1000, 900);
            auto* tabs = find<QTabWidget>(&dock, QStringLiteral("configTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                dock.grab().save(QDir(shots).filePath(QStringLiteral("config-tab%1.png").arg(i)));
            }
        }

        // Cancel: the run stops, the panel says so and is ready again.
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 120000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(chart->pointCount(0), 0);
        QVERIFY(find<QLabel>(&dock, QStringLiteral("configMessage"))->text().contains(QStringLiteral("cancelled")));
        QVERIFY(test->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }
};

QTEST_MAIN(TestConfigDock)
#include "test_config_dock.moc"
