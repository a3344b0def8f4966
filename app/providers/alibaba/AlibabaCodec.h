#pragma once

#include "providers/alibaba/AlibabaResources.h"

#include <optional>

namespace plc {

/// Reads Alibaba Cloud's JSON answers (PrivateLink 2020-04-15, STS 2015-04-01; field names as
/// in Alibaba Cloud's API reference) into the values of AlibabaResources.h. Each reader gives
/// nothing — with the reason in `error` — when the answer is not the expected document; a
/// wrongly typed field fails the whole answer rather than showing half of it. A page's
/// `NextToken` is handed back.
namespace AlibabaCodec {

template<typename T> struct Page
{
    QList<T> items;
    QString nextToken;
};

/// ListVpcEndpointServices (the owner's view) and ListVpcEndpointServicesByEndUser.
std::optional<Page<AlibabaService>> services(const QByteArray &json, QString *error);
std::optional<Page<AlibabaService>> servicesByEndUser(const QByteArray &json, QString *error);
std::optional<AlibabaService> serviceAttribute(const QByteArray &json, QString *error);
std::optional<Page<AlibabaServiceResource>> serviceResources(const QByteArray &json,
                                                             QString *error);
/// ListVpcEndpointServiceUsers: the Service Whitelist's account IDs.
std::optional<Page<QString>> serviceUsers(const QByteArray &json, QString *error);
std::optional<Page<AlibabaEndpointConnection>> connections(const QByteArray &json, QString *error);
/// A change's answer: its RequestId.
std::optional<QString> acknowledged(const QByteArray &json, QString *error);
std::optional<AlibabaCallerIdentity> callerIdentity(const QByteArray &json, QString *error);
/// STS AssumeRole: keys that have the shape of keys, or nothing (a key is never made visible:
/// one with a character a key does not have is refused whole).
std::optional<AlibabaAssumedRole> assumedRole(const QByteArray &json, QString *error);

/// An Alibaba Cloud account ID as answers write it: a JSON number (exactly, past 2^53) or a
/// string of digits. Empty when it is neither.
QString accountId(const QJsonValue &value);

} // namespace AlibabaCodec

} // namespace plc
