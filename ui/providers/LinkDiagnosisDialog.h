#pragma once

#include "domain/LinkCheck.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;

namespace plc {

class CommandBox;
class ConfirmedChanges;
class Job;
class SendOnce;
class LinkCheckList;

/// Diagnose on AWS… / Diagnose on Alibaba Cloud…: the create wizard's checks run again for an
/// existing connection, the cause found said in one sentence, every check below it, and the
/// provider CLI commands that read the same. Where the cause is one the console can fix (TiDB
/// Cloud's account missing from the service's allow list), a button offers the fix: asked first
/// with its CLI command, sent once (ConfirmedChanges), then checked again. AwsDiagnosisDialog
/// and AlibabaDiagnosisDialog give each provider's reads, fix and words.
class LinkDiagnosisDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDiagnosisDialog)

public:
    QLabel *cause() const { return m_cause; }
    /// The fix's button (hidden unless the checks call for it).
    QPushButton *fixButton() const { return m_fix; }
    LinkCheckList *checkList() const { return m_list; }
    /// Runs the checks (again).
    void diagnose();

Q_SIGNALS:
    void diagnosed();

protected:
    /// What the dialog shows from the start, in the provider's words.
    struct DialogTexts
    {
        QString key;      ///< starts the object names: `aws`, `alibaba`
        QString provider; ///< "AWS", "Alibaba Cloud"
        QString title;
        QString intro;
        QString checking; ///< while the checks run
        QString commandsLabel;
        QString commandsName;
        QStringList commands;
    };

    explicit LinkDiagnosisDialog(QWidget *parent);
    /// Builds the dialog (from the subclass's constructor, when its facts are known) and runs
    /// the checks.
    void setUp(const DialogTexts &texts);
    /// Reads the provider side; calls found() when done.
    virtual Job *startCheck() = 0;
    /// The fix the checks call for, in the provider's words.
    struct FixTexts
    {
        QString button;
        QString question; ///< what is changed where
        QString detail;   ///< the account, and the same change as a CLI command
        QString sending;
        QString done;
    };
    /// `fix`: the checks found what the console can fix, and the change that fixes it.
    void found(const QList<LinkCheck> &checks, const QString &cause,
               const std::optional<FixTexts> &fix = std::nullopt);
    /// The fix for the facts last read, made once; null when they no longer call for it.
    virtual SendOnce *makeFix() { return nullptr; }

private:
    void offerFix();

    QLabel *m_cause = nullptr;
    QPushButton *m_fix = nullptr;
    ConfirmedChanges *m_changes = nullptr;
    std::optional<FixTexts> m_fixTexts;
    LinkCheckList *m_list = nullptr;
    QString m_checking;
    QPointer<Job> m_job;
};

} // namespace plc
