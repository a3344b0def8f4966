#pragma once

#include "base/CommandLineDescription.h"
#include "sandbox/FleetSeed.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc {

/// What `privatelink-console` was asked to do on its command line.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString screenshotFile;     ///< --screenshot FILE: save the main window after the first load
    bool exitWhenReady = false; ///< --exit-when-ready: print "ready" after the first load, exit
    QString language;           ///< --lang: overrides the saved language for this run
    QString profile;            ///< --profile NAME: start on this profile
    QString apiUrl;        ///< --api-url URL: use this API with the environment's key, save nothing
    QString publicKey;     ///< TIDBCLOUD_PUBLIC_KEY, when set
    QString privateKey;    ///< TIDBCLOUD_PRIVATE_KEY, when set (kept in memory only)
    QString checkEndpoint; ///< --check-endpoint HOST:PORT: run the connectivity doctor, exit
    int checkTimeoutMs = 5000; ///< --check-timeout SECONDS: each step's time limit
    QString error;             ///< set when the arguments are not valid
    /// --fleet C:N: the embedded sandbox generates this fleet, in a data file of its own.
    std::optional<sandbox::FleetSize> fleet;

    bool isValid() const { return error.isEmpty(); }
    /// Whether the arguments ask for something that needs no window and no display: a
    /// connectivity check, the help, the version or the manual page.
    static bool needsNoWindow(int argc, char *argv[]);
    /// The value of --lang among `arguments` (empty when not given), read before parsing so
    /// that --help and the errors are already in that language.
    static QString languageArgument(const QStringList &arguments);
    /// Every option, exit status, environment variable and file: what --help shows and what
    /// the manual page privatelink-console(1) is written from.
    static CommandLineDescription description();
    bool hasEnvironmentKey() const { return !publicKey.isEmpty() && !privateKey.isEmpty(); }

    /// Parses and validates; prints help or version and exits like QCommandLineParser does.
    /// `--help-all` (with Qt's own options) needs the QApplication, so it needs a display.
    static CommandLineOptions parse(const QStringList &arguments);
    /// The same with an explicit environment (for tests).
    static CommandLineOptions parse(const QStringList &arguments, const QString &publicKey,
                                    const QString &privateKey);
};

} // namespace plc
