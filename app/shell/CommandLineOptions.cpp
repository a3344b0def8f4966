#include "CommandLineOptions.h"

#include "domain/EndpointAddress.h"
#include "services/LanguageManager.h"
#include "services/Profile.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace plc {

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    // The names the TiDB Cloud Terraform provider uses.
    return parse(arguments, qEnvironmentVariable("TIDBCLOUD_PUBLIC_KEY"),
                 qEnvironmentVariable("TIDBCLOUD_PRIVATE_KEY"));
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments, const QString &publicKey,
                                             const QString &privateKey)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set up and run private link connections of TiDB Cloud clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Wait for the first data load, save a PNG of the main window to <file> and exit."),
        tr("file"));
    const QCommandLineOption lang(u"lang"_s, tr("Use this language: en, zh_CN or ja_JP."),
                                  tr("language"));
    const QCommandLineOption profile(u"profile"_s, tr("Start on the saved profile <name>."),
                                     tr("name"));
    const QCommandLineOption apiUrl(
        u"api-url"_s,
        tr("Use the API at <url> with the key in TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY, "
           "saving nothing."),
        tr("url"));
    const QCommandLineOption exitWhenReady(
        u"exit-when-ready"_s,
        tr("Print \"ready\" and exit once the first cluster's connections are shown (for "
           "start-up measurements and smoke tests)."));
    const QCommandLineOption checkEndpoint(
        u"check-endpoint"_s,
        tr("Check that the database at <host:port> answers (name resolution, TCP connection, "
           "MySQL greeting; no password needed), print what was found and exit: 0 when the "
           "database answered, 1 when not."),
        tr("host:port"));
    const QCommandLineOption checkTimeout(
        u"check-timeout"_s, tr("The time limit of each step of --check-endpoint (default 5)."),
        tr("seconds"));
    parser.addOption(checkEndpoint);
    parser.addOption(checkTimeout);
    parser.addOption(screenshot);
    parser.addOption(exitWhenReady);
    parser.addOption(lang);
    parser.addOption(profile);
    parser.addOption(apiUrl);
    parser.process(arguments);

    CommandLineOptions options;
    options.screenshotFile = parser.value(screenshot);
    options.exitWhenReady = parser.isSet(exitWhenReady);
    options.language = parser.value(lang);
    options.profile = parser.value(profile);
    options.apiUrl = parser.value(apiUrl);
    options.publicKey = publicKey;
    options.privateKey = privateKey;
    if (parser.isSet(apiUrl)) {
        if (const QString problem = Profile::checkApiUrl(options.apiUrl); !problem.isEmpty())
            options.error = u"--api-url: "_s + problem;
        else if (!options.hasEnvironmentKey())
            options.error = tr("--api-url needs the API key in TIDBCLOUD_PUBLIC_KEY and "
                               "TIDBCLOUD_PRIVATE_KEY.");
        if (parser.isSet(profile))
            options.error = tr("Use either --profile or --api-url, not both.");
    }
    if (parser.isSet(checkEndpoint)) {
        options.checkEndpoint = parser.value(checkEndpoint);
        if (const EndpointAddress target = EndpointAddress::parse(options.checkEndpoint);
            !target.isValid())
            options.error = u"--check-endpoint: "_s + target.problem;
    }
    if (parser.isSet(checkTimeout)) {
        bool ok = false;
        const double secondsValue = parser.value(checkTimeout).toDouble(&ok);
        if (!ok || secondsValue < 0.1 || secondsValue > 120)
            options.error = tr("--check-timeout takes a number of seconds from 0.1 to 120.");
        else
            options.checkTimeoutMs = int(secondsValue * 1000);
    }
    if (parser.isSet(lang) && !LanguageManager::availableLanguages().contains(options.language)) {
        options.error =
            tr("Unknown language “%1”. Use one of: %2.")
                .arg(options.language, LanguageManager::availableLanguages().join(u", "_s));
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("Unexpected argument “%1”. See --help.")
                            .arg(parser.positionalArguments().constFirst());
    }
    return options;
}

bool CommandLineOptions::asksForCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--check-endpoint" || argument.startsWith("--check-endpoint="))
            return true;
    }
    return false;
}

} // namespace plc
