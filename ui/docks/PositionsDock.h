#pragma once
// PositionsDock: the open positions of a chosen scope (global book, a wallet's own book or its
// shadow), refreshed when the engine reports portfolio changes.

#include <QDockWidget>

class QLabel;
class QTableView;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class PositionsModel;
class ScopeChoice;

class PositionsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit PositionsDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Re-reads the positions of the selected scope now.
    void refresh();
    PositionsModel* model() const { return model_; }
    ScopeChoice* scopeChoice() const { return choice_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();

    api::Terminal& terminal_;
    ScopeChoice* choice_;
    PositionsModel* model_;
    QTableView* table_;
    QLabel* summary_;
    QTimer* coalesce_;
    bool dirty_ = false;
};

} // namespace slip::ui
