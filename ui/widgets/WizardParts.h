#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QWizard;
class QWizardPage;

namespace plc {

/// Small pieces every wizard page uses, so that they look and behave alike.
namespace WizardParts {
/// A red, word-wrapped sentence under a field; hidden until there is something to say. Plain
/// text: the sentence may quote a name from outside.
QLabel *problemLabel(const QString &objectName, QWidget *parent);
/// Shows `problem` under `edit` once the user has typed in it (an untouched, empty form is not
/// an error) and as the field's tooltip (as the text it is: Qt would render a tooltip that
/// looks like markup as rich text).
void showProblem(QLabel *label, QLineEdit *edit, const QString &problem);
/// `text` for a button's, a check box's or a buddy label's text: a name's "&" shown as itself,
/// not taken for a mnemonic.
QString literalAmpersands(const QString &text);
/// One row of a summary table (label in bold), HTML-escaped.
QString summaryRow(const QString &label, const QString &value);
/// Steps to follow on a provider's console as a numbered list (rich text; each step may hold
/// <b> and <code>, with user data escaped by the caller).
QString numberedSteps(const QStringList &steps);
/// Shows every sentence of `box` (its text and its informative text, once set) as plain text:
/// a confirmation quotes IDs, names and account descriptions from outside, which must never be
/// read as rich text.
void showPlainText(QMessageBox *box);
/// A word-wrapped, selectable label for explanations, in plain text (names, IDs and messages
/// from outside are quoted in them); a page that builds HTML with every outside value escaped
/// sets Qt::RichText itself.
QLabel *textLabel(const QString &objectName, QWidget *parent);
/// What every wizard of the console shares: its name, title, classic style, no Back or Cancel
/// on the last page (the change is made; only Finish closes), page titles and subtitles in plain
/// text (they quote names), and its size.
void setUpWizard(QWizard *wizard, const QString &objectName, const QString &title,
                 const QSize &size);
/// Disables `wizard`'s Back button while `page` is its current page and `hold` is true: a
/// change made from the pages before is on its way or of unknown fate, and those pages must
/// keep showing what it was made from. QWizard enables Back again on its own updates (a page's
/// completeChanged, a page switch), so call this after them (queued).
void holdBack(QWizard *wizard, QWizardPage *page, bool hold);
/// Gives each button's label a character's room on each side, whatever its length: the style
/// sizes a long label to its text, and its frame then touches the last letter. Call it again
/// after the labels change (a change of language).
void giveLabelsRoom(const QList<QPushButton *> &buttons);
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
    /// Copy is offered only for a text that can be used as it is; `why` says what is missing.
    void setCopyEnabled(bool enabled, const QString &why = {});
    /// The Copy button's text ("Copy Command" unless said otherwise).
    void setCopyText(const QString &text);

private:
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

/// A read-only value (a service name, a host) with a Copy button beside it, as in the
/// provider documents' connection dialog.
class CopyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyField)

public:
    /// `objectName` names the field; the button is `copy` + the name, first letter capitalised.
    CopyField(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);
    void setValue(const QString &value);
    QString value() const;

private:
    QLineEdit *m_value;
};

} // namespace plc
