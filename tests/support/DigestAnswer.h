#pragma once

// What an RFC 7616 client computes from a sandbox challenge (MD5, qop=auth), written apart
// from both the sandbox's and the console's Digest code: the tests' own client.
#include "sandbox/DigestAuthenticator.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace plc::test {

inline QByteArray digestAnswer(const QByteArray &challenge, const QByteArray &user,
                               const QByteArray &password, const QByteArray &method,
                               const QByteArray &uri, const QByteArray &nc = "00000001",
                               const QByteArray &cnonce = "0a4f113b")
{
    const auto md5 = [](const QByteArray &data) {
        return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    };
    const auto p = sandbox::DigestAuthenticator::parseParameters(challenge);
    const QByteArray ha1 = md5(user + ':' + p.value("realm") + ':' + password);
    const QByteArray ha2 = md5(method + ':' + uri);
    const QByteArray response =
        md5(ha1 + ':' + p.value("nonce") + ':' + nc + ':' + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + user + "\", realm=\"" + p.value("realm") + "\", nonce=\"" +
           p.value("nonce") + "\", uri=\"" + uri + "\", qop=auth, nc=" + nc + ", cnonce=\"" +
           cnonce + "\", response=\"" + response + "\", opaque=\"" + p.value("opaque") + '"';
}

} // namespace plc::test
