#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QWidget>

class QRadioButton;

namespace plc {

class InboundEndpointPanel;
class ProviderAccount;

/// The two ways a provider page makes the endpoint: from the console with the profile's
/// account there (InboundEndpointPanel), or by the user, with the page's own steps and command
/// (`manual`). The console's way is chosen for the user once, when it can be used; after that
/// the choice stays the user's. The panel reads anew only for another account or target.
class InboundWays final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundWays)

public:
    /// `myself` labels the user's way ("Make it myself, in the AWS console…").
    InboundWays(const QString &myself, QWidget *manual, QWidget *parent = nullptr);

    /// On the page's initialisation: `account` (none, or not configured: only the user's way).
    void prepare(ProviderAccount *account, const PrivateEndpointTarget &target);
    bool fromConsole() const;
    /// The endpoint's own host when the console's way has a usable endpoint reached by a name
    /// of its own (not the target's); else empty.
    QString reachedHost() const;
    InboundEndpointPanel *panel() const { return m_panel; }

Q_SIGNALS:
    /// The user picked the other way.
    void wayChanged();

private:
    void showWay();

    QRadioButton *m_fromConsole;
    QRadioButton *m_myself;
    InboundEndpointPanel *m_panel;
    QWidget *m_manual;
    QString m_startedKey;                  ///< the account the panel was started for
    PrivateEndpointTarget m_startedTarget; ///< and the target
    bool m_wayChosen = false;
};

} // namespace plc
