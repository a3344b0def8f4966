// privatelink-console: the desktop console's entry point.
#include "diagnostics/EndpointCheckCommand.h"
#include "services/LanguageManager.h"
#include "services/ProfileStore.h"
#include "shell/CommandLineOptions.h"
#include "shell/ConsoleSession.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(u"PrivateLinkConsole"_s);
    QCoreApplication::setApplicationName(u"privatelink-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLC_VERSION));
}

/// `--check-endpoint HOST:PORT`, `--help`, `--version`, `--man-page`: no window and no display
/// (the connectivity doctor runs on a server inside the VPC; the manual page is written at build
/// time).
int withoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describe();
    // The help, the errors and the doctor's report in the user's language (--lang, else the
    // saved or the system's); the manual page always in English, whatever the build's locale.
    plc::LanguageManager languages;
    if (!app.arguments().contains(u"--man-page"_s) &&
        !languages.setLanguage(plc::CommandLineOptions::languageArgument(app.arguments())))
        languages.setLanguage(languages.preferredLanguage());
    const plc::CommandLineOptions options = plc::CommandLineOptions::parse(app.arguments());
    if (!options.isValid()) {
        QTextStream(stderr) << "privatelink-console: " << options.error << Qt::endl;
        return 2;
    }
    plc::EndpointCheckCommand command(plc::EndpointAddress::parse(options.checkEndpoint),
                                      options.checkTimeoutMs, stdout);
    QObject::connect(&command, &plc::EndpointCheckCommand::done, &app, &QCoreApplication::exit);
    command.start();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (plc::CommandLineOptions::needsNoWindow(argc, argv))
        return withoutWindow(argc, argv);

    QApplication app(argc, argv);
    describe();
    QGuiApplication::setDesktopFileName(u"io.github.privatelink_console.PrivateLinkConsole"_s);

    const plc::CommandLineOptions options = plc::CommandLineOptions::parse(app.arguments());
    if (!options.isValid()) {
        QTextStream(stderr) << "privatelink-console: " << options.error << Qt::endl;
        return 2;
    }

    if (!options.profile.isEmpty() && !plc::ProfileStore().profile(options.profile)) {
        QTextStream(stderr) << "privatelink-console: "
                            << QCoreApplication::translate("main",
                                                           "There is no profile named “%1”.")
                                   .arg(options.profile)
                            << Qt::endl;
        return 2;
    }

    plc::ConsoleSession session(options);
    QObject::connect(&session, &plc::ConsoleSession::done, &app, &QCoreApplication::exit);
    session.start();
    return app.exec();
}
