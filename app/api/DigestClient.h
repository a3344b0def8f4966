#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace plc {

/// The client side of HTTP Digest authentication (RFC 7616 with MD5 and qop=auth, what the
/// TiDB Cloud API asks for), done by the console itself instead of QAuthenticator, so that the
/// key answers a Digest challenge and nothing else: Qt 6.4 gives authenticationRequired() no
/// access to the challenge, and QAuthenticator would answer Basic (the key in clear), NTLM or
/// Negotiate as readily. Keeps the server's nonce so that later requests authenticate at once,
/// counting `nc` up for each, with a fresh random cnonce per key.
class DigestClient final
{
public:
    /// What a 401's WWW-Authenticate headers offered.
    struct Challenge
    {
        bool usable = false; ///< a Digest challenge with MD5 and qop=auth
        bool stale = false;
        QByteArray realm;
        QByteArray nonce;
        QByteArray opaque;
        /// The schemes offered when none is usable, as the server named them ("Basic",
        /// "NTLM", "Digest (SHA-256)"), for the user's sentence; empty when the 401 carried
        /// no challenge at all.
        QString offered;
    };

    static Challenge parse(const QList<QPair<QByteArray, QByteArray>> &headers);

    /// A new key: the nonce of the previous one is forgotten.
    void setCredentials(const QString &user, const QString &password);
    /// Takes the nonce of a usable challenge for the following requests.
    void accept(const Challenge &challenge);
    /// The Authorization header for one request (`uri` as on the request line), counting nc
    /// up; empty before a challenge was accepted.
    QByteArray authorization(const QByteArray &method, const QByteArray &uri);

private:
    QString m_user;
    QString m_password;
    QByteArray m_realm;
    QByteArray m_nonce;
    QByteArray m_opaque;
    QByteArray m_cnonce;
    quint32 m_count = 0;
};

} // namespace plc
