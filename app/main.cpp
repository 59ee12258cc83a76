// slipstream: the desktop terminal.

#include "MainWindow.h"
#include "api/DataDirectory.h"
#include "api/Terminal.h"
#include "domain/Clock.h"
#include "log/Log.h"
#include "net/Endpoints.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Slipstream"));
    QApplication::setOrganizationName(QStringLiteral("Slipstream"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPSTREAM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("slipstream"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("slipstream"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Slipstream copy-trading terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Use DIR for the database, logs and layout."),
                                     QStringLiteral("DIR"));
    QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                      QApplication::translate("main", "trace, debug, info, warn, error or off."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "auto (the demo until a wallet is followed), demo or default."),
        QStringLiteral("PROFILE"), QStringLiteral("auto"));
    QCommandLineOption demoSpeedOption(QStringLiteral("demo-speed"),
                                       QApplication::translate("main", "Demo time runs N times real time (default 30)."),
                                       QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(dataDirOption);
    parser.addOption(logLevelOption);
    parser.addOption(profileOption);
    parser.addOption(demoSpeedOption);
    parser.process(app);
    const QString profile = parser.value(profileOption);
    bool speedOk = false;
    const int demoSpeed = parser.value(demoSpeedOption).toInt(&speedOk);
    if ((profile != u"auto" && profile != u"demo" && profile != u"default") || !speedOk || demoSpeed < 1 || demoSpeed > 3600) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"),
                              QApplication::translate("main", "--profile takes auto, demo or default; --demo-speed 1 to 3600."));
        return 2;
    }

    auto dir = slip::api::DataDirectory::resolve(parser.value(dataDirOption));
    if (!dir) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"), dir.error());
        return 1;
    }
    if (const QString err = slip::log::init({dir->logDirectory(), parser.value(logLevelOption)}); !err.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"), err);
        return 1;
    }
    slip::log::installQtMessageHandler();

    slip::SystemClock clock;
    slip::api::Terminal terminal(clock);
    auto openProfile = [&](const slip::api::DataDirectory& d) {
        if (auto s = terminal.open(d); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"),
                                  QApplication::translate("main", "Cannot open the database:\n%1").arg(s.error()));
            return false;
        }
        return true;
    };
    if (!openProfile(*dir))
        return 1;
    // First run with nothing configured: the DEMO profile, in a directory of its own, so the
    // synthetic demo never mixes with the operator's real data.
    const bool demo = profile == u"demo" || (profile == u"auto" && terminal.wallets().empty());
    if (demo) {
        terminal.close();
        auto demoDir = slip::api::DataDirectory::resolve(dir->root() + QStringLiteral("/demo"));
        if (!demoDir || !openProfile(*demoDir))
            return 1;
    }
    slip::api::RuntimeOptions options;
    QStringList endpointArgs;
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(endpointArgs, dir->root() + QStringLiteral("/endpoints.json"));
    if (!endpoints) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"), endpoints.error());
        return 2;
    }
    options.endpoints = *endpoints;
    const slip::Status started = demo ? terminal.startDemo(std::int64_t(demoSpeed) * 1000, options)
                                      : terminal.startEngine(clock, options);
    if (!started)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Slipstream"),
                             QApplication::translate("main", "The engine could not start:\n%1").arg(started.error()));
    slip::ui::MainWindow window(terminal);
    window.show();
    const int rc = app.exec();
    terminal.close();
    slip::log::flush();
    return rc;
}
