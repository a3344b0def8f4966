#pragma once

#include "domain/AlibabaLinkChecks.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace plc {

class CommandBox;
class Job;
class LinkCheckList;
class SendOnce;
struct CreateContext;

/// Step 3 when the profile has an Alibaba Cloud account (on an Alibaba Cloud cluster): the
/// endpoint service entered on the details page, checked on Alibaba Cloud with the user's
/// AccessKey — in the cluster's region, TiDB Cloud's account in the Service Whitelist, a zone
/// in common, whether requests must be allowed — each ✓ or ✗ with the exact fix. **Add TiDB
/// Cloud's Account to the Service Whitelist…** changes the user's Alibaba Cloud account after
/// a confirmation, sent once. Next needs no ✗; a check that could not be made does not stop
/// the create.
class AlibabaChecksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaChecksPage)

public:
    AlibabaChecksPage(CreateContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Runs the checks again (Check Again).
    void check();
    /// Adds TiDB Cloud's account to the Service Whitelist after asking (a test may answer).
    void addToWhitelist();
    const AlibabaLinkFacts &facts() const { return m_facts; }
    /// How many times the whitelist change itself was sent (tests).
    int sendCount() const;

private:
    AlibabaLinkFacts factsFromFields() const;
    void showChecks();
    void showCommands();
    void sendWhitelist();
    void setStatus(const QString &text, int kind);

    CreateContext *m_context;
    QLabel *m_status;
    LinkCheckList *m_list;
    QPushButton *m_again;
    QPushButton *m_addUser;
    CommandBox *m_commands;
    QPointer<Job> m_job;
    SendOnce *m_sender = nullptr;
    int m_sent = 0;
    AlibabaLinkFacts m_facts;
    bool m_checked = false;
};

} // namespace plc
