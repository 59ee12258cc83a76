#pragma once
// SkipReasonsDock: how often each skip reason fired for a scope, wallet and window, as a bar
// chart and a table; activating a reason shows those attempts in the Copy attempts dock.

#include "models/TimeWindow.h"

#include "api/ReadRows.h"

#include <QDockWidget>

#include <cstdint>
#include <map>
#include <optional>

class QBarSet;
class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class ScopeChoice;

class SkipReasonsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SkipReasonsDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Re-reads the counts for the current scope, wallet and window now.
    void reload();
    /// True while the counts wait for the dock to be shown (a hidden tab reads nothing).
    bool isStale() const { return stale_; }
    /// Reason code → count as shown.
    const std::map<QString, std::int64_t>& counts() const { return counts_; }
    ScopeChoice* scopeChoice() const { return choice_; }
    /// Acts as if the bar of `code` was clicked.
    void activateReason(const QString& code);

Q_SIGNALS:
    /// The operator picked a reason: show those attempts.
    void reasonActivated(const QString& scope, const QString& wallet, const QString& reason, TimeWindow::Preset window);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Re-reads now when shown, else when next shown: counting a long history's reasons scans
    /// every skip, which a hidden tab should not make the window's opening wait for.
    void scheduleReload();
    void addStored(const std::vector<api::AttemptRow>& rows);
    void render();

    api::Terminal& terminal_;
    ScopeChoice* choice_;
    QComboBox* windowCombo_;
    QChartView* chartView_;
    QHorizontalBarSeries* series_ = nullptr;
    QBarCategoryAxis* categories_ = nullptr;
    QValueAxis* values_ = nullptr;
    QTableWidget* table_;
    QLabel* status_;
    bool stale_ = true;
    QTimer* coalesce_;
    std::map<QString, std::int64_t> counts_;
    std::optional<std::int64_t> fromMs_;
    QStringList shownCodes_;
    bool readError_ = false;
};

} // namespace slip::ui
