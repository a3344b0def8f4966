#include "base/ApiError.h"

#include <QLocale>

namespace plc {

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::keychainProblem(KeychainProblem problem, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Keychain;
    error.keychain = problem;
    error.detail = detail;
    return error;
}

ApiError ApiError::file(const QString &words)
{
    ApiError error;
    error.kind = Kind::File;
    error.sentence = words;
    return error;
}

ApiError ApiError::provider(const QString &code, const QString &words)
{
    ApiError error;
    error.kind = Kind::Provider;
    error.providerCode = code;
    error.sentence = words;
    return error;
}

ApiError ApiError::decode(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.detail = detail;
    return error;
}

ApiError ApiError::timeout(const QString &which, int limitMs, const QString &host)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.detail = which;
    error.limitMs = limitMs;
    error.host = host;
    return error;
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return mayHaveArrived ? tr("The request was stopped after it had been sent: it may have "
                                   "been carried out.")
                              : tr("The request was cancelled.");
    case Kind::Network:
        if (httpStatus > 0 || mayHaveArrived) {
            // The server had started to answer: a change may have been made.
            text = tr("The connection to %1 broke off before the answer arrived in full. "
                      "Refresh to see whether the change was made before trying again.")
                       .arg(host);
        } else {
            text = tr("Could not reach %1. Check your network connection and try again.").arg(host);
        }
        break;
    case Kind::HostNotFound:
        text = tr("The name %1 could not be resolved. Check the API URL of this profile and "
                  "your DNS settings.")
                   .arg(host);
        break;
    case Kind::Timeout: {
        // Whole seconds for the documented limits (docs/user-guide.md); tenths for the short ones
        // tests use.
        const QString limit = limitMs % 1000 == 0 ? QString::number(limitMs / 1000)
                                                  : QLocale().toString(limitMs / 1000.0, 'f', 1);
        if (detail == QLatin1StringView("send"))
            text = tr("The request could not be sent to %1 within %2 s. Check your network "
                      "connection and try again.")
                       .arg(host, limit);
        else if (detail == QLatin1StringView("silence"))
            text = tr("%1 said nothing for %2 s. The service may be busy; try again in a "
                      "moment.")
                       .arg(host, limit);
        else if (detail == QLatin1StringView("total"))
            text = tr("%1 did not finish answering within %2 s. The service may be busy; try "
                      "again in a moment.")
                       .arg(host, limit);
        else
            text = tr("%1 did not answer in time. The service may be busy; try again in a "
                      "moment.")
                       .arg(host);
        break;
    }
    case Kind::BadPath:
        return tr("The request was not sent: its path “%1” would name another resource than "
                  "the one meant. The server may have sent an ID that is not one.")
            .arg(detail);
    case Kind::AuthScheme:
        return tr("%1 asked for %2 authentication. The console answers only HTTP Digest, the "
                  "scheme of the TiDB Cloud API, so the API key was not sent. Check the API URL "
                  "of this profile.")
            .arg(host, detail);
    case Kind::Paging:
        if (detail == QLatin1StringView("repeated"))
            return tr("%1 sent the same page token twice, after %2 pages with %3 items. The list "
                      "was stopped and is not shown as complete.")
                .arg(host)
                .arg(pages)
                .arg(items);
        if (announced >= 0)
            return tr("%1 kept naming another page of the list: after %2 pages with %3 items (it "
                      "announced %4) it still named another. The list was stopped and is not "
                      "shown as complete.")
                .arg(host)
                .arg(pages)
                .arg(items)
                .arg(announced);
        return tr("%1 kept naming another page of the list: after %2 pages with %3 items it "
                  "still named another. The list was stopped and is not shown as complete.")
            .arg(host)
            .arg(pages)
            .arg(items);
    case Kind::Keychain:
        switch (keychain) {
        case KeychainProblem::NotFound:
            return tr("No private key is stored for this profile. Enter it in the profile "
                      "dialog.");
        case KeychainProblem::Unavailable:
            return tr("No keychain (Secret Service) is available on this computer, so the private "
                      "key cannot be stored safely. You can keep it in memory for this session "
                      "only; it will not be written to disk.");
        case KeychainProblem::Denied:
            return tr("Access to the keychain was denied. Unlock the keychain and try again, or "
                      "keep the key for this session only.");
        case KeychainProblem::Failed:
            break;
        }
        return tr("The keychain reported an error: %1").arg(detail);
    case Kind::File:
        return sentence.isEmpty() ? tr("The file could not be saved.") : sentence;
    case Kind::Provider:
        if (!sentence.isEmpty())
            return sentence;
        return tr("The cloud provider's API refused the request (%1).")
            .arg(providerCode.isEmpty() ? QString::number(httpStatus) : providerCode);
    case Kind::NoKey:
        return tr("No API key is available for this profile, so nothing was sent. Enter its "
                  "private key in the profile dialog.");
    case Kind::Tls:
        text = tr("The secure connection to %1 was refused because its certificate could "
                  "not be verified (%2). The console never ignores certificate errors.")
                   .arg(host, detail);
        break;
    case Kind::InsecureUrl:
        return tr("The API URL must use HTTPS (plain HTTP is only allowed for this computer). "
                  "Correct the API URL of this profile.");
    case Kind::Redirect:
        return tr("The server answered with a redirect to another address, which the console "
                  "does not follow with your API key. Check the API URL of this profile.");
    case Kind::TooLarge:
        return tr("The server sent a larger answer than the console accepts. Try again later or "
                  "contact TiDB Cloud Support.");
    case Kind::Decode:
        return tr("The server's answer could not be read (%1). The API may have changed; "
                  "check for an update of the console.")
            .arg(detail);
    case Kind::RateLimited:
        if (retryAt.isValid()) {
            text = tr("Too many requests were sent with this API key (429). Requests can be "
                      "sent again at %1.")
                       .arg(QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat));
        } else {
            text = tr("Too many requests were sent with this API key (429). Wait a minute "
                      "and try again.");
        }
        break;
    case Kind::Http:
        switch (httpStatus) {
        case 400:
            text = tr("The server refused the request as invalid (400).");
            break;
        case 401:
            text = tr("The API key was rejected (401). Check the public and private key of "
                      "this profile.");
            break;
        case 403:
            text = tr("The API key is not allowed to do this (403). Check the key's role in "
                      "the TiDB Cloud console.");
            break;
        case 404:
            text = tr("The requested resource was not found (404). It may have been deleted.");
            break;
        case 409:
            text = tr("The request conflicts with the current state of the resource (409).");
            break;
        default:
            if (httpStatus >= 500) {
                text = tr("The TiDB Cloud API had an internal problem (%1). Try again in a "
                          "moment.")
                           .arg(httpStatus);
            } else {
                text = tr("The server refused the request (HTTP %1).").arg(httpStatus);
            }
        }
        break;
    }
    if (!apiMessage.isEmpty())
        text += QLatin1Char(' ') + tr("The server said: “%1”").arg(apiMessage);
    return text;
}

} // namespace plc
