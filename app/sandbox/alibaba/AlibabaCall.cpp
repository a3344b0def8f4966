#include "sandbox/alibaba/AlibabaCall.h"

#include "sandbox/alibaba/AlibabaApi.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString hashed(const QString &seed, int length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex().left(length));
}
} // namespace

AlibabaCall AlibabaCall::from(const SandboxRequest &request, const QString &product)
{
    AlibabaCall call;
    call.product = product;
    call.account = request.providerAccount;
    call.region = request.providerRegion;
    call.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    for (const auto &[name, value] : request.rpcParams)
        call.params.insert(name, value);
    call.action = call.value(u"Action"_s);
    return call;
}

bool AlibabaCall::dryRun() const
{
    return value(u"DryRun"_s).compare("true"_L1, Qt::CaseInsensitive) == 0;
}

QStringList AlibabaCall::repeated(const QString &name) const
{
    QStringList values;
    for (int i = 1;; ++i) {
        const auto it = params.constFind(u"%1.%2"_s.arg(name).arg(i));
        if (it == params.constEnd())
            return values;
        values.append(*it);
    }
}

SandboxResponse AlibabaCall::fail(int status, const QString &code, const QString &message) const
{
    return AlibabaApi::error(status, code, message, region, product);
}

SandboxResponse AlibabaCall::missing(const QString &name) const
{
    return fail(400, u"MissingParameter"_s,
                u"The input parameter \"%1\" that is mandatory for processing this request is "
                "not supplied."_s.arg(name));
}

std::optional<SandboxResponse> AlibabaCall::refuseVersionOrRegion(const QString &version) const
{
    if (value(u"Version"_s) != version)
        return fail(400, u"InvalidVersion"_s, u"Specified parameter Version is not valid."_s);
    if (region.isEmpty())
        return fail(400, u"MissingRegionId"_s, u"RegionId is mandatory for this action."_s);
    return std::nullopt;
}

SandboxResponse AlibabaCall::unknownAction() const
{
    return fail(404, u"InvalidAction.NotFound"_s,
                u"Specified api is not found, please check your url and method."_s);
}

SandboxResponse AlibabaCall::dryRunPassed() const
{
    return fail(400, u"DryRunOperation"_s,
                u"Request validation has been passed with DryRun flag set."_s);
}

QString AlibabaCall::fingerprint() const
{
    static const QStringList signing{
        u"Signature"_s,     u"SignatureNonce"_s, u"SignatureMethod"_s, u"SignatureVersion"_s,
        u"SignatureType"_s, u"Timestamp"_s,      u"AccessKeyId"_s,     u"SecurityToken"_s,
        u"Format"_s,        u"ClientToken"_s};
    QStringList parts;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!signing.contains(it.key()))
            parts.append(it.key() + u'=' + it.value());
    }
    std::sort(parts.begin(), parts.end());
    return hashed(parts.join(u'\n'), 32);
}

bool AlibabaNumberedPage::read(const AlibabaCall &call, int maxSize, QString *problem)
{
    const auto parse = [&](const QString &name, int low, int high, int *target) {
        const QString text = call.value(name);
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high) {
            *problem =
                u"The specified %1 is invalid. Valid values: %2 to %3."_s.arg(name).arg(low).arg(
                    high);
            return false;
        }
        *target = value;
        return true;
    };
    return parse(u"PageNumber"_s, 1, 100000, &number) && parse(u"PageSize"_s, 1, maxSize, &size);
}

QJsonArray AlibabaNumberedPage::of(const QJsonArray &items) const
{
    QJsonArray out;
    const qsizetype first = qsizetype(number - 1) * size;
    for (qsizetype i = first; i < items.size() && i < first + size; ++i)
        out.append(items.at(i));
    return out;
}

void AlibabaNumberedPage::write(QJsonObject &answer, qsizetype total) const
{
    answer.insert(u"TotalCount"_s, int(total));
    answer.insert(u"PageNumber"_s, number);
    answer.insert(u"PageSize"_s, size);
}

bool AlibabaTokenPage::read(const AlibabaCall &call, const QStringList &filters, int maxSize,
                            QString *problem)
{
    QStringList parts{call.action};
    for (const QString &name : filters)
        parts.append(call.value(name));
    binding = hashed(parts.join(u'\n'), 12);
    const QString max = call.value(u"MaxResults"_s);
    if (!max.isEmpty()) {
        bool ok = false;
        size = max.toInt(&ok);
        if (!ok || size < 1 || size > maxSize) {
            *problem =
                u"The specified MaxResults is invalid. Valid values: 1 to %1."_s.arg(maxSize);
            return false;
        }
    }
    const QString token = call.value(u"NextToken"_s);
    if (token.isEmpty())
        return true;
    const QStringList halves = token.split(u'.');
    bool ok = false;
    offset = halves.value(0).toLongLong(&ok);
    if (halves.size() != 2 || !ok || offset < 0 || halves.at(1) != binding) {
        *problem = u"The specified NextToken is invalid."_s;
        return false;
    }
    return true;
}

QJsonArray AlibabaTokenPage::of(const QJsonArray &items) const
{
    QJsonArray out;
    for (qsizetype i = offset; i < items.size() && i < offset + size; ++i)
        out.append(items.at(i));
    return out;
}

void AlibabaTokenPage::write(QJsonObject &answer, qsizetype total) const
{
    answer.insert(u"MaxResults"_s, int(size));
    if (offset + size < total)
        answer.insert(u"NextToken"_s, u"%1.%2"_s.arg(offset + size).arg(binding));
}

} // namespace plc::sandbox
