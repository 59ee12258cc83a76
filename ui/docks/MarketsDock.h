#pragma once
// MarketsDock: the markets we decided on — title, outcomes, open/closed/resolved — with the
// spread and depth inside the price bound at the latest decision, our slippage, our open
// positions and a blacklist toggle that edits the stored configuration. Loaded once per scope and
// window, then fed from the attempts stored since, the portfolio and configuration notifications.

#include "api/AnalyticsRows.h"

#include <QDockWidget>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class WalletDetailChart;

class MarketsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit MarketsDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// The rows shown, in table order.
    const std::vector<api::MarketSummary>& markets() const { return rows_; }
    /// The decisions of the selected market shown below the table, newest first.
    const std::vector<api::MarketDecision>& selectedDecisions() const { return selectedDecisions_; }
    /// The condition id of the selected row ("" when none).
    QString selectedCondition() const;
    /// Selects the row of a condition id; false when it is not listed.
    bool selectCondition(const QString& conditionId);
    /// Adds (or removes) a condition id to the configuration's blacklist through the terminal;
    /// the table follows once the change is durable (configChanged).
    bool setBlacklisted(const QString& conditionId, bool blacklisted);
    /// Re-reads everything for the current scope and window.
    void reload();

Q_SIGNALS:
    /// The operator activated a market (Enter or double-click): show its attempts.
    void marketActivated(const QString& conditionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void schedule();
    void flush();
    void readNewDecisions();
    void readPositions();
    void readBlacklist();
    void readMeta(bool all);
    void render();
    void showSelected();

    api::Terminal& terminal_;
    QComboBox* scopeCombo_;
    QComboBox* windowCombo_;
    QTableWidget* table_;
    QPushButton* blacklistButton_;
    WalletDetailChart* slippageChart_;
    QTableWidget* decisionsTable_;
    QLabel* detailLabel_;
    QLabel* status_;
    QTimer* coalesce_;

    std::optional<std::int64_t> fromMs_;
    std::vector<api::MarketDecision> decisions_; // the window's, oldest first
    QHash<QString, QString> conditionOf_;        // asset -> condition id
    std::vector<api::PositionRow> positions_;
    std::map<QString, api::MarketMeta> meta_;
    QStringList blacklist_;
    std::vector<api::MarketSummary> rows_;
    std::vector<api::MarketDecision> selectedDecisions_;
    std::int64_t lastId_ = 0;
    bool decisionsDirty_ = false;
    bool portfolioDirty_ = false;
    bool stale_ = false;
    bool rendering_ = false;
    bool savingBlacklist_ = false; // a blacklist change of this panel awaits configChanged
};

} // namespace slip::ui
