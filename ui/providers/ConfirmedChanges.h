#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>

class QWidget;

namespace plc {

class SendOnce;
struct ApiError;

/// The way a window changes something on the user's cloud account: it asks first (what
/// changes, the account, the same as a CLI command), sends the change once, and keeps it by
/// name while its outcome is unknown, so that the same button then reads whether it was made
/// instead of sending it again. A question answered after the account, the target or the
/// choice changed (bump()) acts on nothing.
class ConfirmedChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmedChanges)

public:
    /// `provider`: "AWS", "Alibaba Cloud", in the sentences about the change.
    ConfirmedChanges(QWidget *window, QObject *parent = nullptr);

    void setProvider(const QString &provider) { m_provider = provider; }
    /// What a question open now was asked on no longer holds.
    void bump() { ++m_generation; }
    int generation() const { return m_generation; }

    /// Asks, in a window-modal box named `<name>Confirm`; `yes` runs on "Make the Change" if
    /// nothing changed meanwhile and no change is under way.
    void confirm(const QString &name, const QString &question, const QString &detail,
                 std::function<void()> yes);
    /// Sends `change` under `name`: the status says `sending`, then `done` (and `after` runs)
    /// or why not.
    void run(const QString &name, SendOnce *change, const QString &sending, const QString &done,
             std::function<void()> after);
    /// Reads again whether the change under `name` whose outcome is unknown was made; false
    /// when there is none.
    bool settle(const QString &name);
    /// Whether a change is on its way (sent or being settled).
    bool changing() const;
    /// Whether a change is on its way or its outcome is unknown: a window that holds it stays.
    bool holdsOpen() const;
    /// Forgets every change and question, and closes a question still open: another account
    /// or target.
    void abandonAll();

Q_SIGNALS:
    /// A sentence for the window's status line; `kind` is a NoteLabel::Kind.
    void status(const QString &text, int kind);
    /// A change started or ended.
    void busyChanged();

private:
    QWidget *m_window;
    QString m_provider;
    int m_generation = 0;
    std::map<QString, QPointer<SendOnce>> m_changes;
    QList<QPointer<QWidget>> m_questions; ///< the boxes asked and maybe still open
};

} // namespace plc
