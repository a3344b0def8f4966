#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// What `privatelink-console` was asked to do on its command line.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString screenshotFile; ///< --screenshot FILE: save the main window after the first load
    QString language;       ///< --lang: overrides the saved language for this run
    QString error;          ///< set when the arguments are not valid

    bool isValid() const { return error.isEmpty(); }

    /// Parses and validates; prints help or version and exits like QCommandLineParser does.
    static CommandLineOptions parse(const QStringList &arguments);
};

} // namespace plc
