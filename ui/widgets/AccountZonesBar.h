#pragma once

#include "domain/PrivateLink.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace plc {

class PrivateLinkService;

/// The cluster's TiDB Cloud account ID and availability zones (`:getAvailabilityZones`), each
/// with a Copy button: what the documents send users to the create dialog for.
class AccountZonesBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountZonesBar)

public:
    explicit AccountZonesBar(QWidget *parent = nullptr);
    void setZones(const AvailabilityZones &zones);
    const AvailabilityZones &zones() const { return m_zones; }
    /// Reads them with `:getAvailabilityZones`; loaded() or loadFailed() follows.
    void load(PrivateLinkService *service, const QString &clusterId);

Q_SIGNALS:
    void loaded(const plc::AvailabilityZones &zones);
    /// The sentence for the user; the zones shown before stay.
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AvailabilityZones m_zones;
    QLabel *m_account;
    QToolButton *m_copyAccount;
    QLabel *m_zonesLabel;
    QToolButton *m_copyZones;
};

} // namespace plc
