#pragma once

#include "domain/PrivateEndpointTarget.h"
#include "providers/InboundSession.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace plc {

class CommandBox;
class ConfirmedChanges;
class InboundEndpointView;
class Job;
class LinkCheckList;
class ProviderAccount;

/// A provider page's own way to the endpoint, with the profile's account there, the same for
/// every provider (InboundSession): the networks of the region, the chosen one's places (those
/// in the service's zones, by zone ID, suggested one per zone) and security groups (those that
/// let the port in, suggested), private DNS where the provider lets the user choose, and the
/// live checks with the fixes the console can make, each confirmed with its CLI command and
/// sent once (ConfirmedChanges). Create asks first, runs a dry run, makes the endpoint once,
/// and follows it until it can be used; an endpoint to the service in the network already is
/// offered for use instead. Nothing changes on the account without a confirmation.
class InboundEndpointPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundEndpointPanel)

public:
    explicit InboundEndpointPanel(QWidget *parent = nullptr);
    ~InboundEndpointPanel() override;

    /// Reads with `account` for `target`; again from the start when called again.
    void start(ProviderAccount *account, const PrivateEndpointTarget &target);
    /// The endpoint made, or the one in the network chosen for use.
    std::optional<InboundEndpoint> endpoint() const;
    InboundSession *session() const { return m_session; }

Q_SIGNALS:
    void endpointChanged();

private:
    void readNetworks();
    void readNetwork();
    void showFacts();
    void updateChecks();
    void updatePortFrom();
    InboundChoice choice() const;
    void choiceChanged();
    void stopWork();
    void showFixes(const QList<InboundFix> &fixes);
    void fix(InboundFix offered);
    void create();
    void useExisting();
    void showEndpoint(const InboundEndpoint &endpoint);
    void setStatus(const QString &text, int kind);
    void setBusy(bool busy);

    QPointer<InboundSession> m_session;
    QList<InboundFix> m_fixes; ///< the fixes offered now, a button each
    bool m_busy = false;
    bool m_going = false; ///< in its destructor

    QLabel *m_accountLabel;
    QWidget *m_choiceBox; ///< the network's places and groups, the checks, the command
    QComboBox *m_network;
    QPushButton *m_refresh;
    QLabel *m_placesLabel;
    QListWidget *m_places;
    QListWidget *m_groups;
    QCheckBox *m_privateDns;
    QLabel *m_portFromLabel;
    QComboBox *m_portFrom; ///< whom a fix that opens the port lets in
    LinkCheckList *m_checks;
    QHBoxLayout *m_fixButtons;
    QPushButton *m_create;
    QPushButton *m_reuse;
    CommandBox *m_command;
    QLabel *m_status;
    InboundEndpointView *m_result; ///< the endpoint made or chosen, followed
    ConfirmedChanges *m_changes;

    QPointer<Job> m_read;
    QMetaObject::Connection m_accountWatch;
};

} // namespace plc
