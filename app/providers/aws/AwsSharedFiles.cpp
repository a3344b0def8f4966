#include "providers/aws/AwsSharedFiles.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr qint64 MaxFileBytes = 1024 * 1024;

QString expandHome(const QString &path, const QHash<QString, QString> &environment)
{
    if (path.startsWith(u"~/"_s)) {
        const QString home = environment.value(u"HOME"_s, QDir::homePath());
        return home + path.mid(1);
    }
    return path;
}

QString readText(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(u"%1: %2"_s.arg(path, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        errors->append(u"%1: larger than 1 MB, not read"_s.arg(path));
        return {};
    }
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        errors->append(u"%1: not UTF-8 text"_s.arg(path));
        return {};
    }
    return text;
}
} // namespace

QMap<QString, AwsSharedFiles::Section> AwsSharedFiles::parse(const QString &text)
{
    QMap<QString, Section> sections;
    QString current;
    bool inSection = false;
    QString nestedParent; // `ec2` while reading `  endpoint_url = …` under `ec2 =`
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            current = trimmed.mid(1, trimmed.size() - 2).simplified();
            sections[current]; // an empty section still exists
            inSection = true;
            nestedParent.clear();
            continue;
        }
        if (!inSection)
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            continue;
        const bool indented = line.at(0).isSpace();
        const QString key = line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1).trimmed();
        // An inline comment needs white space before it (`key = value # note`).
        for (const QString &marker : {u" #"_s, u" ;"_s, u"\t#"_s, u"\t;"_s}) {
            const qsizetype at = value.indexOf(marker);
            if (at >= 0)
                value = value.left(at).trimmed();
        }
        if (indented && !nestedParent.isEmpty()) {
            sections[current].insert(nestedParent + u'.' + key, value);
            continue;
        }
        nestedParent = value.isEmpty() ? key : QString();
        sections[current].insert(key, value);
    }
    return sections;
}

AwsSharedFiles AwsSharedFiles::load(const QHash<QString, QString> &environment)
{
    AwsSharedFiles files;
    files.m_configPath =
        expandHome(environment.value(u"AWS_CONFIG_FILE"_s, u"~/.aws/config"_s), environment);
    files.m_credentialsPath = expandHome(
        environment.value(u"AWS_SHARED_CREDENTIALS_FILE"_s, u"~/.aws/credentials"_s), environment);
    files.m_config = parse(readText(files.m_configPath, &files.m_errors));
    files.m_credentials = parse(readText(files.m_credentialsPath, &files.m_errors));
    return files;
}

AwsSharedFiles AwsSharedFiles::fromText(const QString &config, const QString &credentials)
{
    AwsSharedFiles files;
    files.m_config = parse(config);
    files.m_credentials = parse(credentials);
    return files;
}

QStringList AwsSharedFiles::profileNames() const
{
    QStringList names;
    for (auto it = m_config.cbegin(); it != m_config.cend(); ++it) {
        if (it.key() == "default"_L1)
            names.append(it.key());
        else if (it.key().startsWith(u"profile "_s))
            names.append(it.key().mid(8).trimmed());
    }
    for (auto it = m_credentials.cbegin(); it != m_credentials.cend(); ++it)
        names.append(it.key());
    names.removeDuplicates();
    names.removeAll(QString());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        if ((a == "default"_L1) != (b == "default"_L1))
            return a == "default"_L1;
        return a < b;
    });
    return names;
}

AwsSharedFiles::Section AwsSharedFiles::configProfile(const QString &name) const
{
    if (name == "default"_L1) {
        // The CLI also takes `[profile default]`.
        Section section = m_config.value(u"profile default"_s);
        const Section plain = m_config.value(u"default"_s);
        for (auto it = plain.cbegin(); it != plain.cend(); ++it)
            section.insert(it.key(), it.value());
        return section;
    }
    return m_config.value(u"profile "_s + name);
}

AwsSharedFiles::Section AwsSharedFiles::credentialsProfile(const QString &name) const
{
    return m_credentials.value(name);
}

AwsSharedFiles::Section AwsSharedFiles::servicesSection(const QString &name) const
{
    return m_config.value(u"services "_s + name);
}

} // namespace plc
