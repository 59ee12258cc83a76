#pragma once
#include <QMainWindow>
namespace slip::ui {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};
} // namespace slip::ui
