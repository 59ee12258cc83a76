#pragma once
// AttemptsDock: every copy attempt, filterable by scope, wallet, market, decision, reason and
// time; selecting one shows its figures and its stored decision trace.

#include "models/TimeWindow.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QJsonValue;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class AttemptsModel;

class AttemptsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AttemptsDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Shows the skips of one reason code in a scope ("" = both), wallet ("" = all) and window
    /// (from the Skip reasons histogram).
    void showReason(const QString& scope, const QString& wallet, const QString& reason, TimeWindow::Preset window);
    /// Every attempt on one market (condition id, all outcomes), any scope, decision and time.
    void showMarket(const QString& conditionId);
    /// One stored attempt, selected with its trace: the view filters to its scope, wallet and
    /// asset and loads pages until the row is there.
    void showAttempt(qint64 attemptId);
    AttemptsModel* model() const { return model_; }

private:
    void applyFilters();
    void showFiltered(const QString& scope, const QString& wallet, const QString& market, const QString& decision,
                      const QString& reason, TimeWindow::Preset window);
    void reloadWallets();
    void updateStatus();
    void showTrace();
    void showContextMenu(const QPoint& pos);
    void addJson(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value);

    api::Terminal& terminal_;
    AttemptsModel* model_;
    QComboBox* scopeCombo_;
    QComboBox* walletCombo_;
    QLineEdit* marketEdit_;
    QComboBox* decisionCombo_;
    QComboBox* reasonCombo_;
    QComboBox* windowCombo_;
    QTableView* table_;
    QLabel* statusLabel_;
    QLabel* traceStatus_;
    QTreeWidget* traceTree_;
    bool applying_ = false;
};

} // namespace slip::ui
