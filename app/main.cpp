// privatelink-console: the desktop console's entry point.
#include "ConsoleSession.h"
#include "services/CommandLineOptions.h"
#include "services/ProfileStore.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PrivateLinkConsole"_s);
    QCoreApplication::setApplicationName(u"privatelink-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLC_VERSION));
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
