#pragma once

#include <QString>
#include <QUrl>

namespace plc {

/// The account and endpoint a console acts with, as far as a provider's CLI can be told them:
/// what a copied `aws` or `aliyun` command needs so that, pasted into a shell, it acts on the
/// same account as the window, not on the CLI's default credentials. AwsAccount::cliAccount()
/// and AlibabaAccount::cliAccount() fill it; AwsCommands and AlibabaCommands write it as
/// options (`--profile`, `--endpoint-url`, `--endpoint`) or, where no option can say it, as a
/// comment line.
struct CliAccount
{
    /// Where the console's keys come from.
    enum class Keys {
        Default,     ///< no account (or one that gives no keys): the CLI's own default chain
        Profile,     ///< a profile of the CLI's files: `--profile`
        Environment, ///< the provider's variables in the console's environment
        Typed,       ///< typed into the console and kept in the keychain: in no profile
        Sandbox,     ///< the embedded sandbox's, made at each start: in no profile
    };
    Keys keys = Keys::Default;
    /// Keys::Profile: the profile's name as the CLI's files spell it (`default` included: an
    /// explicit `--profile` also keeps the shell's own variables from taking over).
    QString profile;
    /// The endpoint of the API the commands call (EC2, PrivateLink) when one is configured or
    /// the sandbox's; empty: the provider's own in the command's region.
    QUrl endpoint;
    /// STS's, the same way (Alibaba Cloud: the same endpoint as every other API's).
    QUrl stsEndpoint;

    friend bool operator==(const CliAccount &, const CliAccount &) = default;
};

} // namespace plc
