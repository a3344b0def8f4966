#pragma once

#include "providers/aws/AwsCredentials.h"
#include "providers/aws/AwsSharedFiles.h"

#include <QCoreApplication>
#include <QUrl>

namespace plc {

/// Where an AWS profile's keys, region and endpoints come from, found the way the AWS CLI finds
/// them. Keys are not fetched here: a `credential_process` is only split into its arguments
/// (CredentialProcessJob runs it).
struct AwsResolvedProfile
{
    enum class Source { None, Environment, SharedFiles, CredentialProcess };
    Source source = Source::None;
    QString profileName;        ///< the profile used (`default` when none was named)
    AwsCredentials credentials; ///< Environment and SharedFiles
    QStringList processCommand; ///< CredentialProcess: the program and its arguments
    QString region;             ///< AWS_REGION, AWS_DEFAULT_REGION, then the profile's
    QUrl ec2Endpoint;           ///< an endpoint_url override, else empty (AWS's own)
    QUrl stsEndpoint;
    QString problem; ///< Source::None: why, for the user
};

class AwsProfileResolver final
{
    Q_DECLARE_TR_FUNCTIONS(AwsProfileResolver)

public:
    /// `profile` empty: as the CLI does without --profile — the AWS_ACCESS_KEY_ID /
    /// AWS_SECRET_ACCESS_KEY variables first, then AWS_PROFILE (or `default`) in the shared
    /// files. A named profile is read from the shared files only, as `aws --profile` does.
    static AwsResolvedProfile resolve(const QString &profile,
                                      const QHash<QString, QString> &environment,
                                      const AwsSharedFiles &files);

    /// A command line split as a POSIX shell would split words (quotes and backslashes), with
    /// nothing expanded: no variables, no globs, no pipes. False when a quote is left open.
    static bool splitCommand(const QString &line, QStringList *words);

    /// `https://ec2.<region>.amazonaws.com/` (`.amazonaws.com.cn` in China's regions); empty
    /// when `region` does not have an AWS region's shape (RegionNames::isAwsRegion) or `service`
    /// is not `ec2` or `sts`: the one place an AWS host is made.
    static QUrl defaultEndpoint(const QString &service, const QString &region);

    /// The process environment as a hash, for resolve().
    static QHash<QString, QString> systemEnvironment();
};

} // namespace plc
