// privatelink-sandbox: the TiDB Cloud Serverless API emulator as a standalone server on
// 127.0.0.1, for curl --digest, SDKs, the ticloud CLI, demos and CI.
#include "base/CommandLineDescription.h"
#include "base/OutsideText.h"
#include "sandbox/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using plc::sandbox::SandboxConfig;
using plc::sandbox::SandboxHost;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"privatelink-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLC_VERSION));

    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s, u"N"_s,
                                  u"0"_s);
    const QCommandLineOption publicKey(u"public-key"_s, u"The API public key to accept."_s, u"K"_s);
    const QCommandLineOption privateKey(
        u"private-key"_s, u"The API private key to accept (better: PLC_SANDBOX_PRIVATE_KEY)."_s,
        u"S"_s);
    const QCommandLineOption data(u"data"_s, u"SQLite file that keeps the sandbox's state."_s,
                                  u"FILE"_s, u"privatelink-sandbox.sqlite"_s);
    const QCommandLineOption reset(u"reset"_s, u"Start from the seeded data, deleting FILE."_s);
    const QCommandLineOption creatingDelay(
        u"creating-delay-ms"_s, u"How long a private link connection stays CREATING (5000)."_s,
        u"MS"_s);
    const QCommandLineOption deletingDelay(
        u"deleting-delay-ms"_s, u"How long a private link connection stays DELETING (5000)."_s,
        u"MS"_s);
    const QCommandLineOption domainDelay(
        u"domain-delay-ms"_s, u"How long attached or detached domains take (3000)."_s, u"MS"_s);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s, u"Requests per minute per API key (100; 0 = unlimited)."_s, u"N"_s);
    const QCommandLineOption faults(
        u"faults"_s, u"A fault rule as JSON, as for PUT /sandbox/v1/faults."_s, u"JSON"_s);
    const QCommandLineOption fleet(
        u"fleet"_s,
        u"Start from a generated fleet of C clusters and N private link connections (1-2000 "
        "clusters, 0-50000 connections) instead of the seed, replacing FILE's content: the same "
        "C:N always gives the same fleet."_s,
        u"C:N"_s);
    const QCommandLineOption fleetTransition(
        u"fleet-transition-ms"_s,
        u"With --fleet, how often its next transition happens (20000; 0 = never)."_s, u"MS"_s);
    const QCommandLineOption fleetSteady(
        u"fleet-steady"_s,
        u"With --fleet, transitions keep the number of connections: each new one replaces the "
        "fleet's oldest FAILED one (else its oldest PENDING_ACCEPTANCE one)."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Do not print a line per request."_s);
    const QCommandLineOption awsKeyId(u"aws-access-key-id"_s,
                                      u"The AWS access key ID the /aws/ mount accepts."_s, u"ID"_s);
    const QCommandLineOption awsSecret(u"aws-secret-access-key"_s,
                                       u"Its secret (better: AWS_SECRET_ACCESS_KEY)."_s, u"KEY"_s);
    const QCommandLineOption alibabaKeyId(
        u"alibaba-access-key-id"_s,
        u"The Alibaba Cloud AccessKey ID the /alibaba/ mount accepts."_s, u"ID"_s);
    const QCommandLineOption alibabaSecret(
        u"alibaba-access-key-secret"_s, u"Its secret (better: ALIBABA_CLOUD_ACCESS_KEY_SECRET)."_s,
        u"SECRET"_s);

    // The one description of the command line: --help and the manual page are made from it.
    plc::CommandLineDescription described;
    described.program = u"privatelink-sandbox"_s;
    described.summary = u"Serves an emulation of the TiDB Cloud Serverless API v1beta1, EC2 and "
                        "STS, and Alibaba Cloud's PrivateLink on 127.0.0.1."_s;
    described.paragraphs = {
        u"The sandbox the console embeds, as a standalone server for curl --digest, SDKs, the "
        "ticloud CLI, the AWS CLI, demos and CI. It listens on 127.0.0.1 only, prints its URL "
        "on the first line, then one line per request (method, path, status)."_s,
        u"The TiDB Cloud API is served at / with HTTP Digest for the key pair given. EC2 and "
        "STS are emulated at /aws/ for the AWS key pair given (AWS Signature Version 4); "
        "without one, /aws/ refuses every request. Alibaba Cloud's PrivateLink API is "
        "emulated at /alibaba/ for the AccessKey given; without one, /alibaba/ refuses every "
        "request. /sandbox/v1/ is the admin API: faults, settings, the simulated provider "
        "side."_s};
    described.options = {port,        publicKey,     privateKey,    data,        reset,
                         fleet,       creatingDelay, deletingDelay, domainDelay, fleetTransition,
                         fleetSteady, rateLimit,     faults,        quiet,       awsKeyId,
                         awsSecret,   alibabaKeyId,  alibabaSecret};
    described.exitStatuses = {
        {u"0"_s, u"--help, --version: printed. Otherwise the sandbox serves until a signal "
                 "stops it."_s},
        {u"1"_s, u"The server could not start (the port is taken, the data file cannot be "
                 "opened)."_s},
        {u"2"_s, u"The arguments are not valid."_s}};
    described.environment = {
        {u"PLC_SANDBOX_PUBLIC_KEY, PLC_SANDBOX_PRIVATE_KEY"_s,
         u"The API key pair to accept when --public-key and --private-key are not given; the "
         "environment keeps the private key out of the process list."_s},
        {u"AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"_s,
         u"The AWS key pair /aws/ accepts when the options are not given."_s},
        {u"ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
         u"The Alibaba Cloud AccessKey /alibaba/ accepts when the options are not given."_s}};
    described.files = {{u"privatelink-sandbox.sqlite"_s,
                        u"The state, in the current directory unless --data names another "
                        "file; created from the seeded data when missing, or replaced by the "
                        "generated fleet with --fleet."_s}};
    described.seeAlso = {u"privatelink-console(1)"_s, u"aws(1)"_s, u"curl(1)"_s};

    QCommandLineParser parser;
    described.process(parser, app.arguments());
    QTextStream err(stderr);
    SandboxConfig config;
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        err << "privatelink-sandbox: --port must be a number from 0 to 65535\n";
        return 2;
    }
    config.port = quint16(portValue);
    config.publicKey = parser.isSet(publicKey) ? parser.value(publicKey)
                                               : qEnvironmentVariable("PLC_SANDBOX_PUBLIC_KEY");
    config.privateKey = parser.isSet(privateKey) ? parser.value(privateKey)
                                                 : qEnvironmentVariable("PLC_SANDBOX_PRIVATE_KEY");
    if (config.publicKey.isEmpty() || config.privateKey.isEmpty()) {
        err << "privatelink-sandbox: give the API key with --public-key and --private-key "
               "(or PLC_SANDBOX_PUBLIC_KEY and PLC_SANDBOX_PRIVATE_KEY)\n";
        return 2;
    }
    config.awsAccessKeyId =
        parser.isSet(awsKeyId) ? parser.value(awsKeyId) : qEnvironmentVariable("AWS_ACCESS_KEY_ID");
    config.awsSecretAccessKey = parser.isSet(awsSecret)
                                    ? parser.value(awsSecret)
                                    : qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
    if (config.awsAccessKeyId.isEmpty() != config.awsSecretAccessKey.isEmpty()) {
        err << "privatelink-sandbox: give both the AWS access key ID and its secret, or neither\n";
        return 2;
    }
    config.alibabaAccessKeyId = parser.isSet(alibabaKeyId)
                                    ? parser.value(alibabaKeyId)
                                    : qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
    config.alibabaAccessKeySecret = parser.isSet(alibabaSecret)
                                        ? parser.value(alibabaSecret)
                                        : qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    if (config.alibabaAccessKeyId.isEmpty() != config.alibabaAccessKeySecret.isEmpty()) {
        err << "privatelink-sandbox: give both the Alibaba Cloud AccessKey ID and its secret, or "
               "neither\n";
        return 2;
    }
    config.dataFile = parser.value(data);
    config.reset = parser.isSet(reset);
    if (parser.isSet(fleet)) {
        QString fleetError;
        config.fleet = plc::sandbox::FleetSize::parse(parser.value(fleet), &fleetError);
        if (!config.fleet) {
            err << "privatelink-sandbox: " << fleetError << "\n";
            return 2;
        }
    }

    QJsonObject settings;
    const std::pair<const QCommandLineOption *, const char *> numeric[] = {
        {&creatingDelay, "creatingDelayMs"},
        {&deletingDelay, "deletingDelayMs"},
        {&domainDelay, "domainDelayMs"},
        {&rateLimit, "rateLimitPerMinute"},
        {&fleetTransition, "fleetTransitionMs"}};
    for (const auto &[option, key] : numeric) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok) {
            err << "privatelink-sandbox: --" << option->names().constFirst()
                << " must be a whole number\n";
            return 2;
        }
        settings.insert(QLatin1StringView(key), value);
    }
    if (parser.isSet(fleetSteady))
        settings.insert(u"fleetSteady"_s, true);
    QString error;
    if (!config.settings.apply(settings, &error)) {
        err << "privatelink-sandbox: " << error << "\n";
        return 2;
    }
    if (parser.isSet(faults)) {
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(faults).toUtf8());
        config.fault = plc::sandbox::FaultRule::fromJson(document.object(), &error);
        if (!document.isObject() || !config.fault) {
            err << "privatelink-sandbox: --faults: "
                << (document.isObject() ? error : u"not a JSON object"_s) << "\n";
            return 2;
        }
    }

    SandboxHost host(config);
    int exitCode = 0;
    QObject::connect(&host, &SandboxHost::listening, &app, [](quint16 listeningPort) {
        QTextStream out(stdout);
        out << "http://127.0.0.1:" << listeningPort << Qt::endl;
    });
    QObject::connect(&host, &SandboxHost::failed, &app, [&](const QString &reason) {
        err << "privatelink-sandbox: " << plc::OutsideText::visible(reason) << Qt::endl;
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    if (!parser.isSet(quiet)) {
        QObject::connect(&host, &SandboxHost::requestHandled, &app,
                         [](const QByteArray &method, const QString &path, int status) {
                             // The method and path are what a client sent: printed as text,
                             // so that no request can write escape sequences to the terminal.
                             QTextStream(stdout)
                                 << plc::OutsideText::visible(QString::fromLatin1(method)) << ' '
                                 << plc::OutsideText::visible(path) << ' ' << status << Qt::endl;
                         });
    }
    host.start();
    if (exitCode != 0)
        return exitCode;
    return app.exec();
}
