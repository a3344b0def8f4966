// privatelink-console: the desktop console's entry point.
#include "ConsoleSession.h"
#include "diagnostics/EndpointCheckCommand.h"
#include "services/LanguageManager.h"
#include "services/ProfileStore.h"
#include "shell/CommandLineOptions.h"

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

/// `--check-endpoint HOST:PORT`: the connectivity doctor without a window (and without a
/// display, so that it runs on a server inside the VPC).
int checkEndpoint(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describe();
    const plc::CommandLineOptions options = plc::CommandLineOptions::parse(app.arguments());
    plc::LanguageManager languages;
    languages.setLanguage(options.language.isEmpty() ? languages.preferredLanguage()
                                                     : options.language);
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
    if (plc::CommandLineOptions::asksForCheck(argc, argv))
        return checkEndpoint(argc, argv);

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
