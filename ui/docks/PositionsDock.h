#pragma once
// PositionsDock: the open positions of a chosen scope (global book, a wallet's own book or its
// shadow), refreshed when the engine reports portfolio changes, with "Close position…" (button
// and context menu) for the executable books: a confirmation with shares, mark and estimated
// proceeds, then a paper close through the façade.

#include "api/ReadRows.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QPushButton;
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
    QTableView* table() const { return table_; }
    QAction* closeAction() const { return closeAction_; }
    /// Asks for confirmation, then closes the selected position. Returns true when the close
    /// was handed to the engine.
    bool closeSelected();

Q_SIGNALS:
    /// A close was refused or failed; the message is for the operator.
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void updateCloseAction();
    const api::PositionRow* selectedPosition() const;

    api::Terminal& terminal_;
    ScopeChoice* choice_;
    PositionsModel* model_;
    QTableView* table_;
    QLabel* summary_;
    QPushButton* closeButton_;
    QAction* closeAction_;
    QTimer* coalesce_;
    bool dirty_ = false;
};

} // namespace slip::ui
