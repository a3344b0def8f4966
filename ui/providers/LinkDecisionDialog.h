#pragma once

#include "domain/PrivateLink.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace plc {

class ApiError;
class Job;
class SendOnce;

/// Accept (allow) or reject the endpoint connection request of a connection in Pending
/// Acceptance, on the provider, with the user's own credentials: the request is found on the
/// endpoint service by the connection's endpoint ID and shown, then the decision is sent once.
/// Rejecting asks again in so many words (the connection fails in TiDB Cloud and cannot be
/// accepted later). A decision the provider refuses is said, and the request is read again to
/// show what it is now. AwsDecisionDialog and AlibabaDecisionDialog give each provider's reads,
/// change and words.
class LinkDecisionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDecisionDialog)

public:
    QPushButton *decideButton() const { return m_decide; }
    QLabel *request() const { return m_request; }
    QLabel *status() const { return m_status; }
    /// How many times the decision itself was sent (tests).
    int sendCount() const;

Q_SIGNALS:
    /// The provider took the decision: the connection will change state.
    void decided();

protected:
    /// The words of the window, in the provider's language.
    struct DialogTexts
    {
        QString key; ///< starts the object names: `aws`, `alibaba`
        QString title;
        QString intro;
        QString decideButton;
        QString commandLabel;
        QString commandName;
        QString command;
        QString rejectTitle; ///< the question before a reject
        QString rejectQuestion;
        QString rejectButton;
    };
    /// What the provider says of the request.
    struct Request
    {
        QString sentence; ///< who asked, when or where, its state in the provider's words
        bool pending = false;
        QString state; ///< the state in the provider's words, when it is not pending
    };

    LinkDecisionDialog(const PrivateLinkConnection &connection, bool accept, QWidget *parent);
    /// Builds the window (from the subclass's constructor) and looks for the request.
    void setUp(const DialogTexts &texts);

    const PrivateLinkConnection &connection() const { return m_connection; }
    bool accepts() const { return m_accept; }
    /// Reads the request; calls foundRequest() or requestNotFound() when done.
    virtual Job *startFind() = 0;
    /// The decision, sent once.
    virtual SendOnce *makeDecision() = 0;
    virtual QString lookingText() const = 0;
    virtual QString sendingText() const = 0;
    virtual QString decidedText() const = 0;
    /// The provider's refusal carried inside an answer that succeeded (AWS's Unsuccessful
    /// items); empty when there is none.
    virtual QString refusalInAnswer() const { return {}; }
    virtual QString unknownText(const ApiError &error) const = 0;
    virtual QString nothingToDecide(const QString &state) const = 0;

    void foundRequest(const Request &request);
    void requestNotFound(const QString &sentence);

private:
    void findRequest();
    void confirmReject();
    void send();
    void setStatus(const QString &text, int kind);

    PrivateLinkConnection m_connection;
    bool m_accept;
    DialogTexts m_texts;
    QLabel *m_request;
    QLabel *m_status;
    QPushButton *m_decide;
    QPointer<Job> m_find;
    SendOnce *m_sender = nullptr;
    QString m_refusal; ///< the provider's refusal of the decision, once sent
};

} // namespace plc
