#pragma once
// WalletsDock: follow, label, enable/disable and unfollow wallets.

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class WalletsModel;

class WalletsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit WalletsDock(api::Terminal& terminal, QWidget* parent = nullptr);

private:
    void addWallet();
    void removeSelected();
    void toggleSelected();
    void updateButtons();
    void showError(const QString& message);
    QString selectedAddress() const;

    api::Terminal& terminal_;
    WalletsModel* model_;
    QTableView* table_;
    QLineEdit* addressEdit_;
    QLineEdit* labelEdit_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    QPushButton* toggleButton_;
    QLabel* errorLabel_;
};

} // namespace slip::ui
