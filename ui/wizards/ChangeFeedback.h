#pragma once

#include "ui/wizards/ChangeMessages.h"

#include <QObject>

#include <functional>

namespace plc {

class MessageBar;
class SendOnce;

/// Binds one change's SendOnce to a message bar, the same way wherever a change is sent (a
/// wizard's commit page, the Confluent Cloud run): "sending…" while the request is on its way,
/// a refusal in the change's own words with Retry, a lost answer with Check Again (which only
/// reads), and nothing once the change is made. What Retry does is the owner's: a commit page
/// moves the wizard on, which sends; a progress page sends at once.
class ChangeFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeedback)

public:
    ChangeFeedback(SendOnce *sender, MessageBar *bar, ChangeMessages::Change change,
                   std::function<void()> retry, QObject *parent);

Q_SIGNALS:
    /// The sender started or stopped, or failed: whatever enables a button may have changed.
    void changed();
};

} // namespace plc
