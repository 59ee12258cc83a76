#pragma once
// SystemDock: how the engine and this profile's storage are doing — the engine's state, stream,
// last event and backfill times and queue depths; per feed its connection, last message age,
// reconnects, errors and 429 answers; the rate limiter's headroom; database and capture size,
// the writer's figures and the row counts.

#include "api/ReadRows.h"

#include <QDockWidget>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class SystemDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SystemDock(api::Terminal& terminal, QWidget* parent = nullptr);

    /// Re-reads the storage figures now.
    void refresh();
    /// Shows the engine's health (feeds, limiter, queues, times).
    void showHealth(const api::HealthSnapshot& health);

protected:
    void showEvent(QShowEvent* event) override;

private:
    api::Terminal& terminal_;
    QLabel* engineLabel_;
    QLabel* streamLabel_;
    QLabel* lastEventLabel_;
    QLabel* backfillLabel_;
    QLabel* queuesLabel_;
    QLabel* captureLabel_;
    QLabel* dataDirLabel_;
    QLabel* dbPathLabel_;
    QLabel* logPathLabel_;
    QLabel* schemaLabel_;
    QLabel* sizeLabel_;
    QLabel* writerLabel_;
    QTabWidget* tabs_;
    QTableWidget* feeds_;
    QTableWidget* limiters_;
    QTableWidget* counts_;
    QTimer* timer_;
    qint64 captureBytes_ = 0;
};

} // namespace slip::ui
