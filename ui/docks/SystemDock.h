#pragma once
// SystemDock: where this profile's data lives and how the database and its writer are doing.

#include <QDockWidget>

class QLabel;
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

    /// Re-reads the figures now.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    api::Terminal& terminal_;
    QLabel* dataDirLabel_;
    QLabel* dbPathLabel_;
    QLabel* logPathLabel_;
    QLabel* schemaLabel_;
    QLabel* sizeLabel_;
    QLabel* writerLabel_;
    QTableWidget* counts_;
    QTimer* timer_;
};

} // namespace slip::ui
