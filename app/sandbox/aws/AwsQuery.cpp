#include "sandbox/aws/AwsQuery.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
bool decodeFormPart(QByteArray part, QString *text)
{
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

SandboxResponse xmlResponse(int status, QByteArray body)
{
    SandboxResponse response;
    response.status = status;
    response.rawBody = std::move(body);
    response.contentType = "text/xml;charset=UTF-8";
    return response;
}
} // namespace

bool AwsQuery::parseForm(const QByteArray &form, QHash<QString, QString> *fields)
{
    fields->clear();
    if (form.isEmpty())
        return true;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QString name;
        QString value;
        if (!decodeFormPart(equals < 0 ? pair : pair.left(equals), &name) ||
            !decodeFormPart(equals < 0 ? QByteArray() : pair.mid(equals + 1), &value) ||
            fields->contains(name))
            return false;
        fields->insert(name, value);
    }
    return true;
}

QStringList AwsQuery::list(const QString &prefix) const
{
    QStringList values;
    for (int i = 1;; ++i) {
        const auto it = fields.constFind(u"%1.%2"_s.arg(prefix).arg(i));
        if (it == fields.cend())
            return values;
        values.append(*it);
    }
}

QHash<QString, QStringList> AwsQuery::filters() const
{
    QHash<QString, QStringList> result;
    for (int i = 1;; ++i) {
        const auto it = fields.constFind(u"Filter.%1.Name"_s.arg(i));
        if (it == fields.cend())
            return result;
        result[*it].append(list(u"Filter.%1.Value"_s.arg(i)));
    }
}

QStringList AwsQuery::unknownFields(const QStringList &known,
                                    const QStringList &knownPrefixes) const
{
    static const QStringList always{u"Action"_s, u"Version"_s};
    QStringList unknown;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &name = it.key();
        if (always.contains(name) || known.contains(name))
            continue;
        const bool prefixed =
            std::any_of(knownPrefixes.cbegin(), knownPrefixes.cend(),
                        [&](const QString &p) { return name.startsWith(p + u'.'); });
        if (!prefixed)
            unknown.append(name);
    }
    unknown.sort();
    return unknown;
}

QString xmlText(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        bool broken = c == 0xfffe || c == 0xffff;
        if (QChar::isHighSurrogate(c))
            broken = i + 1 >= out.size() || !out.at(i + 1).isLowSurrogate();
        else if (QChar::isLowSurrogate(c))
            broken = i == 0 || !out.at(i - 1).isHighSurrogate();
        if (control || broken)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

AwsXmlAnswer::AwsXmlAnswer(const QString &rootElement, const QString &xmlNamespace)
    : m_writer(&m_body)
{
    m_writer.writeStartDocument();
    m_writer.writeStartElement(rootElement);
    m_writer.writeDefaultNamespace(xmlNamespace);
}

void AwsXmlAnswer::itemList(const QString &name, const QStringList &items)
{
    m_writer.writeStartElement(name);
    for (const QString &item : items)
        m_writer.writeTextElement(u"item"_s, xmlText(item));
    m_writer.writeEndElement();
}

SandboxResponse AwsXmlAnswer::finish()
{
    m_writer.writeEndDocument();
    return xmlResponse(200, m_body);
}

namespace AwsErrors {

SandboxResponse ec2(int status, const QString &code, const QString &message,
                    const QString &requestId)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"Response"_s);
    xml.writeStartElement(u"Errors"_s);
    xml.writeStartElement(u"Error"_s);
    xml.writeTextElement(u"Code"_s, code);
    xml.writeTextElement(u"Message"_s, xmlText(message));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(u"RequestID"_s, requestId);
    xml.writeEndDocument();
    return xmlResponse(status, body);
}

SandboxResponse sts(int status, const QString &code, const QString &message,
                    const QString &requestId)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"ErrorResponse"_s);
    xml.writeDefaultNamespace(StsNamespace);
    xml.writeStartElement(u"Error"_s);
    xml.writeTextElement(u"Type"_s, status >= 500 ? u"Receiver"_s : u"Sender"_s);
    xml.writeTextElement(u"Code"_s, code);
    xml.writeTextElement(u"Message"_s, xmlText(message));
    xml.writeEndElement();
    xml.writeTextElement(u"RequestId"_s, requestId);
    xml.writeEndDocument();
    return xmlResponse(status, body);
}

} // namespace AwsErrors

bool AwsPaging::read(const AwsQuery &query, SandboxResponse *error)
{
    QStringList parts{query.action()};
    QStringList names = query.fields.keys();
    names.sort();
    for (const QString &name : names) {
        if (name != "NextToken"_L1 && name != "MaxResults"_L1)
            parts.append(name + u'=' + query.value(name));
    }
    fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'&').toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    if (query.has(u"MaxResults"_s)) {
        bool ok = false;
        size = query.value(u"MaxResults"_s).toInt(&ok);
        if (!ok || size < 5 || size > 1000) {
            *error =
                AwsErrors::ec2(400, u"InvalidParameterValue"_s,
                               u"Value ( %1 ) for parameter maxResults is invalid. Expecting a "
                               "value between 5 and 1000."_s.arg(query.value(u"MaxResults"_s)),
                               query.requestId);
            return false;
        }
    }
    if (query.has(u"NextToken"_s)) {
        const QString token = query.value(u"NextToken"_s);
        const QStringList tokenParts =
            QString::fromUtf8(QByteArray::fromBase64(token.toLatin1())).split(u'|');
        bool ok = false;
        offset = tokenParts.size() == 2 ? tokenParts.first().toLongLong(&ok) : -1;
        if (!ok || offset < 0 || tokenParts.last() != fingerprint) {
            *error = AwsErrors::ec2(400, u"InvalidPaginationToken"_s,
                                    u"Invalid pagination token: %1"_s.arg(token), query.requestId);
            return false;
        }
    }
    return true;
}

void AwsPaging::writeNext(AwsXmlAnswer &answer, qsizetype total) const
{
    if (offset + size < total)
        answer.element(
            u"nextToken"_s,
            QString::fromLatin1(
                (QByteArray::number(offset + size) + '|' + fingerprint.toLatin1()).toBase64()));
}

bool knownFilters(const AwsQuery &query, const QStringList &known, SandboxResponse *error)
{
    const auto filters = query.filters();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (!known.contains(it.key())) {
            *error = AwsErrors::ec2(400, u"InvalidParameterValue"_s,
                                    u"The filter '%1' is invalid"_s.arg(it.key()), query.requestId);
            return false;
        }
    }
    return true;
}

bool passesFilter(const QHash<QString, QStringList> &filters, const QString &name,
                  const QString &value)
{
    const auto it = filters.constFind(name);
    return it == filters.cend() || it->contains(value);
}

} // namespace plc::sandbox
