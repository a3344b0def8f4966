#pragma once

// Drives a QWizard like a user: types (any character), clicks Next/Commit, saves screenshots.
#include "ConsoleFixture.h"

#include "api/RequestLog.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QToolButton>
#include <QWizard>

namespace plc::test {

/// Types like a user, look-alike characters included (QTest::keyClicks is ASCII only).
inline void type(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(edit, &press);
        QApplication::sendEvent(edit, &release);
    }
}

/// The button that moves on: Next, or the commit button on a commit page.
inline QAbstractButton *next(QWizard *wizard)
{
    return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                : QWizard::NextButton);
}

/// Saves `<prefix>-<name>.png` under build/screenshots for review.
inline bool screenshot(QWidget *widget, const QString &prefix, const QString &name)
{
    const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QTest::qWait(50);
    return widget->grab().save(dir + u'/' + prefix + u'-' + name + QStringLiteral(".png"));
}

/// The visible wrapped sentences of `window` that are shorter than their text needs (cut
/// off), and the visible buttons narrower than their text: what a screenshot must not show.
inline QStringList clippedTexts(QWidget *window)
{
    QStringList clipped;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty() &&
            label->height() < label->heightForWidth(label->width()))
            clipped.append(label->text());
    }
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width())
            clipped.append(button->text());
    }
    return clipped;
}

/// Whether every sentence of a message box is shown as plain text: what it quotes from outside
/// (an ID, a name, an account's description) must never be read as rich text.
inline bool showsPlainText(QMessageBox *box)
{
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    return std::all_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().isEmpty() || label->textFormat() == Qt::PlainText;
    });
}

/// A `language` column with one row per language of the console (the screenshot tests).
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

/// How many requests with `method` the console sent since entry `from` of its request log.
inline int sentSince(const ApiClient &client, qsizetype from, const QByteArray &method)
{
    int count = 0;
    const auto entries = client.requestLog()->entries();
    for (qsizetype i = from; i < entries.size(); ++i)
        count += entries[i].method == method ? 1 : 0;
    return count;
}

/// Clicks the message bar's own button (Retry, or a named action such as Check Again).
inline bool clickBarButton(MessageBar *bar)
{
    auto *button = bar->findChild<QToolButton *>(QStringLiteral("messageRetryButton"));
    if (!button || !button->isVisible())
        return false;
    button->click();
    return true;
}

/// Adds an AWS endpoint service in us-east-1 to the sandbox's provider side, with TiDB Cloud's
/// account allowed, in `zones`, owned by the user or by Confluent Cloud (accepts by itself).
inline bool addAwsService(SandboxFixture &sandbox, const QString &name, const QStringList &zones,
                          bool confluent)
{
    const Reply reply = sandbox.request(
        "POST", QStringLiteral("/sandbox/v1/endpointServices"),
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("availabilityZoneIds"), QJsonArray::fromStringList(zones)},
                    {QStringLiteral("allowedPrincipals"),
                     QJsonArray{QStringLiteral("arn:aws:iam::380838443567:root")}},
                    {QStringLiteral("owner"),
                     confluent ? QStringLiteral("CONFLUENT") : QStringLiteral("USER")}});
    if (!reply.ok())
        qWarning() << "endpoint service not added:" << reply.json;
    return reply.ok();
}

/// Sets the sandbox's fault rule (see FaultRule); an empty object clears it.
inline bool setFault(SandboxFixture &sandbox, const QJsonObject &rule)
{
    const Reply reply = rule.isEmpty()
                            ? sandbox.request("DELETE", QStringLiteral("/sandbox/v1/faults"))
                            : sandbox.request("PUT", QStringLiteral("/sandbox/v1/faults"), rule);
    return reply.ok();
}

} // namespace plc::test
