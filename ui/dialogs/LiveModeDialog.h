#pragma once
// LiveModeDialog: the paper → live control for every wallet or one wallet. It asks for the
// keystore passphrase and a typed confirmation, runs the checks through the façade
// (Terminal::armLive) and shows each check's outcome — and says plainly that live order
// submission is not available in this build, so nothing is switched.

#include "api/LiveArming.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class LiveModeDialog : public QDialog
{
    Q_OBJECT
public:
    /// wallet: lowercase address of one followed wallet, or "" for every wallet (global).
    LiveModeDialog(api::Terminal& terminal, const QString& wallet, QWidget* parent = nullptr);

    /// Runs the checks with what is typed now and shows the result.
    void arm();
    /// The result of the last arm(), if any.
    const api::LiveCheck& lastCheck() const { return check_; }

private:
    void updateButton();

    api::Terminal& terminal_;
    QString wallet_;
    QString expected_;
    QLineEdit* passphrase_;
    QLineEdit* confirm_;
    QPushButton* armButton_;
    QLabel* result_;
    api::LiveCheck check_;
};

} // namespace slip::ui
