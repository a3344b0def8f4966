#pragma once

#include "ui/providers/ProviderUi.h"
#include "ui/wizards/CreateConnectionWizard.h"

namespace plc {

/// The windows of a provider whose parts follow the usual shape: an account class (a
/// ProviderAccount), its editor, its checks page, its private endpoint page and its two
/// dialogs, each made from the account the provider's own Provider made. A provider then
/// gives only core() and words(); one that differs overrides the maker it needs.
template<typename Account, typename Editor, typename ChecksPage, typename EndpointPage,
         typename DecisionDialog, typename DiagnosisDialog>
class ProviderUiOf : public ProviderUi
{
public:
    CloudAccountEditor *newEditor(QWidget *parent) const override { return new Editor(parent); }
    QWizardPage *newChecksPage(CreateContext *context, QWidget *parent) const override
    {
        return new ChecksPage(account(context->checkingAccount()), context, parent);
    }
    QWizardPage *newEndpointPage(EndpointContext *context, QWidget *parent) const override
    {
        return new EndpointPage(context, parent);
    }
    LinkDecisionDialog *newDecisionDialog(ProviderAccount *account,
                                          const PrivateLinkConnection &connection, bool accept,
                                          QWidget *parent) const override
    {
        return new DecisionDialog(ProviderUiOf::account(account), connection, accept, parent);
    }
    QDialog *newDiagnosisDialog(ProviderAccount *account, const PrivateLinkConnection &connection,
                                const QString &clusterRegion, const AvailabilityZones &zones,
                                QWidget *parent) const override
    {
        return new DiagnosisDialog(ProviderUiOf::account(account), connection, clusterRegion, zones,
                                   parent);
    }

protected:
    /// The windows get only accounts this provider's Provider made.
    static Account *account(ProviderAccount *account)
    {
        auto *typed = qobject_cast<Account *>(account);
        Q_ASSERT(typed);
        return typed;
    }
};

} // namespace plc
