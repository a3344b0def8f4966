#pragma once

#include "domain/Changefeed.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace plc {

class ChangefeedService;
class CommandBox;
class Job;

/// Test Through This Connection…: asks TiDB Cloud to reach a Kafka or MySQL sink through the
/// private link connection (`changefeeds:test`), the only check that the path works end to end
/// from the cluster. The port is suggested from the changefeeds already using the connection;
/// a user name and password are asked for this test only and kept in memory only (the request
/// shown has them masked). Each Test sends the request once; the outcome is said in plain
/// words with its likely cause.
class SinkTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SinkTestDialog)

public:
    SinkTestDialog(ChangefeedService *service, const Cluster &cluster,
                   const PrivateLinkConnection &connection, const QList<Changefeed> &through,
                   QWidget *parent = nullptr);
    ~SinkTestDialog() override;

    /// The sink the form describes now.
    SinkTest sinkTest() const;
    /// Empty when the form can be sent; otherwise what is missing.
    QString problem() const;
    QString outcomeText() const;
    QString equivalentRequest() const;
    bool isTesting() const { return m_job != nullptr; }

Q_SIGNALS:
    /// A test ended (for tests of the dialog).
    void tested(bool passed);

private:
    void onTypeChanged();
    void refresh();
    void send();
    void showOutcome(bool passed, const QString &sentence, const QString &serverSaid);
    QString warningText() const;

    ChangefeedService *m_service;
    Cluster m_cluster;
    PrivateLinkConnection m_connection;
    QList<Changefeed> m_through;
    QComboBox *m_type;
    QSpinBox *m_port;
    QLabel *m_portsHint;
    QComboBox *m_kafkaAuth;
    QLabel *m_kafkaAuthLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLabel *m_warning;
    QLabel *m_problem;
    QLabel *m_outcome;
    CommandBox *m_request;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QPointer<Job> m_job;
};

} // namespace plc
