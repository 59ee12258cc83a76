#include "MainWindow.h"
namespace slip::ui {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}
} // namespace slip::ui
