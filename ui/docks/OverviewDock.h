#pragma once
// OverviewDock: the global book at a glance — equity curve with range presets and zoom/pan,
// today's and the week's PnL, drawdown, win rate, exposure in total, by market and by wallet, and
// health badges for the engine, the kill switch, the lag, the breakers and the feeds.

#include "api/ReadRows.h"

#include <QDockWidget>

#include <cstdint>

class QButtonGroup;
class QLabel;
class QTableWidget;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class EquityChartView;

class OverviewDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Range { Day, Week, Month, AllTime };

    explicit OverviewDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Re-reads the headline figures and the curve for the selected range now.
    void refresh();
    /// Selects a range preset and re-reads the curve.
    void setRange(Range range);
    EquityChartView* chart() const { return chart_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void showHealth(const api::HealthSnapshot& health);
    void showControls(const api::ControlState& state);
    void showBreakers();
    void showExposure(std::int64_t equity);

    api::Terminal& terminal_;
    EquityChartView* chart_;
    QButtonGroup* ranges_;
    QLabel* equity_;
    QLabel* today_;
    QLabel* week_;
    QLabel* drawdown_;
    QLabel* exposure_;
    QLabel* realized_;
    QLabel* winRate_;
    QLabel* asOf_;
    QLabel* engineBadge_;
    QLabel* killBadge_;
    QLabel* lagBadge_;
    QLabel* breakersBadge_;
    QLabel* feedsBadge_;
    QTableWidget* byMarket_;
    QTableWidget* byWallet_;
    QTimer* coalesce_;
    bool dirty_ = false;
};

} // namespace slip::ui
