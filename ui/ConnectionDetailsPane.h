#pragma once

#include "domain/PrivateLink.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QToolButton;
class QTableView;

namespace plc {

class ChangefeedUsageView;
class ColumnChooser;
class DomainTableModel;
class TextFilterProxy;

/// Everything about the selected private link connection: every field of the API object,
/// the failure message in plain sight for FAILED, what to do next while PENDING_ACCEPTANCE
/// (which console and tab, and the account ID to look for), and the attached domains in
/// their own table, and the changefeeds that run through it (Used by).
class ConnectionDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDetailsPane)

public:
    explicit ConnectionDetailsPane(QWidget *parent = nullptr);

    /// Shows a connection; `attachedDomains` may be unknown until a Get arrives.
    void showConnection(const PrivateLinkConnection &connection);
    void showDomains(const QList<AttachDomain> &groups);
    void clear();
    void setAccountId(const QString &accountId);
    /// Accept on AWS… under a pending connection's next step, Diagnose on AWS… under a failed
    /// one's problem — each shown while its action is enabled.
    void setSideActions(QAction *accept, QAction *diagnose);

    QString nextStepText() const;
    DomainTableModel *domainModel() const { return m_domains; }
    ChangefeedUsageView *usage() const { return m_usage; }
    /// The names of the selected domains (or the current one), whole.
    QStringList selectedDomains() const;
    void copySelectedDomains();

Q_SIGNALS:
    /// What to tell the user (a copy was made).
    void told(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshTexts();
    void updateSideButtons();
    void fitDomainTable();

    QLabel *m_title;
    QFormLayout *m_form;
    QList<QLabel *> m_fieldLabels;
    QList<QLabel *> m_values;
    QLabel *m_problem;
    QLabel *m_nextStep;
    QToolButton *m_acceptRequest;
    QToolButton *m_diagnoseSide;
    QLabel *m_domainsTitle;
    QTableView *m_domainTable;
    DomainTableModel *m_domains;
    TextFilterProxy *m_domainProxy;
    QAction *m_copyDomain;
    ChangefeedUsageView *m_usage;
    ColumnChooser *m_columns = nullptr;
    std::optional<PrivateLinkConnection> m_connection;
    QString m_accountId;
};

} // namespace plc
