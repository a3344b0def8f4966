#pragma once

#include "providers/aws/AwsCredentials.h"
#include "providers/aws/AwsSharedFiles.h"

#include <QCoreApplication>
#include <QUrl>

namespace plc {

/// One role a profile assumes (`role_arn`), with the keys of the step before it.
struct AwsRoleStep
{
    QString profileName; ///< the profile that names the role
    QString roleArn;
    QString externalId;      ///< empty: none sent
    QString sessionName;     ///< empty: one is made when the role is assumed
    int durationSeconds = 0; ///< 0: STS's default (one hour)
    QString mfaSerial;       ///< the MFA device whose code STS wants, or empty
};

/// An IAM Identity Center profile: which account and role its sign-in gives keys for, and
/// where the sign-in's token is (`aws sso login` writes it; the console only reads it).
struct AwsSsoSettings
{
    QString startUrl;
    QString region;    ///< the Identity Center's region (its portal's)
    QString accountId; ///< sso_account_id
    QString roleName;  ///< sso_role_name: the permission set's name
    QString session;   ///< sso_session's name; empty for a profile with the older keys
    QString profile;   ///< the profile that signs in, for `aws sso login --profile`
    /// The portal: an endpoint given for it alone (AWS_ENDPOINT_URL_SSO, a services section's
    /// `sso`), else `https://portal.sso.<region>.amazonaws.com/`.
    QUrl portal;
    /// `~/.aws/sso/cache/<SHA-1 of the session's name, or of the start URL>.json`
    QString tokenFile;
};

/// Where an AWS profile's keys, region and endpoints come from, found the way the AWS CLI finds
/// them. Keys are not fetched here: a `credential_process` is only split into its arguments
/// (CredentialProcessJob runs it), and the roles to assume are listed in order (AwsKeysJob
/// assumes them).
struct AwsResolvedProfile
{
    enum class Source { None, Environment, SharedFiles, CredentialProcess, IdentityCenter };
    Source source = Source::None;
    QString profileName;        ///< the profile used (`default` when none was named)
    AwsCredentials credentials; ///< Environment and SharedFiles
    QStringList processCommand; ///< CredentialProcess: the program and its arguments
    QString region;             ///< AWS_REGION, AWS_DEFAULT_REGION, then the profile's
    QUrl ec2Endpoint;           ///< an endpoint_url override, else empty (AWS's own)
    QUrl stsEndpoint;
    QString problem; ///< Source::None: why, for the user
    /// The roles assumed, in order, starting from the keys of `source` (a `source_profile`
    /// chain ends at the profile that has keys; empty: `source`'s keys are used as they are).
    QList<AwsRoleStep> roles;
    /// STS at `sts.<region>.amazonaws.com` (the default), or at `sts.amazonaws.com` for the
    /// regions that had only the global endpoint (`sts_regional_endpoints = legacy`).
    bool stsRegional = true;
    AwsSsoSettings sso; ///< Source::IdentityCenter
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
    /// STS's endpoint for `region` and the region its requests are signed for: the regional
    /// one, or with `regional` false the global `https://sts.amazonaws.com/` (signed for
    /// us-east-1) where AWS kept it for old regions.
    static QUrl stsEndpoint(const QString &region, bool regional, QString *signingRegion);

    /// The process environment as a hash, for resolve().
    static QHash<QString, QString> systemEnvironment();

private:
    /// Finds the keys of profile `name` into `resolved` (its source, and the roles before
    /// them): `top` for the profile asked for, else a `source_profile` of the chain, which uses
    /// its own keys before its role as the CLI does. False with `resolved->problem` set.
    static bool findKeys(AwsResolvedProfile *resolved, const QString &name, QStringList *visited,
                         bool top, const QHash<QString, QString> &environment,
                         const AwsSharedFiles &files);
    /// The IAM Identity Center settings of profile `name`, checked; false with
    /// `resolved->problem` set.
    static bool ssoSettings(AwsResolvedProfile *resolved, const QString &name,
                            const AwsSharedFiles::Section &config,
                            const QHash<QString, QString> &environment,
                            const AwsSharedFiles &files);
    /// The role profile `name` assumes, checked; false with `resolved->problem` set.
    static bool roleStep(AwsResolvedProfile *resolved, const QString &name,
                         const AwsSharedFiles::Section &config, AwsRoleStep *step);
};

} // namespace plc
