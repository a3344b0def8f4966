#pragma once

#include "domain/LinkCheck.h"

#include <QDialog>
#include <QPointer>

class QLabel;

namespace plc {

class CommandBox;
class Job;
class LinkCheckList;

/// Diagnose on AWS… / Diagnose on Alibaba Cloud…: the create wizard's checks run again for an
/// existing connection, the cause found said in one sentence, every check below it, and the
/// provider CLI commands that read the same. AwsDiagnosisDialog and AlibabaDiagnosisDialog give
/// each provider's reads and words.
class LinkDiagnosisDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDiagnosisDialog)

public:
    QLabel *cause() const { return m_cause; }
    LinkCheckList *checkList() const { return m_list; }
    /// Runs the checks (again).
    void diagnose();

Q_SIGNALS:
    void diagnosed();

protected:
    /// What the dialog shows from the start, in the provider's words.
    struct DialogTexts
    {
        QString key; ///< starts the object names: `aws`, `alibaba`
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
    void found(const QList<LinkCheck> &checks, const QString &cause);

private:
    QLabel *m_cause = nullptr;
    LinkCheckList *m_list = nullptr;
    QString m_checking;
    QPointer<Job> m_job;
};

} // namespace plc
