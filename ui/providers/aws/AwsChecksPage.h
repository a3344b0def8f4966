#pragma once

#include "ui/providers/LinkChecksPage.h"

#include "domain/CliAccount.h"
#include "providers/aws/AwsLinkChecks.h"

namespace plc {

class AwsAccount;

/// Step 3 when the profile has an AWS account: the endpoint service checked on AWS with the
/// user's credentials — in the cluster's region (or the cross-region one), TiDB Cloud's
/// account allowed, zone IDs in common, acceptance. **Add TiDB Cloud's Account to Allow
/// Principals…** changes the user's AWS account after a confirmation, sent once.
class AwsChecksPage final : public LinkChecksPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsChecksPage)

public:
    /// `account`: the profile's AWS account (configured).
    AwsChecksPage(AwsAccount *account, CreateContext *context, QWidget *parent = nullptr);

    const AwsLinkFacts &facts() const { return m_facts; }

protected:
    Job *startCheck() override;
    QStringList commands() const override;
    ChangeTexts changeTexts() const override;

public:
    /// The words of adding TiDB Cloud's account to the Allow principals, for `facts` (the
    /// diagnosis offers the same change).
    static ChangeTexts principalTexts(AwsAccount *account, const AwsLinkFacts &facts);

protected:
    SendOnce *makeChange() override;
    QString changeFailed(const ApiError &error, bool unknown) const override;
    QString checkingText() const override;
    QString readyText() const override;

private:
    AwsLinkFacts factsFromFields() const;
    /// The profile's AWS account, for the commands (none: the CLI's defaults).
    CliAccount cliAccount() const;

    AwsLinkFacts m_facts;
    AwsAccount *m_account;
};

} // namespace plc
