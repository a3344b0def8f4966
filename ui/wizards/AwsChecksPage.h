#pragma once

#include "domain/AwsLinkChecks.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace plc {

class AwsAccount;
class CommandBox;
class LinkCheckList;
class Job;
class SendOnce;
struct CreateContext;

/// Step 3 when the profile has an AWS account: the endpoint service entered on the details
/// page, checked on AWS with the user's credentials — in the cluster's region (or the
/// cross-region one), TiDB Cloud's account allowed, zone IDs in common, acceptance — each ✓
/// or ✗ with the exact fix. **Add TiDB Cloud's Account to Allow Principals…** changes the
/// user's AWS account after a confirmation, sent once. Next needs no ✗; a check that could not
/// be made does not stop the create.
class AwsChecksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsChecksPage)

public:
    AwsChecksPage(CreateContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Runs the checks again (Check Again).
    void check();
    /// Adds TiDB Cloud's account after asking (the question can be answered by a test).
    void addPrincipal();
    const AwsLinkFacts &facts() const { return m_facts; }

private:
    AwsLinkFacts factsFromFields() const;
    void showChecks();
    void showCommands();
    void sendPrincipal();

    CreateContext *m_context;
    QLabel *m_status;
    LinkCheckList *m_list;
    QPushButton *m_again;
    QPushButton *m_addPrincipal;
    CommandBox *m_commands;
    QPointer<Job> m_job;
    SendOnce *m_principalSender = nullptr;
    AwsLinkFacts m_facts;
    bool m_checked = false;
};

} // namespace plc
