#include "ui/providers/ConfirmedChanges.h"

#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/SendOnce.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace plc {

ConfirmedChanges::ConfirmedChanges(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

bool ConfirmedChanges::changing() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(),
                       [](const auto &entry) { return entry.second && entry.second->isRunning(); });
}

bool ConfirmedChanges::holdsOpen() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [](const auto &entry) {
        return entry.second && (entry.second->isRunning() || entry.second->isOutcomeUnknown());
    });
}

void ConfirmedChanges::abandonAll()
{
    bump();
    // A question about what no longer holds is taken back, not left to be answered.
    const auto questions = std::exchange(m_questions, {});
    for (const QPointer<QWidget> &question : questions) {
        if (question)
            question->close();
    }
    for (auto &[name, change] : m_changes) {
        if (change) {
            change->abandon();
            change->deleteLater();
        }
    }
    m_changes.clear();
}

void ConfirmedChanges::confirm(const QString &name, const QString &question, const QString &detail,
                               std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change on %1").arg(m_provider), question,
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(name + u"Confirm"_s);
    box->setInformativeText(detail);
    WizardParts::showPlainText(box); // the account and the IDs are outside text
    box->button(QMessageBox::Yes)->setText(tr("Make the Change"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_questions.removeAll(nullptr);
    m_questions.append(box);
    // The answer acts on what the question showed, and on nothing read or chosen since.
    connect(box, &QMessageBox::finished, this,
            [this, generation = m_generation, yes = std::move(yes)](int result) {
                if (result == QMessageBox::Yes && generation == m_generation && !changing())
                    yes();
            });
    box->open();
}

bool ConfirmedChanges::settle(const QString &name)
{
    const auto found = m_changes.find(name);
    if (found == m_changes.end() || !found->second || !found->second->isOutcomeUnknown())
        return false;
    Q_EMIT status(tr("Reading on %1 whether the change was made…").arg(m_provider),
                  int(NoteLabel::Kind::Attention));
    found->second->run(); // a read: the change itself is not sent again
    return true;
}

void ConfirmedChanges::run(const QString &name, SendOnce *change, const QString &sending,
                           const QString &done, std::function<void()> after)
{
    if (!change) {
        Q_EMIT status(tr("The change no longer fits what was read. Read again and try once "
                         "more: nothing was sent."),
                      int(NoteLabel::Kind::Problem));
        return;
    }
    QPointer<SendOnce> &slot = m_changes[name];
    if (slot)
        slot->deleteLater(); // settled: done, or not made
    slot = change;
    connect(change, &SendOnce::runningChanged, this, [this](bool) { Q_EMIT busyChanged(); });
    connect(change, &SendOnce::done, this, [this, done, after = std::move(after)](bool) {
        Q_EMIT status(done, int(NoteLabel::Kind::Success));
        if (after)
            after();
    });
    connect(change, &SendOnce::failed, this, [this](const ApiError &error, bool unknown) {
        Q_EMIT status(
            unknown ? tr("It is not known whether %1 made the change: %2 Press the "
                         "same button again: the console reads first and never sends "
                         "it twice.")
                          .arg(m_provider, error.userMessage())
                    : tr("%1 did not make the change: %2").arg(m_provider, error.userMessage()),
            int(NoteLabel::Kind::Problem));
        Q_EMIT busyChanged();
    });
    Q_EMIT status(sending, int(NoteLabel::Kind::Attention));
    change->run();
}

} // namespace plc
