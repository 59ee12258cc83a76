#pragma once
// ConfigDock: the engine configuration of spec/copy-engine.md §9 — global guardrails, sizing,
// risk caps, breakers and latency, per-wallet overrides — edited with the allowed range shown
// inline, stored with Apply, reverted, imported and exported as the §9 JSON; and Test config,
// which replays the last 24 h of the profile's capture under the stored and the candidate
// configuration on a worker thread and compares what each would have done.

#include "config/EngineConfig.h"
#include "domain/Result.h"

#include <QDockWidget>
#include <QJsonObject>

#include <map>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace slip::api {
class Terminal;
class WhatIfJob;
} // namespace slip::api

namespace slip::ui {

class ConfigForm;
class ConfigWhatIfChart;

class ConfigDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConfigDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// The configuration the fields describe, or the first problem (naming the key and range).
    Result<EngineConfig> candidate() const;
    /// True when the fields differ from the stored configuration.
    bool isDirty() const;
    /// Stores the candidate through the terminal (what the Apply button does).
    Status apply();
    /// Loads the stored configuration into the fields, dropping edits (the Revert button).
    void revert();
    /// Loads a §9 JSON file into the fields (not stored until Apply); on any problem nothing changes.
    Status importFile(const QString& path);
    /// Writes the candidate as §9 JSON.
    Status exportFile(const QString& path);
    /// Starts Test config (what the button does); false with a message when it cannot start.
    bool startTest();
    /// Cancels a running Test config.
    void cancelTest();

    ConfigForm* globalForm() const { return globalForm_; }
    /// The overrides form of a followed wallet, or null.
    ConfigForm* walletForm(const QString& address) const;
    api::WhatIfJob* whatIfJob() const { return job_; }

public Q_SLOTS:
    /// Shows the per-wallet overrides of one followed wallet.
    void showWallet(const QString& address);

private:
    void load(const EngineConfig& config);
    void reloadStored();
    void onConfigChanged();
    void onEdited();
    void updateFallbacks();
    void updateState();
    void setMessage(const QString& text, bool error);
    QJsonObject candidateObject() const;
    void onTestFinished();
    void chooseImport();
    void chooseExport();

    api::Terminal& terminal_;
    EngineConfig stored_;     // as last read from the terminal
    EngineConfig base_;       // the configuration the fields started from (stored or imported)
    bool storedOk_ = false;
    bool applying_ = false;
    QTabWidget* tabs_;
    ConfigForm* globalForm_;
    QComboBox* walletCombo_;
    QStackedWidget* walletStack_;
    QLabel* walletNote_;
    std::map<QString, ConfigForm*> walletForms_;
    QLabel* message_;
    QPushButton* applyButton_;
    QPushButton* revertButton_;
    QPushButton* importButton_;
    QPushButton* exportButton_;
    QPushButton* testButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* testNote_;
    QLabel* windowLabel_;
    QTableWidget* resultTable_;
    QTableWidget* reasonTable_;
    ConfigWhatIfChart* chart_;
    api::WhatIfJob* job_;
};

} // namespace slip::ui
