#include "services/Profile.h"

#include "base/OutsideText.h"

#include "api/ApiClient.h"

using namespace Qt::StringLiterals;

namespace plc {

QString Profile::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (name != name.trimmed())
        return tr("The profile name cannot start or end with a space.");
    if (name.size() > MaxNameLength)
        return tr("The profile name can have at most %1 characters.").arg(MaxNameLength);
    if (name.compare(sandboxName(), Qt::CaseInsensitive) == 0)
        return tr("“%1” is the built-in sandbox profile; choose another name.").arg(sandboxName());
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return tr("The profile name cannot contain “/”, “\\” or control characters.");
    }
    if (!OutsideText::isVisible(name)) // bidirectional overrides, line separators
        return tr("The profile name cannot contain “/”, “\\” or control characters.");
    return {};
}

QString Profile::checkApiUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return tr("Enter the API URL, for example %1.").arg(QLatin1StringView(DefaultApiUrl));
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.scheme().isEmpty())
        return tr("This is not a valid URL; expected, for example, %1.")
            .arg(QLatin1StringView(DefaultApiUrl));
    if (!ApiClient::isAllowedBaseUrl(parsed))
        return tr("The API URL must start with https:// (http:// is allowed only for this "
                  "computer, such as a local sandbox).");
    if (parsed.hasQuery() || parsed.hasFragment() || !parsed.userInfo().isEmpty())
        return tr("The API URL cannot contain a user name, a query or a fragment.");
    return {};
}

QString Profile::checkPublicKey(const QString &key)
{
    if (key.isEmpty())
        return tr("Enter the public key of the API key.");
    if (key.size() > 128)
        return tr("The public key is too long; copy it again from the TiDB Cloud console.");
    for (const QChar c : key) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr(
                "The public key can contain only letters, digits and punctuation, without spaces.");
    }
    return {};
}

QString Profile::checkPrivateKey(const QString &key)
{
    if (key.isEmpty())
        return tr("Enter the private key of the API key.");
    if (key.size() > 256)
        return tr("The private key is too long; copy it again from the TiDB Cloud console.");
    for (const QChar c : key) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("The private key can contain only letters, digits and punctuation, without "
                      "spaces.");
    }
    return {};
}

} // namespace plc
