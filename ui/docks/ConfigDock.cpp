#include "docks/ConfigDock.h"

#include "api/Terminal.h"
#include "api/WhatIfJob.h"
#include "models/AmountText.h"
#include "models/ReasonText.h"
#include "widgets/ConfigForm.h"
#include "widgets/ConfigWhatIfChart.h"
#include "widgets/Scrolled.h"
#include "widgets/TableItems.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace slip::ui {
namespace {

// The global object as the form shows it: the `global` keys plus the top-level seed, without
// the switches (they belong to the toolbar controls).
QJsonObject globalFormObject(const EngineConfig& c)
{
    QJsonObject o = c.globalJson;
    o.remove(QStringLiteral("paused"));
    o.remove(QStringLiteral("kill_switch"));
    o.insert(QStringLiteral("seed"), QJsonValue(qint64(c.seed)));
    return o;
}

QJsonValue defaultValue(const ConfigKeyInfo& info)
{
    if (info.level == ConfigKeyInfo::Level::Wallet)
        return info.valueOf(WalletParams{});
    if (info.key == u"global_bankroll_usdc")
        return EngineConfig{}.globalBankrollUsdc.toString();
    if (info.key == u"seed")
        return QJsonValue(qint64(0));
    return {};
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString walletName(const FollowedWallet& w)
{
    return w.label.isEmpty() ? w.address : QString(w.label + QStringLiteral(" (") + w.address + u')');
}

QTableWidgetItem* numberItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QString::number(n));
    item->setData(Qt::UserRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ConfigDock::ConfigDock(api::Terminal& terminal, QWidget* parent)
    : QDockWidget(tr("Config"), parent), terminal_(terminal)
{
    setObjectName(QStringLiteral("configDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* note = new QLabel(tr("Changes are stored with Apply. A running engine takes a saved configuration at its "
                               "next start (stop and start it to use the new values)."),
                            body);
    note->setObjectName(QStringLiteral("configRestartNote"));
    note->setWordWrap(true);
    note->setToolTip(tr("The engine reads its configuration when it starts; it does not change settings mid-run."));
    layout->addWidget(note);

    tabs_ = new QTabWidget(body);
    tabs_->setObjectName(QStringLiteral("configTabs"));

    // Global settings.
    globalForm_ = new ConfigForm(ConfigForm::Mode::Global, QStringLiteral("configGlobal"));
    globalForm_->setObjectName(QStringLiteral("configGlobalForm"));
    tabs_->addTab(scrolled(globalForm_, tabs_), tr("Global"));
    tabs_->setTabToolTip(0, tr("Values every wallet uses unless it overrides them. The kill switch and pause are on "
                               "the toolbar."));

    // Per-wallet overrides.
    auto* walletPage = new QWidget(tabs_);
    auto* walletLayout = new QVBoxLayout(walletPage);
    auto* walletBar = new QHBoxLayout;
    auto* walletLabel = new QLabel(tr("Wallet:"), walletPage);
    walletCombo_ = new QComboBox(walletPage);
    walletCombo_->setObjectName(QStringLiteral("configWalletCombo"));
    walletCombo_->setToolTip(tr("The followed wallet whose overrides are shown."));
    walletLabel->setBuddy(walletCombo_);
    walletBar->addWidget(walletLabel);
    walletBar->addWidget(walletCombo_, 1);
    walletLayout->addLayout(walletBar);
    walletNote_ = new QLabel(tr("Check Override to give this wallet its own value; unchecked keys follow the global "
                                "value. In the global scope the portfolio-wide keys (total and market exposure, "
                                "trade vs equity, breakers) always take the global value."),
                             walletPage);
    walletNote_->setWordWrap(true);
    walletLayout->addWidget(walletNote_);
    walletStack_ = new QStackedWidget(walletPage);
    walletStack_->setObjectName(QStringLiteral("configWalletStack"));
    walletLayout->addWidget(scrolled(walletStack_, walletPage), 1);
    tabs_->addTab(walletPage, tr("Per-wallet overrides"));
    tabs_->setTabToolTip(1, tr("Each followed wallet's own values for some keys."));
    connect(walletCombo_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < walletStack_->count())
            walletStack_->setCurrentIndex(i);
    });

    // Test config.
    auto* testPage = new QWidget(tabs_);
    auto* testLayout = new QVBoxLayout(testPage);
    testNote_ = new QLabel(tr("Replays the profile's capture of the last 24 hours — every record stamped within 24 h "
                              "before the newest captured record, after the books, markets, fee rates and switches "
                              "recorded before it — under the stored configuration and under the one in these "
                              "fields. Both start from their bankrolls at the window start. The kill switch and pause "
                              "in force now are not applied; switches recorded in the capture are."),
                           testPage);
    testNote_->setObjectName(QStringLiteral("configTestNote"));
    testNote_->setWordWrap(true);
    testLayout->addWidget(testNote_);
    auto* testBar = new QHBoxLayout;
    testButton_ = new QPushButton(tr("Test config"), testPage);
    testButton_->setObjectName(QStringLiteral("configTestButton"));
    testButton_->setToolTip(tr("Replay the last 24 h of capture under the current and the candidate configuration "
                               "and compare them. Nothing is stored."));
    cancelButton_ = new QPushButton(tr("Cancel"), testPage);
    cancelButton_->setObjectName(QStringLiteral("configCancelButton"));
    cancelButton_->setToolTip(tr("Stop the running test."));
    cancelButton_->setEnabled(false);
    progress_ = new QProgressBar(testPage);
    progress_->setObjectName(QStringLiteral("configTestProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(QStringLiteral("%p%"));
    progress_->setToolTip(tr("Reading the capture, then replaying it twice."));
    testBar->addWidget(testButton_);
    testBar->addWidget(cancelButton_);
    testBar->addWidget(progress_, 1);
    testLayout->addLayout(testBar);
    windowLabel_ = new QLabel(testPage);
    windowLabel_->setObjectName(QStringLiteral("configTestWindow"));
    windowLabel_->setWordWrap(true);
    testLayout->addWidget(windowLabel_);
    resultTable_ = new QTableWidget(0, 7, testPage);
    resultTable_->setObjectName(QStringLiteral("configResultTable"));
    resultTable_->setHorizontalHeaderLabels({tr("Scope"), tr("Executed (current)"), tr("Executed (candidate)"),
                                             tr("Skipped (current)"), tr("Skipped (candidate)"), tr("PnL (current)"),
                                             tr("PnL (candidate)")});
    resultTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    resultTable_->verticalHeader()->hide();
    resultTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resultTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultTable_->setToolTip(tr("Copy attempts executed and skipped in each executable scope, and the scope's PnL "
                                "(equity at the end of the replay minus its bankroll), under each configuration."));
    chart_ = new ConfigWhatIfChart(testPage);
    auto* reasons = new QTableWidget(0, 3, testPage);
    reasons->setObjectName(QStringLiteral("configReasonTable"));
    reasons->setHorizontalHeaderLabels({tr("Skip reason"), tr("Current"), tr("Candidate")});
    reasons->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    reasons->verticalHeader()->hide();
    reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    reasons->setToolTip(tr("How often each skip reason fired under each configuration (all scopes)."));
    auto* split = new QSplitter(Qt::Vertical, testPage);
    split->addWidget(resultTable_);
    split->addWidget(chart_);
    split->addWidget(reasons);
    split->setStretchFactor(1, 2);
    testLayout->addWidget(split, 1);
    tabs_->addTab(testPage, tr("Test config"));
    tabs_->setTabToolTip(2, tr("What-if replay of the candidate configuration over the last 24 h of capture."));
    layout->addWidget(tabs_, 1);

    message_ = new QLabel(body);
    message_->setObjectName(QStringLiteral("configMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message_);

    auto* bar = new QHBoxLayout;
    importButton_ = new QPushButton(tr("Import…"), body);
    importButton_->setObjectName(QStringLiteral("configImportButton"));
    importButton_->setToolTip(tr("Load a configuration JSON file into the fields (stored only with Apply). A file that "
                                 "does not validate changes nothing."));
    exportButton_ = new QPushButton(tr("Export…"), body);
    exportButton_->setObjectName(QStringLiteral("configExportButton"));
    exportButton_->setToolTip(tr("Save the configuration in the fields as JSON (the file `slipstream-cli replay "
                                 "--config` reads)."));
    revertButton_ = new QPushButton(tr("Revert"), body);
    revertButton_->setObjectName(QStringLiteral("configRevertButton"));
    revertButton_->setToolTip(tr("Drop the edits and show the stored configuration."));
    applyButton_ = new QPushButton(tr("Apply"), body);
    applyButton_->setObjectName(QStringLiteral("configApplyButton"));
    applyButton_->setToolTip(tr("Store the configuration in the fields. A running engine takes it at its next start."));
    applyButton_->setDefault(true);
    bar->addWidget(importButton_);
    bar->addWidget(exportButton_);
    bar->addStretch(1);
    bar->addWidget(revertButton_);
    bar->addWidget(applyButton_);
    layout->addLayout(bar);
    setWidget(scrolled(body, this)); // tall: it scrolls rather than stretch the window

    job_ = new api::WhatIfJob(this);
    connect(job_, &api::WhatIfJob::progressChanged, progress_, &QProgressBar::setValue);
    connect(job_, &api::WhatIfJob::finished, this, &ConfigDock::onTestFinished);
    connect(job_, &api::WhatIfJob::failed, this, [this](const QString& message) {
        setMessage(tr("Test config failed: %1").arg(message), true);
        updateState();
    });
    connect(job_, &api::WhatIfJob::cancelled, this, [this] {
        progress_->setValue(0);
        setMessage(tr("Test config cancelled."), false);
        updateState();
    });
    reasonTable_ = reasons;

    connect(globalForm_, &ConfigForm::changed, this, [this] {
        updateFallbacks();
        onEdited();
    });
    connect(applyButton_, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(revertButton_, &QPushButton::clicked, this, [this] {
        revert();
        setMessage(tr("Reverted to the stored configuration."), false);
    });
    connect(importButton_, &QPushButton::clicked, this, &ConfigDock::chooseImport);
    connect(exportButton_, &QPushButton::clicked, this, &ConfigDock::chooseExport);
    connect(testButton_, &QPushButton::clicked, this, [this] { (void)startTest(); });
    connect(cancelButton_, &QPushButton::clicked, this, &ConfigDock::cancelTest);
    connect(&terminal_, &api::Terminal::configChanged, this, &ConfigDock::onConfigChanged);
    connect(&terminal_, &api::Terminal::operationFailed, this, [this](const QString& message) {
        if (!applying_)
            return;
        // The write of our Apply failed: nothing was stored, the edits stay.
        applying_ = false;
        updateState();
        setMessage(tr("Not applied: %1").arg(message), true);
    });
    connect(&terminal_, &api::Terminal::walletsChanged, this, [this] {
        if (!applying_ && !isDirty())
            reloadStored();
    });
    reloadStored();
}

void ConfigDock::reloadStored()
{
    auto stored = terminal_.config();
    storedOk_ = stored.ok();
    if (!stored) {
        setMessage(tr("Could not read the stored configuration: %1").arg(stored.error()), true);
        stored_ = EngineConfig{};
        load(stored_);
        return;
    }
    stored_ = *stored;
    load(stored_);
}

void ConfigDock::revert() { reloadStored(); }

void ConfigDock::load(const EngineConfig& config)
{
    base_ = config;
    globalForm_->load(globalFormObject(config), defaultValue);
    const QString shown = walletCombo_->currentData().toString();
    walletCombo_->blockSignals(true);
    walletCombo_->clear();
    for (auto& [address, form] : walletForms_) {
        walletStack_->removeWidget(form);
        form->deleteLater();
    }
    walletForms_.clear();
    for (const FollowedWallet& w : config.wallets) {
        auto* form = new ConfigForm(ConfigForm::Mode::Override, QStringLiteral("configOverride"), walletStack_);
        form->setObjectName(QStringLiteral("configWalletForm_") + w.address);
        const WalletParams global = config.global;
        form->load(w.overrides, [&global](const ConfigKeyInfo& info) { return info.valueOf(global); });
        connect(form, &ConfigForm::changed, this, &ConfigDock::onEdited);
        walletStack_->addWidget(form);
        walletForms_[w.address] = form;
        walletCombo_->addItem(walletName(w), w.address);
    }
    walletCombo_->blockSignals(false);
    const int keep = walletCombo_->findData(shown);
    walletCombo_->setCurrentIndex(keep >= 0 ? keep : 0);
    walletStack_->setCurrentIndex(std::max(0, walletCombo_->currentIndex()));
    walletNote_->setVisible(true);
    updateFallbacks();
    updateState();
}

ConfigForm* ConfigDock::walletForm(const QString& address) const
{
    auto it = walletForms_.find(address.toLower());
    return it == walletForms_.end() ? nullptr : it->second;
}

void ConfigDock::showWallet(const QString& address)
{
    const int i = walletCombo_->findData(address.toLower());
    if (i < 0)
        return;
    walletCombo_->setCurrentIndex(i);
    tabs_->setCurrentIndex(1);
    show();
    raise();
}

QJsonObject ConfigDock::candidateObject() const
{
    QJsonObject root = base_.toJson();
    QJsonObject global = globalForm_->object();
    const QJsonValue seed = global.take(QStringLiteral("seed"));
    // An unset seed is the default, 0 (toJson always writes it).
    root.insert(QStringLiteral("seed"), seed.isUndefined() ? QJsonValue(qint64(0)) : seed);
    root.insert(QStringLiteral("global"), global);
    QJsonArray wallets = root.value(QStringLiteral("wallets")).toArray();
    for (qsizetype i = 0; i < wallets.size(); ++i) {
        QJsonObject w = wallets.at(i).toObject();
        if (ConfigForm* form = walletForm(w.value(QStringLiteral("address")).toString()))
            w.insert(QStringLiteral("overrides"), form->object());
        wallets.replace(i, w);
    }
    root.insert(QStringLiteral("wallets"), wallets);
    return root;
}

Result<EngineConfig> ConfigDock::candidate() const
{
    if (const QStringList errors = globalForm_->errors(); !errors.isEmpty())
        return Error{errors.first()};
    for (const FollowedWallet& w : base_.wallets) {
        ConfigForm* form = walletForm(w.address);
        if (!form)
            continue;
        if (const QStringList errors = form->errors(); !errors.isEmpty())
            return Error{tr("Wallet %1: %2").arg(walletName(w), errors.first())};
    }
    auto cfg = EngineConfig::fromObject(candidateObject());
    if (!cfg)
        return Error{cfg.error()};
    if (Status s = terminal_.checkConfig(*cfg); !s)
        return Error{s.error()};
    return cfg;
}

bool ConfigDock::isDirty() const
{
    return compact(candidateObject()) != compact(stored_.toJson());
}

void ConfigDock::onEdited()
{
    if (message_->property("error").toBool())
        message_->clear();
    updateState();
}

void ConfigDock::updateFallbacks()
{
    QJsonObject global = globalForm_->object();
    global.remove(QStringLiteral("seed"));
    auto parsed = EngineConfig::fromObject(QJsonObject{{QStringLiteral("global"), global}});
    const WalletParams params = parsed ? parsed->global : base_.global;
    for (auto& [address, form] : walletForms_)
        form->setFallback([&params](const ConfigKeyInfo& info) { return info.valueOf(params); });
}

void ConfigDock::updateState()
{
    const auto cfg = candidate();
    const bool dirty = isDirty();
    const bool running = job_->isRunning();
    applyButton_->setEnabled(cfg.ok() && dirty && storedOk_ && !applying_);
    revertButton_->setEnabled(dirty && !applying_);
    exportButton_->setEnabled(cfg.ok());
    testButton_->setEnabled(cfg.ok() && storedOk_ && !running);
    cancelButton_->setEnabled(running);
    if (!cfg)
        setMessage(tr("Not valid: %1").arg(cfg.error()), true);
    else if (message_->property("error").toBool())
        setMessage({}, false);
}

void ConfigDock::setMessage(const QString& text, bool error)
{
    message_->setText(text);
    message_->setProperty("error", error);
    QPalette pal = message_->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xd0, 0x30, 0x30) : palette().color(QPalette::WindowText));
    message_->setPalette(pal);
}

Status ConfigDock::apply()
{
    auto cfg = candidate();
    if (!cfg) {
        setMessage(tr("Not applied: %1").arg(cfg.error()), true);
        return Error{cfg.error()};
    }
    if (Status s = terminal_.setConfig(*cfg); !s) {
        setMessage(tr("Not applied: %1").arg(s.error()), true);
        return s;
    }
    applying_ = true;
    setMessage(tr("Saving…"), false);
    updateState();
    return {};
}

void ConfigDock::onConfigChanged()
{
    const bool ours = applying_;
    applying_ = false;
    if (ours || !isDirty()) {
        reloadStored();
        if (ours)
            setMessage(tr("Saved. A running engine takes the new configuration at its next start."), false);
        return;
    }
    // Someone else stored a configuration while the operator edits: keep the edits.
    if (auto stored = terminal_.config()) {
        stored_ = *stored;
        storedOk_ = true;
    }
    setMessage(tr("The stored configuration changed elsewhere; Revert shows it (your edits are kept until then)."),
               false);
    updateState();
}

Status ConfigDock::importFile(const QString& path)
{
    auto fail = [&](const QString& why) -> Status {
        setMessage(tr("Import of %1 failed, nothing was changed: %2").arg(QFileInfo(path).fileName(), why), true);
        return Error{why};
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    auto parsed = EngineConfig::fromJson(f.readAll());
    if (!parsed)
        return fail(parsed.error());
    if (Status s = terminal_.checkConfig(*parsed); !s)
        return fail(s.error());
    // The file's seed and global values; its wallets replace theirs, the other followed wallets stay.
    EngineConfig merged = base_;
    merged.seed = parsed->seed;
    merged.globalJson = parsed->globalJson;
    merged.global = parsed->global;
    merged.globalBankrollUsdc = parsed->globalBankrollUsdc;
    for (const FollowedWallet& w : parsed->wallets) {
        const int i = merged.walletIndex(w.address);
        if (i >= 0)
            merged.wallets[std::size_t(i)] = w;
        else
            merged.wallets.push_back(w);
    }
    auto checked = EngineConfig::fromObject(merged.toJson());
    if (!checked)
        return fail(checked.error());
    load(*checked);
    setMessage(tr("Imported %1. Review the values and Apply to store them.").arg(QFileInfo(path).fileName()), false);
    return {};
}

Status ConfigDock::exportFile(const QString& path)
{
    auto cfg = candidate();
    if (!cfg) {
        setMessage(tr("Not exported: %1").arg(cfg.error()), true);
        return Error{cfg.error()};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        setMessage(tr("Could not write %1: %2").arg(path, f.errorString()), true);
        return Error{f.errorString()};
    }
    f.write(QJsonDocument(cfg->toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        setMessage(tr("Could not write %1: %2").arg(path, f.errorString()), true);
        return Error{f.errorString()};
    }
    setMessage(tr("Exported to %1.").arg(path), false);
    return {};
}

void ConfigDock::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import configuration"), QString(),
                                                      tr("Configuration JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importFile(path);
}

void ConfigDock::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export configuration"),
                                                      QStringLiteral("slipstream-config.json"),
                                                      tr("Configuration JSON (*.json)"));
    if (!path.isEmpty())
        (void)exportFile(path);
}

bool ConfigDock::startTest()
{
    if (job_->isRunning())
        return false;
    auto cand = candidate();
    if (!cand) {
        setMessage(tr("Test config needs a valid configuration: %1").arg(cand.error()), true);
        return false;
    }
    auto current = terminal_.config();
    if (!current) {
        setMessage(tr("Could not read the stored configuration: %1").arg(current.error()), true);
        return false;
    }
    const QStringList files = api::WhatIfReplay::captureFiles(terminal_.dataDirectory().captureDirectory());
    if (files.isEmpty()) {
        setMessage(tr("No capture is stored in this profile yet; the terminal records one while the engine runs."),
                   true);
        return false;
    }
    resultTable_->setRowCount(0);
    reasonTable_->setRowCount(0);
    chart_->clear();
    windowLabel_->clear();
    progress_->setValue(0);
    job_->start(files, *current, *cand);
    setMessage(tr("Testing the candidate configuration…"), false);
    updateState();
    return true;
}

void ConfigDock::cancelTest()
{
    job_->cancel();
}

void ConfigDock::onTestFinished()
{
    const api::WhatIfResult& r = job_->result();
    progress_->setValue(1000);
    if (r.window.windowRecords == 0) {
        windowLabel_->setText(tr("The capture holds no records."));
    } else {
        windowLabel_->setText(tr("Window: %1 to %2 UTC, %3 records (24 h before the newest captured record), after "
                                 "%4 earlier book, market, fee and control records. Read from %5 capture file(s).")
                                  .arg(amount::utcTime(r.window.fromMs), amount::utcTime(r.window.toMs))
                                  .arg(r.window.windowRecords)
                                  .arg(r.window.contextRecords)
                                  .arg(r.window.files));
    }
    resultTable_->setRowCount(0);
    auto addRow = [this](const QString& name, const QString& tip, const api::WhatIfScope* cur,
                         const api::WhatIfScope* cand, int curExec, int candExec, int curSkip, int candSkip) {
        const int row = resultTable_->rowCount();
        resultTable_->insertRow(row);
        resultTable_->setItem(row, 0, tableItem(name, tip));
        resultTable_->setItem(row, 1, numberItem(curExec));
        resultTable_->setItem(row, 2, numberItem(candExec));
        resultTable_->setItem(row, 3, numberItem(curSkip));
        resultTable_->setItem(row, 4, numberItem(candSkip));
        auto pnl = [](const api::WhatIfScope* s) {
            return s ? tableItem(amount::signedUsdc(s->endEquity - s->startEquity)) : tableItem(QStringLiteral("—"));
        };
        resultTable_->setItem(row, 5, pnl(cur));
        resultTable_->setItem(row, 6, pnl(cand));
    };
    addRow(tr("All executable scopes"), tr("Every attempt of the global and the per-wallet scopes."), nullptr, nullptr,
           r.current.executed, r.candidate.executed, r.current.skipped, r.candidate.skipped);
    auto find = [](const api::WhatIfRun& run, const QString& scope, const QString& wallet) -> const api::WhatIfScope* {
        for (const auto& s : run.scopes)
            if (s.scope == scope && s.wallet == wallet)
                return &s;
        return nullptr;
    };
    std::vector<std::pair<QString, QString>> scopes; // (scope, wallet) in current's order, then candidate's new ones
    for (const auto& s : r.current.scopes)
        scopes.emplace_back(s.scope, s.wallet);
    for (const auto& s : r.candidate.scopes)
        if (!find(r.current, s.scope, s.wallet))
            scopes.emplace_back(s.scope, s.wallet);
    for (const auto& [scope, wallet] : scopes) {
        const api::WhatIfScope* cur = find(r.current, scope, wallet);
        const api::WhatIfScope* cand = find(r.candidate, scope, wallet);
        QString name = tr("Global (EXEC_GLOBAL)");
        QString tip = tr("The global book, all wallets together.");
        if (!wallet.isEmpty()) {
            const int i = base_.walletIndex(wallet);
            const QString label = i >= 0 ? base_.wallets[std::size_t(i)].label : QString();
            name = tr("Wallet %1").arg(label.isEmpty() ? wallet : label);
            tip = tr("The own executable scope (EXEC_USER) of wallet %1.").arg(wallet);
        }
        addRow(name, tip,
               cur, cand, cur ? cur->executed : 0, cand ? cand->executed : 0, cur ? cur->skipped : 0,
               cand ? cand->skipped : 0);
    }
    chart_->setCurves(r.current.globalEquity, r.candidate.globalEquity);

    std::set<QString> codes;
    for (const auto& [code, n] : r.current.skipReasons)
        codes.insert(code);
    for (const auto& [code, n] : r.candidate.skipReasons)
        codes.insert(code);
    reasonTable_->setRowCount(0);
    for (const QString& code : codes) {
        const int row = reasonTable_->rowCount();
        reasonTable_->insertRow(row);
        reasonTable_->setItem(row, 0, tableItem(code, ReasonText::explain(code)));
        auto count = [&code](const api::WhatIfRun& run) {
            auto it = run.skipReasons.find(code);
            return it == run.skipReasons.end() ? 0 : it->second;
        };
        reasonTable_->setItem(row, 1, numberItem(count(r.current)));
        reasonTable_->setItem(row, 2, numberItem(count(r.candidate)));
    }
    setMessage(tr("Test config finished: %1 executed and %2 skipped under the current configuration, %3 and %4 under "
                  "the candidate.")
                   .arg(r.current.executed)
                   .arg(r.current.skipped)
                   .arg(r.candidate.executed)
                   .arg(r.candidate.skipped),
               false);
    updateState();
}

} // namespace slip::ui
