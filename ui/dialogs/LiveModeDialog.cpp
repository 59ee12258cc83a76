#include "dialogs/LiveModeDialog.h"

#include "api/Terminal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

QString mark(bool ok)
{
    return ok ? QStringLiteral("✔") : QStringLiteral("✘");
}

} // namespace

LiveModeDialog::LiveModeDialog(api::Terminal& terminal, const QString& wallet, QWidget* parent)
    : QDialog(parent), terminal_(terminal), wallet_(wallet)
{
    setObjectName(QStringLiteral("liveModeDialog"));
    QString label;
    for (const auto& w : terminal_.wallets())
        if (w.address == wallet_)
            label = w.label;
    expected_ = api::LiveArming::expectedConfirmation(label, wallet_);
    const QString target =
        wallet_.isEmpty()
            ? tr("every wallet")
            : (label.isEmpty() ? wallet_ : QStringLiteral("%1 (%2)").arg(label, wallet_));
    setWindowTitle(tr("Switch to live trading"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>Live trading for %1.</b><br>Live mode sends real, signed "
                                "orders with real money. It needs the "
                                "trading key unlocked from the keystore, the venue's API "
                                "credentials, and your typed confirmation.")
                                 .arg(target.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* notAvailable =
        new QLabel(tr("Live order submission is not available in this build. The checks below run "
                      "for real, but even when "
                      "they all pass nothing is switched: every wallet keeps trading on paper."),
                   this);
    notAvailable->setObjectName(QStringLiteral("liveNotAvailableLabel"));
    notAvailable->setWordWrap(true);
    notAvailable->setBackgroundRole(QPalette::ToolTipBase);
    notAvailable->setForegroundRole(QPalette::ToolTipText);
    notAvailable->setAutoFillBackground(true);
    notAvailable->setMargin(6);
    layout->addWidget(notAvailable);

    auto* form = new QFormLayout;
    passphrase_ = new QLineEdit(this);
    passphrase_->setObjectName(QStringLiteral("livePassphraseEdit"));
    passphrase_->setEchoMode(QLineEdit::Password);
    passphrase_->setToolTip(
        tr("The passphrase of the keystore in the data directory. It is used once to unlock "
           "the key for the check and is not kept."));
    form->addRow(tr("Keystore &passphrase:"), passphrase_);
    confirm_ = new QLineEdit(this);
    confirm_->setObjectName(QStringLiteral("liveConfirmEdit"));
    confirm_->setPlaceholderText(expected_);
    confirm_->setToolTip(tr("Type %1 exactly.").arg(expected_));
    form->addRow(tr("Type <b>%1</b> to confirm:").arg(expected_.toHtmlEscaped()), confirm_);
    layout->addLayout(form);

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("liveResultLabel"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(result_);

    auto* buttons = new QDialogButtonBox(this);
    armButton_ = buttons->addButton(tr("Check and &arm live"), QDialogButtonBox::ActionRole);
    armButton_->setObjectName(QStringLiteral("liveArmButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("liveCloseButton"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(armButton_, &QPushButton::clicked, this, &LiveModeDialog::arm);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(confirm_, &QLineEdit::textChanged, this, &LiveModeDialog::updateButton);
    updateButton();
}

void LiveModeDialog::updateButton()
{
    // The confirmation must be typed before anything is tried; the passphrase may be wrong,
    // which the checks then report.
    armButton_->setEnabled(!confirm_->text().trimmed().isEmpty());
}

void LiveModeDialog::arm()
{
    const QByteArray pass = passphrase_->text().toUtf8();
    check_ = terminal_.armLive(wallet_, pass, confirm_->text());
    passphrase_->clear();
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(mark(check_.keystorePresent), tr("keystore present"));
    lines << QStringLiteral("%1 %2").arg(mark(check_.unlocked),
                                         tr("key unlocked with the passphrase"));
    lines << QStringLiteral("%1 %2").arg(mark(check_.credentialsPresent),
                                         tr("venue API credentials stored"));
    lines << QStringLiteral("%1 %2").arg(mark(check_.confirmed), tr("typed confirmation"));
    lines << QStringLiteral("%1 %2").arg(mark(check_.switched), tr("live mode switched on"));
    result_->setText(lines.join(u'\n') + QStringLiteral("\n\n") + check_.message);
}

} // namespace slip::ui
