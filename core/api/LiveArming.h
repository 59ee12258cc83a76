#pragma once
// LiveArming: the checks that stand between paper and live trading — the operator keystore
// present and unlocked with its passphrase, CLOB API credentials stored in it, and a typed
// confirmation — and the plain answer of this build: live order submission does not exist yet,
// so even when every check passes nothing is switched (Terminal::setConfig refuses mode live).

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace slip::api {

/// The outcome of one attempt to arm live mode (globally or for one wallet).
struct LiveCheck
{
    QString target;               ///< "" for every wallet (global), else the wallet address
    QString expectedConfirmation; ///< what the operator had to type
    bool keystorePresent = false;
    bool unlocked = false;           ///< the passphrase opened the keystore
    bool credentialsPresent = false; ///< API key, secret and passphrase are stored
    bool confirmed = false;          ///< the typed text matched
    QString address;                 ///< the keystore's signer address, when known
    bool switched = false;           ///< live mode was switched on (never in this build)
    QStringList problems;            ///< one line per failed check, for the operator
    QString message;                 ///< the final answer shown to the operator

    /// Every check passed (live could be armed if the build supported it).
    bool checksPassed() const
    {
        return keystorePresent && unlocked && credentialsPresent && confirmed;
    }
};

class LiveArming
{
public:
    /// False until live order submission (sign, post, track) is wired into the executor.
    static constexpr bool kLiveExecutionAvailable = false;

    /// What the operator must type: "LIVE" for the global switch, the wallet's label (its
    /// address when it has none) for one wallet.
    static QString expectedConfirmation(const QString& walletLabel, const QString& walletAddress);
    /// Runs the checks against the keystore file; the key is unlocked only for the check and
    /// wiped before returning. Never switches anything (see kLiveExecutionAvailable).
    static LiveCheck check(const QString& keystorePath, QByteArrayView passphrase,
                           const QString& typed, const QString& expected, const QString& target);
};

} // namespace slip::api
