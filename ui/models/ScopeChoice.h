#pragma once
// ScopeChoice: the scope + wallet selectors the Positions and Skip reasons docks share — global
// book, one wallet's own book, or one wallet's shadow (what the followed wallet itself holds).

#include <QObject>
#include <QString>

#include <cstdint>

class QComboBox;
class QWidget;

namespace slip::api {
class Terminal;
}

namespace slip::ui {

class ScopeChoice : public QObject
{
    Q_OBJECT
public:
    /// Two combos (scope, wallet) named `<prefix>ScopeCombo` and `<prefix>WalletCombo`.
    ScopeChoice(api::Terminal& terminal, QWidget* parent, const QString& prefix, bool withShadow);

    QComboBox* scopeCombo() const { return scope_; }
    QComboBox* walletCombo() const { return wallet_; }
    /// "EXEC_GLOBAL", "EXEC_USER" or "SHADOW".
    QString scope() const;
    /// Lowercase address, "" = every wallet of the scope.
    QString wallet() const;
    /// Selects a scope and wallet programmatically.
    void select(const QString& scope, const QString& wallet);

    /// Headline "now" of stored data: the latest snapshot time of the scope when it is older
    /// than the wall clock (replayed or demo history), else the wall clock.
    static std::int64_t dataNowMs(api::Terminal& terminal, const QString& scope, const QString& wallet);

Q_SIGNALS:
    void changed();

private:
    void reloadWallets();

    api::Terminal& terminal_;
    QComboBox* scope_;
    QComboBox* wallet_;
};

} // namespace slip::ui
