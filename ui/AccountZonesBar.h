#pragma once

#include "domain/PrivateLink.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace plc {

/// The cluster's TiDB Cloud account ID and availability zones (`:getAvailabilityZones`), each
/// with a Copy button: what the documents send users to the create dialog for.
class AccountZonesBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountZonesBar)

public:
    explicit AccountZonesBar(QWidget *parent = nullptr);
    void setZones(const AvailabilityZones &zones);

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
