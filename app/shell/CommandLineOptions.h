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

    bool isValid() const { return error.isEmpty(); }
    /// Whether the arguments ask for a command-line check only (no window, no display).
    static bool asksForCheck(int argc, char *argv[]);
    bool hasEnvironmentKey() const { return !publicKey.isEmpty() && !privateKey.isEmpty(); }

    /// Parses and validates; prints help or version and exits like QCommandLineParser does.
    static CommandLineOptions parse(const QStringList &arguments);
    /// The same with an explicit environment (for tests).
    static CommandLineOptions parse(const QStringList &arguments, const QString &publicKey,
                                    const QString &privateKey);
};

} // namespace plc
