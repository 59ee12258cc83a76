#pragma once
// LogDock: the live log of this process (every category, already redacted) with a minimum
// level, a search box and follow-the-tail scrolling.

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace slip::ui {

class LogFilterModel;
class LogModel;

class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LogDock(QWidget* parent = nullptr);

    LogModel* model() const { return model_; }
    LogFilterModel* filterModel() const { return filter_; }

private:
    LogModel* model_;
    LogFilterModel* filter_;
    QComboBox* levelCombo_;
    QLineEdit* searchEdit_;
    QCheckBox* followCheck_;
    QTableView* table_;
};

} // namespace slip::ui
