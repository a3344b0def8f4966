#include "sandbox/aws/Ec2Answers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QString Ec2Answers::boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

void Ec2Answers::writeNameTag(AwsXmlAnswer &answer, const QString &name)
{
    QXmlStreamWriter &xml = answer.xml();
    xml.writeStartElement(u"tagSet"_s);
    if (!name.isEmpty()) {
        xml.writeStartElement(u"item"_s);
        answer.element(u"key"_s, u"Name"_s);
        answer.element(u"value"_s, name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

bool Ec2Answers::malformed(const QString &id, const QString &prefix)
{
    static const QRegularExpression hex(u"^[0-9a-f]{8}([0-9a-f]{9})?$"_s);
    return !id.startsWith(prefix + u'-') || !hex.match(id.mid(prefix.size() + 1)).hasMatch();
}

std::optional<SandboxResponse> Ec2Answers::dryRun(const AwsQuery &query)
{
    if (query.value(u"DryRun"_s) != "true"_L1)
        return std::nullopt;
    return AwsErrors::ec2(412, u"DryRunOperation"_s,
                          u"Request would have succeeded, but DryRun flag is set."_s,
                          query.requestId);
}

} // namespace plc::sandbox
