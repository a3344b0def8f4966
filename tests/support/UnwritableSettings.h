#pragma once

// Points QSettings (native format, user scope) at a folder that cannot be created — its
// parent is a regular file — so that every write fails with QSettings::AccessError, even
// for root. The previous place is restored when this goes out of scope.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace plc::test {

class UnwritableSettings final
{
public:
    UnwritableSettings()
        : m_previousBase(baseOf(QSettings().fileName()))
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        m_ok = m_dir.isValid() && blocker.open(QIODevice::WriteOnly);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("blocker/config")));
    }
    ~UnwritableSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_previousBase);
    }
    UnwritableSettings(const UnwritableSettings &) = delete;
    UnwritableSettings &operator=(const UnwritableSettings &) = delete;

    bool isReady() const { return m_ok; }

private:
    /// `<base>/<organization>/<application>.conf` → `<base>`.
    static QString baseOf(const QString &fileName)
    {
        const QString folder = QFileInfo(fileName).absolutePath();
        return QCoreApplication::organizationName().isEmpty() ? folder
                                                              : QFileInfo(folder).absolutePath();
    }

    QTemporaryDir m_dir;
    QString m_previousBase;
    bool m_ok = false;
};

} // namespace plc::test
