#pragma once
// BreakersDock: the circuit breakers of every executable scope (global book and each wallet's
// own book) — armed or tripped, since when, the equity and reference of the trip, the loss
// against the threshold — with a Reset… button that shows the figures that tripped the breaker
// and asks for confirmation before the reset goes into the engine's stream.

#include "api/BreakerModels.h"

#include <QDockWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class BreakersDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Column {
        ScopeColumn,
        WalletColumn,
        BreakerColumn,
        StateColumn,
        SinceColumn,
        EquityColumn,
        ReferenceColumn,
        LossColumn,
        ThresholdColumn,
        TripsColumn,
        ColumnCount
    };

    explicit BreakersDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Re-reads the breaker state now.
    void refresh();
    /// The rows shown, in table order.
    const std::vector<api::BreakerState>& states() const { return states_; }
    QStandardItemModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    /// Asks for confirmation (showing the trip figures), then resets the selected breaker.
    /// Returns true when the reset was recorded.
    bool resetSelected();

Q_SIGNALS:
    /// A reset was refused or failed; the message is for the operator.
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void updateButton();
    int selectedRow() const;

    api::Terminal& terminal_;
    QStandardItemModel* model_;
    QTableView* table_;
    QPushButton* resetButton_;
    QLabel* summary_;
    QTimer* coalesce_;
    std::vector<api::BreakerState> states_;
    bool dirty_ = false;
};

} // namespace slip::ui
