// slipstream: the desktop terminal.

#include "MainWindow.h"
#include "api/DataDirectory.h"
#include "api/Terminal.h"
#include "domain/Clock.h"
#include "log/Log.h"

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
    parser.addOption(dataDirOption);
    parser.addOption(logLevelOption);
    parser.process(app);

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
    if (auto s = terminal.open(*dir); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Slipstream"),
                              QApplication::translate("main", "Cannot open the database:\n%1").arg(s.error()));
        return 1;
    }
    slip::ui::MainWindow window(terminal);
    window.show();
    const int rc = app.exec();
    terminal.close();
    slip::log::flush();
    return rc;
}
