#include "models/ScopeChoice.h"

#include "api/ReadModels.h"
#include "api/Terminal.h"

#include <QComboBox>
#include <QDateTime>

namespace slip::ui {

ScopeChoice::ScopeChoice(api::Terminal& terminal, QWidget* parent, const QString& prefix, bool withShadow)
    : QObject(parent), terminal_(terminal)
{
    scope_ = new QComboBox(parent);
    scope_->setObjectName(prefix + QStringLiteral("ScopeCombo"));
    scope_->addItem(tr("Global book"), QStringLiteral("EXEC_GLOBAL"));
    scope_->setItemData(0, tr("One bankroll copying every followed wallet (EXEC_GLOBAL)."), Qt::ToolTipRole);
    scope_->addItem(tr("Per-wallet books"), QStringLiteral("EXEC_USER"));
    scope_->setItemData(1, tr("Each wallet copied alone with its own bankroll (EXEC_USER)."), Qt::ToolTipRole);
    if (withShadow) {
        scope_->addItem(tr("Shadow (the wallet itself)"), QStringLiteral("SHADOW"));
        scope_->setItemData(2, tr("What the followed wallet itself did, as we observed it (SHADOW)."),
                            Qt::ToolTipRole);
    }
    scope_->setToolTip(tr("Which book to show."));
    wallet_ = new QComboBox(parent);
    wallet_->setObjectName(prefix + QStringLiteral("WalletCombo"));
    wallet_->setToolTip(tr("One followed wallet, or all of them."));
    wallet_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadWallets();
    connect(&terminal_, &api::Terminal::walletsChanged, this, &ScopeChoice::reloadWallets);
    connect(scope_, &QComboBox::currentIndexChanged, this, &ScopeChoice::changed);
    connect(wallet_, &QComboBox::currentIndexChanged, this, &ScopeChoice::changed);
}

void ScopeChoice::reloadWallets()
{
    const QString current = wallet();
    const QSignalBlocker block(wallet_);
    wallet_->clear();
    wallet_->addItem(tr("All wallets"), QString());
    for (const auto& w : terminal_.wallets())
        wallet_->addItem(w.label.isEmpty() ? w.address : w.label, w.address);
    wallet_->setCurrentIndex(std::max(0, wallet_->findData(current)));
}

QString ScopeChoice::scope() const
{
    return scope_->currentData().toString();
}

QString ScopeChoice::wallet() const
{
    return wallet_->currentData().toString();
}

void ScopeChoice::select(const QString& scope, const QString& wallet)
{
    {
        const QSignalBlocker a(scope_);
        const QSignalBlocker b(wallet_);
        scope_->setCurrentIndex(std::max(0, scope_->findData(scope)));
        wallet_->setCurrentIndex(std::max(0, wallet_->findData(wallet)));
    }
    Q_EMIT changed();
}

std::int64_t ScopeChoice::dataNowMs(api::Terminal& terminal, const QString& scope, const QString& wallet)
{
    const std::int64_t wall = QDateTime::currentMSecsSinceEpoch();
    auto p = terminal.readModels().pnl(scope, wallet, wall);
    if (p && p->asOfMs > 0 && p->asOfMs < wall)
        return p->asOfMs;
    return wall;
}

} // namespace slip::ui
