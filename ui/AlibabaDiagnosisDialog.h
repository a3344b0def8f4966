#pragma once

#include "domain/AlibabaLinkChecks.h"
#include "domain/PrivateLink.h"

#include <QDialog>
#include <QPointer>

class QLabel;

namespace plc {

class AlibabaAccount;
class CommandBox;
class Job;
class LinkCheckList;

/// Diagnose on Alibaba Cloud…: the create wizard's checks run again for an existing
/// connection (its endpoint service, the cluster's zones, TiDB Cloud's account), the cause
/// found said in one sentence, every check below it, and the aliyun CLI commands that read the
/// same.
class AlibabaDiagnosisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaDiagnosisDialog)

public:
    AlibabaDiagnosisDialog(AlibabaAccount *account, const PrivateLinkConnection &connection,
                           const QString &clusterRegion, const AvailabilityZones &zones,
                           QWidget *parent = nullptr);

    QLabel *cause() const { return m_cause; }
    LinkCheckList *checkList() const { return m_list; }
    /// Runs the checks (again).
    void diagnose();

Q_SIGNALS:
    void diagnosed();

private:
    AlibabaAccount *m_account;
    AlibabaLinkFacts m_facts;
    QLabel *m_cause;
    LinkCheckList *m_list;
    CommandBox *m_commands;
    QPointer<Job> m_job;
};

} // namespace plc
