// `slipstream-cli keystore`: create, import, re-key and inspect the encrypted keystore, and
// produce L1 headers / store API credentials for live trading. Secrets are read from the
// terminal without echo (or from stdin when piped) and never printed.

#include "CliCommand.h"

#include "api/DataDirectory.h"

#include "crypto/Keystore.h"
#include "crypto/SecureBuffer.h"
#include "venue/polymarket/ClobAuthHeaders.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

#include <openssl/crypto.h>

using slip::crypto::Keystore;
using slip::crypto::SecureBuffer;

namespace {

// One line from stdin; echo is switched off while a terminal is reading it.
SecureBuffer readSecret(const char* prompt)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    SecureBuffer out = SecureBuffer::copyOf(QByteArrayView(line.data(), qsizetype(line.size())));
    OPENSSL_cleanse(line.data(), line.size());
    return out;
}

QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// The keystore lives in the profile's data directory, beside the database (--data-dir picks the
// profile, as for every other command); --file overrides the path outright.
QString defaultPath(const QStringList& args)
{
    auto dir = slip::api::DataDirectory::resolve(option(args, QStringLiteral("--data-dir")));
    return dir ? dir->keystorePath() : QString();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "keystore: %s\n", qPrintable(message));
    return 1;
}

int usage()
{
    std::fputs("usage: slipstream-cli keystore <command> [--data-dir DIR | --file PATH]\n"
               "  create               generate a new key and encrypt it (prints the address)\n"
               "  import               encrypt an existing hex private key (read from the terminal)\n"
               "  change-passphrase    re-encrypt under a new passphrase\n"
               "  show-address         print the address stored in the keystore (no passphrase)\n"
               "  l1-headers [--chain 137] [--nonce 0]\n"
               "                       print L1 auth headers (JSON) for POST /auth/api-key or\n"
               "                       GET /auth/derive-api-key; valid for a short time\n"
               "  set-api-credentials  read the {apiKey,secret,passphrase} JSON the CLOB returned\n"
               "                       (one line on stdin) and store it encrypted\n"
               "Passphrases and keys are read without echo and never printed.\n",
               stdout);
    return 0;
}

int runKeystore(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))
        return usage();
    const QString command = args.first();
    const QString path = option(args, QStringLiteral("--file"), defaultPath(args));
    if (path.isEmpty())
        return fail(QStringLiteral("no usable data directory; pass --data-dir DIR or --file PATH"));
    Keystore ks(path);

    if (command == u"show-address") {
        auto addr = ks.storedAddress();
        if (!addr)
            return fail(addr.error());
        std::printf("%s\n", qPrintable(addr->toChecksummed()));
        return 0;
    }
    if (command == u"create" || command == u"import") {
        SecureBuffer key;
        if (command == u"import")
            key = readSecret("private key (hex): ");
        const SecureBuffer pass = readSecret("new passphrase: ");
        const SecureBuffer again = readSecret("repeat passphrase: ");
        if (!pass.equals(again))
            return fail(QStringLiteral("the passphrases differ"));
        slip::Result<slip::Address> addr = slip::Error{};
        if (command == u"create") {
            addr = ks.create(pass.view());
        } else {
            QString hex = QString::fromLatin1(key.view());
            addr = ks.importKey(hex, pass.view());
            hex.fill(u'0');
        }
        if (!addr)
            return fail(addr.error());
        std::printf("%s\n", qPrintable(addr->toChecksummed()));
        return 0;
    }
    if (command == u"change-passphrase") {
        const SecureBuffer old = readSecret("current passphrase: ");
        const SecureBuffer pass = readSecret("new passphrase: ");
        const SecureBuffer again = readSecret("repeat new passphrase: ");
        if (!pass.equals(again))
            return fail(QStringLiteral("the passphrases differ"));
        if (auto s = ks.changePassphrase(old.view(), pass.view()); !s)
            return fail(s.error());
        std::printf("passphrase changed\n");
        return 0;
    }
    if (command == u"l1-headers") {
        const SecureBuffer pass = readSecret("passphrase: ");
        if (auto s = ks.unlock(pass.view()); !s)
            return fail(s.error());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto headers = slip::polymarket::ClobAuthHeaders::l1(*ks.signer(),
                                                            option(args, QStringLiteral("--chain"), QStringLiteral("137")).toULongLong(),
                                                            now, option(args, QStringLiteral("--nonce"), QStringLiteral("0")));
        if (!headers)
            return fail(headers.error());
        std::printf("%s\n", slip::polymarket::ClobAuthHeaders::toJson(*headers).constData());
        return 0;
    }
    if (command == u"set-api-credentials") {
        const SecureBuffer json = readSecret("API credentials JSON: ");
        const QJsonObject o = QJsonDocument::fromJson(json.view().toByteArray()).object();
        const QString apiKey = o.value(QStringLiteral("apiKey")).toString();
        const QByteArray secret = o.value(QStringLiteral("secret")).toString().toUtf8();
        const QByteArray passphrase = o.value(QStringLiteral("passphrase")).toString().toUtf8();
        if (apiKey.isEmpty() || secret.isEmpty() || passphrase.isEmpty())
            return fail(QStringLiteral("expected {\"apiKey\":…,\"secret\":…,\"passphrase\":…}"));
        const SecureBuffer pass = readSecret("keystore passphrase: ");
        if (auto s = ks.storeApiCredentials(apiKey, secret, passphrase, pass.view()); !s)
            return fail(s.error());
        std::printf("API credentials stored for key %s\n", qPrintable(apiKey));
        return 0;
    }
    return fail(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
}

} // namespace

SLIPSTREAM_CLI_COMMAND(keystore, "keystore",
                       "create/import/re-key the encrypted key store; L1 headers and API credentials",
                       runKeystore)
