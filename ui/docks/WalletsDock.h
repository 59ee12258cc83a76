#pragma once
// WalletsDock: follow, label, enable/disable and unfollow wallets, and each wallet's paper/live
// control (Live…: the live-arming checks, which in this build never switch anything).

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

    /// Opens the paper/live dialog for the selected wallet.
    void openLiveDialog();

Q_SIGNALS:
    /// The operator opened a wallet (double-click outside the label, or Enter): show its detail.
    void walletActivated(const QString& address);
    /// The operator asked to edit a wallet's configuration overrides.
    void overridesRequested(const QString& address);

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
    QPushButton* liveButton_;
    QPushButton* detailButton_;
    QPushButton* overridesButton_;
    QLabel* errorLabel_;
};

} // namespace slip::ui
