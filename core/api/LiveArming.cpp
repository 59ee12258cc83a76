#include "api/LiveArming.h"

#include "crypto/Keystore.h"

#include <QCoreApplication>

namespace slip::api {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LiveArming", text);
}

} // namespace

QString LiveArming::expectedConfirmation(const QString& walletLabel, const QString& walletAddress)
{
    if (walletAddress.isEmpty())
        return QStringLiteral("LIVE");
    return walletLabel.trimmed().isEmpty() ? walletAddress : walletLabel.trimmed();
}

LiveCheck LiveArming::check(const QString& keystorePath, QByteArrayView passphrase,
                            const QString& typed, const QString& expected, const QString& target)
{
    LiveCheck c;
    c.target = target;
    c.expectedConfirmation = expected;
    crypto::Keystore keystore(keystorePath);
    c.keystorePresent = keystore.exists();
    if (!c.keystorePresent) {
        c.problems << tr(
            "No keystore in the data directory: create or import the trading key first "
            "(slipstream-cli keystore create|import).");
    } else {
        if (auto address = keystore.storedAddress())
            c.address = address->toString();
        if (passphrase.isEmpty()) {
            c.problems << tr("The keystore passphrase is needed to unlock the trading key.");
        } else if (Status s = keystore.unlock(passphrase); !s) {
            c.problems << tr("The keystore did not unlock: %1").arg(s.error());
        } else {
            c.unlocked = true;
            c.credentialsPresent = !keystore.apiKey().isEmpty() &&
                                   !keystore.apiSecret().isEmpty() &&
                                   !keystore.apiPassphrase().isEmpty();
            if (!c.credentialsPresent)
                c.problems << tr("No venue API credentials in the keystore: derive them first "
                                 "(slipstream-cli keystore set-api-credentials).");
            keystore.lock();
        }
    }
    c.confirmed = !expected.isEmpty() && typed.trimmed() == expected;
    if (!c.confirmed)
        c.problems << tr("Type %1 exactly to confirm.").arg(expected);
    if (!c.checksPassed())
        c.message = tr("Live mode was not armed: %1").arg(c.problems.join(u' '));
    else if (!kLiveExecutionAvailable)
        c.message = tr("Every check passed, but live order submission is not available in this "
                       "build: nothing was "
                       "switched and every wallet keeps trading on paper.");
    return c;
}

} // namespace slip::api
