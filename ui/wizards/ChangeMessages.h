#pragma once

#include <QCoreApplication>
#include <QString>

namespace plc {

class ApiError;
class MessageBar;

/// What the wizards say while a change is on its way and when it fails: one sentence per kind
/// of change, shared by every page that sends it (a create from the create wizard and from the
/// Confluent Cloud flow say the same). A failure offers Retry when the change was not made and
/// Check Again when it is not known whether it was (SendOnce).
class ChangeMessages
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMessages)

public:
    enum class Change { Create, Attach, Detach, Delete };

    static QString sending(Change change);
    static QString notDone(Change change, const QString &reason);
    static QString unknown(Change change, const QString &reason);
    /// Shows a failed change on `bar`, with Retry or Check Again.
    static void showFailure(MessageBar *bar, Change change, const ApiError &error,
                            bool outcomeUnknown);
};

} // namespace plc
