#include "services/LanguageManager.h"

#include "TranslationCatalogues.h"
#include "services/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace plc {

namespace {}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s, u"ja_JP"_s};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language names itself, so a user can find theirs whatever is shown now.
    if (language == "zh_CN"_L1)
        return u"简体中文"_s;
    if (language == "ja_JP"_L1)
        return u"日本語"_s;
    return u"English"_s;
}

QString LanguageManager::bestMatch(const QStringList &uiLanguages)
{
    for (const QString &entry : uiLanguages) {
        const QString tag = entry.toLower().replace(u'_', u'-');
        if (tag.startsWith("zh"_L1)) {
            // Traditional-script locales are closer to English here than to Simplified.
            if (tag.contains("hant"_L1) || tag.endsWith("-tw"_L1) || tag.endsWith("-hk"_L1))
                continue;
            return u"zh_CN"_s;
        }
        if (tag.startsWith("ja"_L1))
            return u"ja_JP"_s;
        if (tag.startsWith("en"_L1))
            return u"en"_s;
    }
    return u"en"_s;
}

QString LanguageManager::preferredLanguage() const
{
    const QString saved = Settings::language().value();
    if (availableLanguages().contains(saved))
        return saved;
    return bestMatch(QLocale::system().uiLanguages());
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_current)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    auto qtTranslator = std::make_unique<QTranslator>();
    // English has a catalogue too: it holds the plural forms ("1 cluster", "6 clusters").
    if (!appTranslator->load(u"privatelink-console_"_s + language, translationCatalogues()))
        return false;
    // Qt's own strings (standard buttons, context menus); a missing file is not fatal.
    if (language == "en"_L1 ||
        !qtTranslator->load(u"qtbase_"_s + language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qtTranslator.reset();
    }

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());

    QLocale::setDefault(QLocale(language == "en"_L1 ? u"en_US"_s : language));
    m_current = language;
    Q_EMIT languageChanged(language);
    return true;
}

bool LanguageManager::chooseLanguage(const QString &language)
{
    if (!setLanguage(language))
        return false;
    Settings::language().setValue(language);
    return true;
}

} // namespace plc
