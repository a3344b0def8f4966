#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace plc {

class CommandBox;
struct EndpointContext;

/// Step 3 of the documents: "Connect With", a ready connection string for the chosen client
/// with the private host, the port and the user. Passwords are never written into it.
class ConnectWithPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectWithPage)

public:
    ConnectWithPage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;

private:
    void update();

    EndpointContext *m_context;
    QComboBox *m_client;
    QCheckBox *m_tls;
    CommandBox *m_text;
    QLabel *m_note;
};

} // namespace plc
