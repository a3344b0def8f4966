#include "ui/wizards/ChangeMessages.h"

#include "ui/widgets/MessageBar.h"

#include "base/ApiError.h"

namespace plc {

QString ChangeMessages::sending(Change change)
{
    switch (change) {
    case Change::Create:
        return tr("Creating…");
    case Change::Attach:
        return tr("Attaching the domains…");
    case Change::Detach:
        return tr("Detaching the domains…");
    case Change::Delete:
        return tr("Deleting…");
    }
    return {};
}

QString ChangeMessages::notDone(Change change, const QString &reason)
{
    switch (change) {
    case Change::Create:
        return tr("The connection was not created. %1").arg(reason);
    case Change::Attach:
        return tr("The domains were not attached. %1").arg(reason);
    case Change::Detach:
        return tr("The domains were not detached. %1").arg(reason);
    case Change::Delete:
        return tr("The connection was not deleted. %1").arg(reason);
    }
    return reason;
}

QString ChangeMessages::unknown(Change change, const QString &reason)
{
    switch (change) {
    case Change::Create:
        return tr("It is not known whether the connection was created: %1 Check Again looks for "
                  "it in the cluster's list; nothing is sent again until the list shows it was "
                  "not created.")
            .arg(reason);
    case Change::Attach:
        return tr("It is not known whether the domains were attached: %1 Check Again reads the "
                  "connection; nothing is sent again until it shows they were not attached.")
            .arg(reason);
    case Change::Detach:
        return tr("It is not known whether the domains were detached: %1 Check Again reads the "
                  "connection; nothing is sent again until it shows they were not detached.")
            .arg(reason);
    case Change::Delete:
        return tr("It is not known whether the connection is being deleted: %1 Check Again reads "
                  "the connection; nothing is sent again until it shows the delete was not made.")
            .arg(reason);
    }
    return reason;
}

void ChangeMessages::showFailure(MessageBar *bar, Change change, const ApiError &error,
                                 bool outcomeUnknown)
{
    if (outcomeUnknown)
        bar->showMessage(MessageBar::Kind::Error, unknown(change, error.userMessage()),
                         tr("Check Again"));
    else
        bar->showMessage(MessageBar::Kind::Error, notDone(change, error.userMessage()), true);
}

} // namespace plc
