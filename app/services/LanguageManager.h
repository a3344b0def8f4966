#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace plc {

/// Installs the console's translations (embedded by plc_translations) and Qt's own, switches
/// language at run time (widgets then receive QEvent::LanguageChange) and remembers the
/// choice in QSettings. The first start follows the system's UI languages.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "en", "zh_CN", "ja_JP".
    static QStringList availableLanguages();
    /// The language's own name: "English", "简体中文", "日本語".
    static QString nativeName(const QString &language);
    /// The best available language for a list of UI languages (QLocale::uiLanguages()).
    static QString bestMatch(const QStringList &uiLanguages);

    QString currentLanguage() const { return m_current; }

    /// The saved choice, or the system's language on first start.
    QString preferredLanguage() const;
    /// Loads and installs a language; false (and nothing changes) for an unknown one.
    bool setLanguage(const QString &language);
    /// setLanguage() and remember it for the next start.
    bool chooseLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace plc
