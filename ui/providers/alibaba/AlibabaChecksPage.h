#pragma once

#include "ui/providers/LinkChecksPage.h"

#include "domain/CliAccount.h"
#include "providers/alibaba/AlibabaLinkChecks.h"

namespace plc {

class AlibabaAccount;

/// Step 3 when the profile has an Alibaba Cloud account (on an Alibaba Cloud cluster): the
/// endpoint service checked on Alibaba Cloud with the user's AccessKey — in the cluster's
/// region, TiDB Cloud's account in the Service Whitelist, a zone in common, whether requests
/// must be allowed. **Add TiDB Cloud's Account to the Service Whitelist…** changes the user's
/// Alibaba Cloud account after a confirmation, sent once.
class AlibabaChecksPage final : public LinkChecksPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaChecksPage)

public:
    /// `account`: the profile's Alibaba Cloud account (configured).
    AlibabaChecksPage(AlibabaAccount *account, CreateContext *context, QWidget *parent = nullptr);

    const AlibabaLinkFacts &facts() const { return m_facts; }

protected:
    Job *startCheck() override;
    QStringList commands() const override;
    ChangeTexts changeTexts() const override;

public:
    /// The words of adding TiDB Cloud's account to the Service Whitelist, for `facts` (the
    /// diagnosis offers the same change).
    static ChangeTexts whitelistTexts(AlibabaAccount *account, const AlibabaLinkFacts &facts);

protected:
    SendOnce *makeChange() override;
    QString changeFailed(const ApiError &error, bool unknown) const override;
    QString checkingText() const override;
    QString readyText() const override;

private:
    AlibabaLinkFacts factsFromFields() const;
    /// The profile's Alibaba Cloud account, for the commands (none: the CLI's defaults).
    CliAccount cliAccount() const;

    AlibabaLinkFacts m_facts;
    AlibabaAccount *m_account;
};

} // namespace plc
