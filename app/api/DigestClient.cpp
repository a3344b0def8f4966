#include "api/DigestClient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

/// A quoted-string value as RFC 7230 writes it.
QByteArray quoted(const QByteArray &value)
{
    QByteArray result = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            result += '\\';
        result += c;
    }
    return result + '"';
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

struct Offer
{
    QByteArray scheme;
    QList<QPair<QByteArray, QByteArray>> parameters;
    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[key, value] : parameters) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// Splits one WWW-Authenticate value into its challenges: `Scheme a=b, c="d", Other e=f`.
QList<Offer> offers(const QByteArray &header)
{
    QList<Offer> result;
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (header[i] == ' ' || header[i] == ','))
            ++i;
        const qsizetype start = i;
        while (i < n && isTokenChar(header[i]))
            ++i;
        if (i == start) {
            ++i; // not a token: skip the character
            continue;
        }
        const QByteArray token = header.mid(start, i - start);
        qsizetype j = i;
        while (j < n && header[j] == ' ')
            ++j;
        if (j < n && header[j] == '=' && !result.isEmpty()) {
            // A parameter of the current challenge.
            i = j + 1;
            while (i < n && header[i] == ' ')
                ++i;
            QByteArray value;
            if (i < n && header[i] == '"') {
                ++i;
                while (i < n && header[i] != '"') {
                    if (header[i] == '\\' && i + 1 < n)
                        ++i;
                    value += header[i++];
                }
                ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && header[i] != ',')
                    ++i;
                value = header.mid(valueStart, i - valueStart).trimmed();
            }
            result.last().parameters.append({token, value});
            continue;
        }
        result.append(Offer{token, {}}); // a new scheme
        // token68 (`Basic dXNlcg==`) or the first parameter follows; both are read above.
    }
    return result;
}
} // namespace

DigestClient::Challenge DigestClient::parse(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Challenge challenge;
    QStringList offered;
    for (const auto &[name, value] : headers) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) != 0)
            continue;
        const QList<Offer> found = offers(value);
        for (const Offer &offer : found) {
            const QString scheme = QString::fromLatin1(offer.scheme);
            if (offer.scheme.compare("Digest", Qt::CaseInsensitive) != 0) {
                offered.append(scheme);
                continue;
            }
            const QByteArray algorithm = offer.value("algorithm");
            const QList<QByteArray> qops = offer.value("qop").split(',');
            const bool auth = std::any_of(qops.begin(), qops.end(), [](const QByteArray &q) {
                return q.trimmed().compare("auth", Qt::CaseInsensitive) == 0;
            });
            const bool md5 =
                algorithm.isEmpty() || algorithm.compare("MD5", Qt::CaseInsensitive) == 0;
            if (!md5 || !auth || offer.value("nonce").isEmpty()) {
                offered.append(!md5 ? u"Digest (%1)"_s.arg(QString::fromLatin1(algorithm))
                                    : u"Digest without qop=auth"_s);
                continue;
            }
            // Values that go back into a header must be plain text: no line breaks.
            const auto printable = [](const QByteArray &v) {
                return std::all_of(v.begin(), v.end(),
                                   [](char c) { return uchar(c) >= 0x20 && uchar(c) != 0x7f; });
            };
            if (!printable(offer.value("realm")) || !printable(offer.value("nonce")) ||
                !printable(offer.value("opaque"))) {
                offered.append(u"Digest (malformed)"_s);
                continue;
            }
            if (challenge.usable)
                continue; // the first usable one wins
            challenge.usable = true;
            challenge.realm = offer.value("realm");
            challenge.nonce = offer.value("nonce");
            challenge.opaque = offer.value("opaque");
            challenge.stale = offer.value("stale").compare("true", Qt::CaseInsensitive) == 0;
        }
    }
    if (!challenge.usable)
        challenge.offered = offered.join(u", "_s); // empty: no challenge at all
    return challenge;
}

void DigestClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_realm.clear();
    m_nonce.clear();
    m_opaque.clear();
    m_count = 0;
}

void DigestClient::accept(const Challenge &challenge)
{
    if (!challenge.usable)
        return;
    m_realm = challenge.realm;
    m_nonce = challenge.nonce;
    m_opaque = challenge.opaque;
    m_count = 0;
    // A fresh client nonce for each server nonce: 16 random bytes.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_cnonce = random.toHex();
}

QByteArray DigestClient::authorization(const QByteArray &method, const QByteArray &uri)
{
    if (m_nonce.isEmpty() || m_user.isEmpty())
        return {};
    const QByteArray nc = QByteArray::number(++m_count, 16).rightJustified(8, '0');
    const QByteArray user = m_user.toUtf8();
    const QByteArray ha1 = md5Hex(user + ':' + m_realm + ':' + m_password.toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray response =
        md5Hex(ha1 + ':' + m_nonce + ':' + nc + ':' + m_cnonce + ":auth:" + ha2);
    QByteArray header = "Digest username=" + quoted(user) + ", realm=" + quoted(m_realm) +
                        ", nonce=" + quoted(m_nonce) + ", uri=" + quoted(uri) +
                        ", algorithm=MD5, qop=auth, nc=" + nc + ", cnonce=" + quoted(m_cnonce) +
                        ", response=" + quoted(response);
    if (!m_opaque.isEmpty())
        header += ", opaque=" + quoted(m_opaque);
    return header;
}

} // namespace plc
