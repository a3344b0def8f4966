#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace plc {

/// The Confluent Cloud network's unique name, with the documents' helper: paste the network's
/// DNS subdomain (`use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud`) and the unique name
/// (`domnprzqrog.us-east-1`) is read from it. Both fields are checked as they are typed; the
/// network must be in the cluster's region and not attached already.
class ConfluentNameEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentNameEditor)

public:
    ConfluentNameEditor(QString clusterRegion, QStringList attached, QWidget *parent = nullptr);

    QString uniqueName() const;
    /// Empty when the unique name can be attached, else what is wrong.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void onSubdomainEdited();
    void check();

    QString m_clusterRegion;
    QStringList m_attached;
    QLineEdit *m_subdomain;
    QLabel *m_subdomainProblem;
    QLineEdit *m_uniqueName;
    QLabel *m_uniqueNameProblem;
};

} // namespace plc
