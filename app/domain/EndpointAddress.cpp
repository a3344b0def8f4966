#include "domain/EndpointAddress.h"

#include "domain/TextRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool inRange(quint32 address, quint32 network, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (address & mask) == (network & mask);
}

} // namespace

QString EndpointAddress::toString() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

QString EndpointAddress::hostProblem(const QString &host)
{
    if (host.isEmpty())
        return tr("Enter the host name or IP address of the endpoint.");
    if (std::any_of(host.begin(), host.end(), [](QChar c) { return c.isSpace(); }))
        return tr("The host cannot contain spaces.");
    if (TextRules::hasLookAlike(host))
        return tr("The host contains a character that only looks like a letter, digit or dot. "
                  "Type it again or copy it from the connection dialog.");
    if (QHostAddress address;
        address.setAddress(host) && (host.contains(u':') || host.count(u'.') == 3))
        return {};
    static const QRegularExpression label(u"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"_s);
    const QStringList labels = host.endsWith(u'.') ? host.chopped(1).split(u'.') : host.split(u'.');
    if (host.size() > 253 || !std::all_of(labels.begin(), labels.end(), [](const QString &part) {
            return label.match(part).hasMatch();
        }))
        return tr("“%1” is not a valid host name; expected a name such as "
                  "gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com or an IP address.")
            .arg(host);
    return {};
}

QString EndpointAddress::portProblem(const QString &port)
{
    bool ok = false;
    const int value = port.toInt(&ok);
    if (port.isEmpty())
        return tr("Enter the port (4000 for TiDB Cloud, 6001 for MatrixOne Cloud).");
    if (!ok || value < 1 || value > 65535 || port.startsWith(u'+'))
        return tr("The port must be a number from 1 to 65535; TiDB Cloud uses 4000, MatrixOne "
                  "Cloud 6001.");
    return {};
}

EndpointAddress EndpointAddress::parse(const QString &text)
{
    EndpointAddress result;
    const QString trimmed = text.trimmed();
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0 || trimmed.mid(close + 1, 1) != ":"_L1) {
            result.problem = tr("Write an IPv6 address in brackets followed by the port, for "
                                "example [fd00::12]:4000.");
            return result;
        }
        result.host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
        if (QHostAddress address;
            !address.setAddress(result.host) || address.protocol() != QHostAddress::IPv6Protocol) {
            result.problem = tr("“%1” is not an IPv6 address.").arg(result.host);
            return result;
        }
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon < 0) {
            result.problem = tr("Add the port after a colon, for example %1:4000.")
                                 .arg(trimmed.isEmpty() ? u"HOST"_s : trimmed);
            return result;
        }
        if (trimmed.indexOf(u':') != colon) {
            result.problem = tr("Write an IPv6 address in brackets followed by the port, for "
                                "example [fd00::12]:4000.");
            return result;
        }
        result.host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        if (const QString problem = hostProblem(result.host); !problem.isEmpty()) {
            result.problem = problem;
            return result;
        }
    }
    if (const QString problem = portProblem(portText); !problem.isEmpty()) {
        result.problem = problem;
        return result;
    }
    result.port = quint16(portText.toInt());
    return result;
}

EndpointAddress::Scope EndpointAddress::scope(const QHostAddress &address)
{
    if (address.isLoopback())
        return Scope::Loopback;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        if (inRange(v4, 0x0a000000, 8) || inRange(v4, 0xac100000, 12) ||
            inRange(v4, 0xc0a80000, 16) || inRange(v4, 0x64400000, 10))
            return Scope::Private;
        if (inRange(v4, 0xa9fe0000, 16))
            return Scope::LinkLocal;
        return Scope::Public;
    }
    if (address.isLinkLocal())
        return Scope::LinkLocal;
    if (address.isUniqueLocalUnicast())
        return Scope::Private;
    return Scope::Public;
}

} // namespace plc
