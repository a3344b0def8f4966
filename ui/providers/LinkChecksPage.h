#pragma once

#include "domain/LinkCheck.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace plc {

class ApiError;
class CommandBox;
class Job;
class LinkCheckList;
class SendOnce;
struct CreateContext;

/// Step 3 of the create wizard when the profile has an account for the cluster's provider:
/// the endpoint service entered on the details page, checked on the provider with the user's
/// own credentials, each check ✓ or ✗ with the exact fix, and the provider CLI commands that
/// read the same. When TiDB Cloud's account may not connect, one button offers the change that
/// lets it (AWS: the Allow principals; Alibaba Cloud: the Service Whitelist): it asks first and
/// is sent once. The change is made from the facts the question shows, and only for them:
/// reading the facts again (Check Again, a new service on the details page) or leaving the page
/// drops it, so a change prepared for one service is never sent to another; a change whose
/// answer was lost is settled by that fresh read. Next needs no ✗; a check that could not be
/// made does not stop the create.
/// AwsChecksPage and AlibabaChecksPage give each provider's reads, change and words; object
/// names start with the provider's key (`awsCheckList`, `alibabaCheckList`…).
class LinkChecksPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkChecksPage)

public:
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Runs the checks again (Check Again).
    void check();
    /// Offers the change after asking (the question can be answered by a test).
    void offerChange();
    /// How many times the change itself was sent (tests).
    int sendCount() const;
    /// True while Back would leave a change whose fate is open (on its way, or unknown until
    /// a read settles it: Check Again, or the change offered again).
    bool holdsBack() const;

protected:
    /// The words of the change, for the facts last read.
    struct ChangeTexts
    {
        QString button;       ///< on the page
        QString title;        ///< the question's window title
        QString question;     ///< what is changed where
        QString consequences; ///< the account changed, and the same change as a CLI command
        QString confirm;      ///< the question's Yes button
        QString sending;      ///< while it is sent
    };

    /// What the page shows from the start, in the provider's words.
    struct PageTexts
    {
        QString key; ///< starts the object names: `aws`, `alibaba`
        QString title;
        QString subTitle;
        QString commandsLabel; ///< "Equivalent AWS CLI commands:"
        QString commandsName;  ///< the same, for screen readers
        QString changeName;    ///< the change button's object name
    };

    LinkChecksPage(CreateContext *context, const PageTexts &texts, QWidget *parent);

    CreateContext *context() const { return m_context; }
    /// Reads the provider side for the details entered; calls checked() when done.
    virtual Job *startCheck() = 0;
    /// The provider CLI commands that read (and, when offered, change) the same.
    virtual QStringList commands() const = 0;
    virtual ChangeTexts changeTexts() const = 0;
    /// The change, made once; null when the facts do not allow it.
    virtual SendOnce *makeChange() = 0;
    /// The sentences of a change that failed: not known whether made, or not made.
    virtual QString changeFailed(const ApiError &error, bool unknown) const = 0;
    virtual QString checkingText() const = 0;
    virtual QString readyText() const = 0;

    /// Shows the checks read; `offerChange`: TiDB Cloud's account may not connect and the
    /// change would let it.
    void checked(const QList<LinkCheck> &checks, bool offerChange);
    bool changeOffered() const;

    void showEvent(QShowEvent *event) override;

private:
    void showCommands();
    /// Keeps Back disabled while holdsBack(); runs right after QWizard's own button update.
    void updateBack();
    /// Sends the change offered for the facts of `generation`, unless they were read again.
    void sendChange(int generation);
    /// Forgets the change prepared for the facts last read: a send under way goes on, unheard.
    void dropChange();
    void setStatus(const QString &text, int kind);

    CreateContext *m_context;
    QLabel *m_status;
    LinkCheckList *m_list;
    QPushButton *m_again;
    QPushButton *m_change;
    CommandBox *m_commands;
    QPointer<Job> m_job;
    SendOnce *m_sender = nullptr;
    int m_sent = 0;
    int m_generation = 0; ///< counts the readings of the facts
    bool m_checked = false;
};

} // namespace plc
