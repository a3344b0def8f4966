// The profile dialog offscreen: per-field validation messages, saving (the key kept for the
// session only), and the key test against the real sandbox.
#include "SandboxFixture.h"

#include "services/LanguageManager.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/BuiltInProviders.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(QWidget *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
        QSettings().clear();
        // The profile dialog has a row per registered cloud provider.
        BuiltInProviders::install();
    }

    void validatesSavesAndTestsAKey()
    {
        test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The sandbox is listed first and needs nothing.
        auto *list = child<QListWidget>(&dialog, u"profileList"_s);
        QCOMPARE(list->count(), 1);
        QVERIFY(!child<QLineEdit>(&dialog, u"nameEdit"_s)->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *url = child<QLineEdit>(&dialog, u"apiUrlEdit"_s);
        auto *publicKey = child<QLineEdit>(&dialog, u"publicKeyEdit"_s);
        auto *privateKey = child<QLineEdit>(&dialog, u"privateKeyEdit"_s);
        QCOMPARE(url->text(), u"https://serverless.tidbapi.com"_s);

        // Bad input: each field says what is wrong, nothing is saved.
        type(name, u"sandbox"_s);
        type(url, u"http://example.com"_s);
        type(publicKey, u"has space"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, u"nameError"_s)->isVisible());
        QVERIFY(child<QLabel>(&dialog, u"apiUrlError"_s)->text().contains("https://"_L1));
        QVERIFY(child<QLabel>(&dialog, u"publicKeyError"_s)->isVisible());
        QVERIFY(
            child<QLabel>(&dialog, u"privateKeyError"_s)->isVisible()); // a new profile needs a key
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(name->text(), u"sandbox"_s); // the input is kept

        // A wrong key is caught by the test before anything is saved.
        type(name, u"local"_s);
        type(url, sandbox.url().toString());
        type(publicKey, sandbox.config().publicKey);
        type(privateKey, u"wrong-key"_s);
        QVERIFY(child<QLabel>(&dialog, u"nameError"_s)->isHidden());
        QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains("(401)"_L1));

        type(privateKey, sandbox.config().privateKey);
        QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, u"statusLabel"_s)
                        ->text()
                        .startsWith("The key works: it can see 6 cluster"_L1));

        // Saved, with the key kept for this session only.
        child<QRadioButton>(&dialog, u"sessionOnlyRadio"_s)->setChecked(true);
        QSignalSpy updated(&dialog, &ProfileDialog::profileUpdated);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(profiles.profile(u"local"_s)->publicKey, sandbox.config().publicKey);
        QVERIFY(secrets.hasSessionSecret(profiles.profile(u"local"_s)->keyId));
        QVERIFY(privateKey->text().isEmpty()); // not left on screen
        QCOMPARE(list->count(), 2);

        // Editing without retyping the key keeps the stored one; the test reads it.
        QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, u"statusLabel"_s)
                        ->text()
                        .startsWith("The key works: it can see 6 cluster"_L1));
    }

    /// Saved for review under build/screenshots: the dialog with field errors, each language.
    void buttonsShowTheirWholeLabelAtTheSmallestSize_data() { screenshots_data(); }

    /// Issue 30: at 1280×720 "Verify Alibaba Cloud" lost its last letter. Every button's text
    /// fits inside its frame, even with the dialog at its smallest.
    void buttonsShowTheirWholeLabelAtTheSmallestSize()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
        dialog.resize(dialog.minimumSizeHint());
        QTest::qWait(50);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (!button->isVisible())
                continue;
            // A character's room on each side, as every short label has: Fusion sizes a long
            // one to its text, and the frame then touches the last letter.
            QString shown = button->text();
            shown.remove(u'&');
            const int text = button->fontMetrics().horizontalAdvance(shown);
            const int room = 2 * button->fontMetrics().averageCharWidth();
            QVERIFY2(text + room <= button->width(),
                     qPrintable(u"%1: %2 px of text in a %3 px button"_s.arg(
                         shown, QString::number(text), QString::number(button->width()))));
        }
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
        type(child<QLineEdit>(&dialog, u"nameEdit"_s), u"prod-eu"_s);
        type(child<QLineEdit>(&dialog, u"apiUrlEdit"_s), u"http://serverless.tidbapi.com"_s);
        type(child<QLineEdit>(&dialog, u"publicKeyEdit"_s), u"7YZ8 ABCD"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        // Nothing is cut off at the dialog's own size, with every error showing: wrapped
        // sentences get their lines, buttons their text.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(button->text()));
        }
        const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + u"/profile-dialog-"_s + language + u".png"_s));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
