#include "shell/CommandLineOptions.h"

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

CommandLineDescription CommandLineOptions::description()
{
    CommandLineDescription d;
    d.program = u"privatelink-console"_s;
    d.summary = tr("Set up and run private link connections of TiDB Cloud clusters.");
    d.paragraphs = {
        tr("A desktop console for the private links between TiDB Cloud clusters and the rest "
           "of a cloud: it lists clusters, their private link connections for dataflow and "
           "attached domains, and creates, attaches, detaches and deletes them with guided "
           "wizards through the TiDB Cloud Serverless API. With the profile's AWS or Alibaba "
           "Cloud account it also checks and changes the provider's side of a link (the "
           "endpoint service's Allow principals or Service Whitelist, its zones, the "
           "connection request to accept)."),
        tr("Without a profile it runs on an embedded sandbox that emulates the API and the "
           "cloud provider's side, so everything can be tried offline. Profiles, keys and "
           "languages are chosen in the window; nothing is changed on a cloud account before "
           "the user confirms it.")};
    d.options = {
        QCommandLineOption(
            u"check-endpoint"_s,
            tr("Check that the database at <host:port> answers (name resolution, TCP "
               "connection, MySQL greeting; no password needed), print what was found and "
               "exit: 0 when the database answered, 1 when not. Needs no display."),
            tr("host:port")),
        QCommandLineOption(u"check-timeout"_s,
                           tr("The time limit of each step of --check-endpoint (default 5)."),
                           tr("seconds")),
        QCommandLineOption(
            u"screenshot"_s,
            tr("Wait for the first data load, save a PNG of the main window to <file> and exit."),
            tr("file")),
        QCommandLineOption(
            u"exit-when-ready"_s,
            tr("Print \"ready\" and exit once the first cluster's connections are shown (for "
               "start-up measurements and smoke tests).")),
        QCommandLineOption(u"lang"_s, tr("Use this language: en, zh_CN or ja_JP."), tr("language")),
        QCommandLineOption(u"profile"_s, tr("Start on the saved profile <name>."), tr("name")),
        QCommandLineOption(
            u"fleet"_s,
            tr("Run the embedded sandbox on a generated fleet of <clusters:connections> (1 to "
               "2000 clusters, 0 to 50000 connections), kept in a data file of its own and made "
               "anew at each start; the same numbers always give the same fleet, which then "
               "changes by itself every 20 seconds."),
            tr("clusters:connections")),
        QCommandLineOption(u"api-url"_s,
                           tr("Use the API at <url> with the key in TIDBCLOUD_PUBLIC_KEY and "
                              "TIDBCLOUD_PRIVATE_KEY, saving nothing."),
                           tr("url")),
    };
    d.exitStatuses = {
        {u"0"_s, tr("The console was closed, --check-endpoint found the database answering, or "
                    "--screenshot saved its file.")},
        {u"1"_s, tr("--check-endpoint found no database answering (the output says where it "
                    "stopped and why), or the first load of --screenshot or --exit-when-ready "
                    "failed, or the screenshot could not be saved.")},
        {u"2"_s, tr("The arguments are not valid, or --profile names no saved profile.")}};
    d.environment = {
        {u"TIDBCLOUD_PUBLIC_KEY, TIDBCLOUD_PRIVATE_KEY"_s,
         tr("A TiDB Cloud API key pair. When both are set they take the place of the active "
            "profile's key (and --api-url needs them). Held in memory only.")},
        {u"AWS_PROFILE, AWS_DEFAULT_PROFILE"_s,
         tr("The AWS CLI profile that a profile's default AWS credentials use (else "
            "\"default\").")},
        {u"AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN"_s,
         tr("AWS credentials for the default AWS credentials, read as the AWS CLI reads "
            "them.")},
        {u"AWS_REGION, AWS_DEFAULT_REGION"_s, tr("The AWS region when the profile names none.")},
        {u"AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE"_s,
         tr("Where the AWS CLI's config and credentials files are (read, never written).")},
        {u"AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_STS"_s,
         tr("Other EC2 and STS endpoints, as the AWS CLI honours them.")},
        {u"ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
         "ALIBABA_CLOUD_SECURITY_TOKEN"_s,
         tr("An Alibaba Cloud AccessKey for the default Alibaba Cloud credentials.")},
        {u"ALIBABA_CLOUD_PROFILE"_s,
         tr("The aliyun CLI profile to use (else the current one in ~/.aliyun/config.json).")},
        {u"ALIBABA_CLOUD_REGION_ID"_s, tr("The Alibaba Cloud region when the profile names none.")},
        {u"ALIBABA_CLOUD_ENDPOINT"_s,
         tr("Another PrivateLink endpoint, as the aliyun CLI honours it (https, or http only to "
            "this computer).")},
        {u"QT_QPA_PLATFORM"_s, tr("\"offscreen\" runs --screenshot without a display.")},
        {u"QT_LOGGING_RULES"_s,
         tr("\"plc.api.requests.debug=true\" also writes the request log (never a key or a "
            "header value) to the debug log.")}};
    d.files = {
        {u"~/.config/PrivateLinkConsole/privatelink-console.conf"_s,
         tr("Settings: profiles with their API URL and public key, the language, the window's "
            "layout. Never a private key: keys are in the keychain (the Secret Service) under "
            "the service \"privatelink-console\".")},
        {u"~/.local/share/PrivateLinkConsole/privatelink-console/"_s,
         tr("The console's data: sandbox.sqlite, the embedded sandbox's; "
            "sandbox-fleet-C-N.sqlite, the embedded sandbox's with --fleet C:N, made anew at "
            "each start; fleet/, the fleet view's snapshots, one SQLite file per profile, "
            "readable by you only, holding only what the API returned.")},
        {u"~/.aws/config, ~/.aws/credentials"_s,
         tr("The AWS CLI's profiles and keys (read, never written).")},
        {u"~/.aliyun/config.json"_s, tr("The aliyun CLI's profiles (read, never written).")},
        {u"~/.ticloud/config.toml"_s,
         tr("The ticloud CLI's profiles, read by Import from ticloud (never written).")}};
    d.seeAlso = {u"privatelink-sandbox(1)"_s, u"aws(1)"_s};
    return d;
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments, const QString &publicKey,
                                             const QString &privateKey)
{
    QCommandLineParser parser;
    description().process(parser, arguments);
    const QString screenshot = u"screenshot"_s;
    const QString exitWhenReady = u"exit-when-ready"_s;
    const QString lang = u"lang"_s;
    const QString profile = u"profile"_s;
    const QString apiUrl = u"api-url"_s;
    const QString checkEndpoint = u"check-endpoint"_s;
    const QString checkTimeout = u"check-timeout"_s;
    const QString fleet = u"fleet"_s;

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
    if (parser.isSet(fleet)) {
        options.fleet = sandbox::FleetSize::parse(parser.value(fleet));
        if (!options.fleet)
            options.error = tr("--fleet takes <clusters:connections>, such as 300:3000: from 1 "
                               "to %1 clusters and from 0 to %2 connections, not “%3”.")
                                .arg(sandbox::FleetSize::MaxClusters)
                                .arg(sandbox::FleetSize::MaxConnections)
                                .arg(parser.value(fleet));
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

QString CommandLineOptions::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--lang"_L1)
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith("--lang="_L1))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool CommandLineOptions::needsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--check-endpoint" || argument.startsWith("--check-endpoint=") ||
            argument == "--man-page" || argument == "--version" || argument == "-v" ||
            argument == "--help" || argument == "-h" || argument == "-?")
            return true;
    }
    return false;
}

} // namespace plc
