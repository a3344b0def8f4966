#pragma once

#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

namespace plc::sandbox {

/// One AWS Query API request as EC2 and STS read it: the form fields of the body (or the
/// query string), flattened lists (`ServiceId.1`, `Filter.1.Value.2`), and who is asking.
struct AwsQuery
{
    QHash<QString, QString> fields;
    QString account; ///< the caller's account, from its access key
    QString accessKeyId;
    QString region;    ///< of the signature's scope
    QString requestId; ///< a fresh UUID, echoed in every answer

    /// `application/x-www-form-urlencoded` (`+` is a space); false when a name repeats or
    /// the text is not UTF-8.
    static bool parseForm(const QByteArray &form, QHash<QString, QString> *fields);

    QString action() const { return fields.value(QStringLiteral("Action")); }
    QString value(const QString &name) const { return fields.value(name); }
    bool has(const QString &name) const { return fields.contains(name); }
    /// `prefix.1`, `prefix.2`… in order, stopping at the first gap.
    QStringList list(const QString &prefix) const;
    /// `Filter.N.Name` with its `Filter.N.Value.M`.
    QHash<QString, QStringList> filters() const;
    /// Field names that are none of `known` and do not start with one of `knownPrefixes`.
    QStringList unknownFields(const QStringList &known, const QStringList &knownPrefixes) const;
};

class AwsXmlAnswer;

/// `text` as XML 1.0 may hold it: a character XML forbids (a C0 control other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF; half a surrogate pair) becomes U+FFFD. A client's
/// value echoed into an answer must not make the whole answer unreadable XML.
QString xmlText(const QString &text);

/// A page of an EC2 list: where it starts, how long it is (`MaxResults`, 5 to 1000), and the
/// token of the next one. A token is bound to the request it came from (the same action,
/// filters and names); another request's token is refused.
struct AwsPaging
{
    qsizetype offset = 0;
    qsizetype size = 1000;
    QString fingerprint;

    bool read(const AwsQuery &query, SandboxResponse *error);
    /// Writes `<nextToken>` when more follow.
    void writeNext(AwsXmlAnswer &answer, qsizetype total) const;
};

/// Filters: every name given is one of `known`, or `error` says which is not.
bool knownFilters(const AwsQuery &query, const QStringList &known, SandboxResponse *error);
/// True when the filter is absent or one of its values is `value`.
bool passesFilter(const QHash<QString, QStringList> &filters, const QString &name,
                  const QString &value);

/// An XML answer in the shape EC2 writes it: `<ActionResponse xmlns=…><requestId>` then the
/// caller's elements.
class AwsXmlAnswer final
{
public:
    AwsXmlAnswer(const QString &rootElement, const QString &xmlNamespace);

    QXmlStreamWriter &xml() { return m_writer; }
    void element(const QString &name, const QString &text)
    {
        m_writer.writeTextElement(name, xmlText(text));
    }
    /// `<name><item>…</item>…</name>`
    void itemList(const QString &name, const QStringList &items);
    SandboxResponse finish();

private:
    QByteArray m_body;
    QXmlStreamWriter m_writer;
};

namespace AwsErrors {
inline const QString Ec2Namespace = QStringLiteral("http://ec2.amazonaws.com/doc/2016-11-15/");
inline const QString StsNamespace = QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");
/// EC2's error document: `<Response><Errors><Error><Code>…` and `<RequestID>`.
SandboxResponse ec2(int status, const QString &code, const QString &message,
                    const QString &requestId);
/// STS's: `<ErrorResponse><Error><Type>Sender</Type><Code>…` and `<RequestId>`.
SandboxResponse sts(int status, const QString &code, const QString &message,
                    const QString &requestId);
} // namespace AwsErrors

} // namespace plc::sandbox
