// Logging: rotating file + levels, and the redaction layer — a registered secret never reaches
// a log line in any of its encodings, from spdlog or from Qt's own messages.

#include "log/Log.h"
#include "log/SecretRedactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slip;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesFileAndHonoursLevel()
    {
        QTemporaryDir dir;
        QVERIFY(log::init({dir.path(), QStringLiteral("info"), false}).isEmpty());
        log::get("net")->debug("hidden-debug-line");
        log::get("net")->info("visible-info-line {}", 42);
        log::flush();
        const QByteArray text = readAll(log::logFilePath());
        QVERIFY(text.contains("visible-info-line 42"));
        QVERIFY(text.contains("[net]"));
        QVERIFY(!text.contains("hidden-debug-line"));
        QVERIFY(log::setLevel(QStringLiteral("debug")));
        log::get("net")->debug("now-visible-debug");
        log::flush();
        QVERIFY(readAll(log::logFilePath()).contains("now-visible-debug"));
        QVERIFY(!log::setLevel(QStringLiteral("loud")));
        QVERIFY(log::init({dir.path(), QStringLiteral("loud"), false}).contains("unknown log level"));
    }

    void redactsSecretsInEveryForm()
    {
        QTemporaryDir dir;
        QVERIFY(log::init({dir.path(), QStringLiteral("trace"), false}).isEmpty());
        const QByteArray key = QByteArray::fromHex(
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        const QByteArray apiSecret = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
        const QByteArray passphrase = "correct horse battery staple";
        QVERIFY(log::registerSecret(key));
        QVERIFY(log::registerSecret(apiSecret));
        QVERIFY(log::registerSecret(passphrase));
        QVERIFY(!log::registerSecret("abc")); // too short to redact safely
        auto sign = log::get("sign");
        sign->info("raw hex {}", key.toHex().toStdString());
        sign->info("upper {}", key.toHex().toUpper().toStdString());
        sign->info("prefixed 0x{}", key.toHex().toStdString());
        sign->info("b64 {}", key.toBase64().toStdString());
        sign->warn("secret={} pass='{}'", apiSecret.toStdString(), passphrase.toStdString());
        log::installQtMessageHandler();
        qWarning("qt says %s", passphrase.constData());
        qInstallMessageHandler(nullptr);
        log::flush();
        const QByteArray text = readAll(log::logFilePath());
        QVERIFY(!text.contains(key.toHex()));
        QVERIFY(!text.contains(key.toHex().toUpper()));
        QVERIFY(!text.contains(key.toBase64()));
        QVERIFY(!text.contains(apiSecret));
        QVERIFY(!text.contains(passphrase));
        QCOMPARE(text.count("[REDACTED]"), 7);
        QVERIFY(text.contains("raw hex [REDACTED]"));
        QVERIFY(text.contains("[qt] qt says [REDACTED]"));
        // After unregistering (keystore locked), ordinary text passes again.
        log::unregisterSecret(passphrase);
        QCOMPARE(log::redact(QString::fromUtf8(passphrase)), QString::fromUtf8(passphrase));
        QCOMPARE(log::redact(QString::fromLatin1(apiSecret)), QStringLiteral("[REDACTED]"));
        log::unregisterSecret(apiSecret);
        log::unregisterSecret(key);
        QCOMPARE(log::registeredSecretCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "test_log.moc"
