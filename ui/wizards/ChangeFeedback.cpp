#include "ui/wizards/ChangeFeedback.h"

#include "base/SendOnce.h"
#include "ui/widgets/MessageBar.h"

namespace plc {

ChangeFeedback::ChangeFeedback(SendOnce *sender, MessageBar *bar, ChangeMessages::Change change,
                               std::function<void()> retry, QObject *parent)
    : QObject(parent)
{
    connect(bar, &MessageBar::retryRequested, this, [retry = std::move(retry)] { retry(); });
    // Check Again: SendOnce repeats the read, never the change, while the outcome is unknown.
    connect(bar, &MessageBar::actionRequested, sender, &SendOnce::run);
    connect(sender, &SendOnce::runningChanged, this, [this, bar, change](bool running) {
        if (running)
            bar->showMessage(MessageBar::Kind::Information, ChangeMessages::sending(change), false);
        Q_EMIT changed();
    });
    connect(sender, &SendOnce::done, bar, &MessageBar::hide);
    connect(sender, &SendOnce::failed, this,
            [this, bar, change](const ApiError &error, bool outcomeUnknown) {
                ChangeMessages::showFailure(bar, change, error, outcomeUnknown);
                Q_EMIT changed(); // an unknown outcome keeps a commit button disabled
            });
}

} // namespace plc
