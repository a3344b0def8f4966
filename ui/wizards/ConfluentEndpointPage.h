#pragma once

#include "domain/PrivateLink.h"
#include "ui/wizards/CommitPage.h"

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
struct ConfluentContext;

/// Step 4 of the Confluent Cloud flow: the VPC Service Endpoint from the PrivateLink Access and
/// the connection's name, checked as they are typed; what the run will do, with the equivalent
/// ticloud commands; Create and Attach sends the create once (CommitPage).
class ConfluentEndpointPage final : public CommitPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentEndpointPage)

public:
    ConfluentEndpointPage(ConfluentContext *context, QWidget *parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void created(const QString &connectionId);

protected:
    bool readyToSend() const override;

private:
    NewPrivateLinkConnection request() const;
    QString nameProblem() const;
    QString serviceProblem() const;
    void check();
    void take(const PrivateLinkConnection &connection);

    ConfluentContext *m_context;
    QLineEdit *m_service;
    QLabel *m_serviceProblem;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_plan;
    CommandBox *m_commands;
};

} // namespace plc
