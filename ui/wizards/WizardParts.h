#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWizard;

namespace plc {

/// Small pieces every wizard page uses, so that they look and behave alike.
namespace WizardParts {
/// A red, word-wrapped sentence under a field; hidden until there is something to say.
QLabel *problemLabel(const QString &objectName, QWidget *parent);
/// Shows `problem` under `edit` once the user has typed in it (an untouched, empty form is not
/// an error) and as the field's tooltip.
void showProblem(QLabel *label, QLineEdit *edit, const QString &problem);
/// One row of a summary table (label in bold), HTML-escaped.
QString summaryRow(const QString &label, const QString &value);
/// A word-wrapped, selectable label for explanations.
QLabel *textLabel(const QString &objectName, QWidget *parent);
/// What every wizard of the console shares: its name, title, classic style, no Back or Cancel
/// on the last page (the change is made; only Finish closes), and its size.
void setUpWizard(QWizard *wizard, const QString &objectName, const QString &title,
                 const QSize &size);
} // namespace WizardParts

/// A read-only, copyable command (ticloud, AWS CLI) with its Copy button beside it.
class CommandBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandBox)

public:
    /// `objectName` names the text field (tests and accessibility find it by that name); the
    /// Copy button is called `copy` + the name with its first letter capitalised.
    CommandBox(const QString &objectName, const QString &accessibleName, int lines,
               QWidget *parent = nullptr);
    void setCommand(const QString &command);
    QString command() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace plc
