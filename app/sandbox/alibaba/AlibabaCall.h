#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc::sandbox {

/// One RPC-style request to an Alibaba Cloud product on the `/alibaba/` mount: its action,
/// parameters, caller and region, and how its refusals are written (the product's host in
/// `HostId`). Every product's handler reads its request through this.
struct AlibabaCall
{
    QString product; ///< `privatelink`, `vpc`, `ecs`: the host of the product's endpoint
    QString action;
    QString account;
    QString region;
    QString requestId;
    QHash<QString, QString> params;

    static AlibabaCall from(const SandboxRequest &request, const QString &product);

    QString value(const QString &name) const { return params.value(name); }
    bool dryRun() const;
    /// The values of `Name.1`, `Name.2`, … in order (RPC's repeated parameters).
    QStringList repeated(const QString &name) const;
    SandboxResponse fail(int status, const QString &code, const QString &message) const;
    /// `MissingParameter` for a required parameter, named as Alibaba Cloud names it.
    SandboxResponse missing(const QString &name) const;
    /// `InvalidVersion`, or `MissingRegionId`: the refusals before any action is looked at.
    std::optional<SandboxResponse> refuseVersionOrRegion(const QString &version) const;
    SandboxResponse unknownAction() const;
    /// `DryRunOperation`: every check passed, nothing done.
    SandboxResponse dryRunPassed() const;
    QJsonObject answer() const { return {{QStringLiteral("RequestId"), requestId}}; }
    /// What a change asked for, without the signature's parameters and the client token: two
    /// requests with the same token and the same fingerprint are the same change.
    QString fingerprint() const;
};

/// `PageNumber` and `PageSize` (VPC and ECS's lists): `TotalCount` counts the whole list.
struct AlibabaNumberedPage
{
    int number = 1;
    int size = 10;

    /// False with the refusal's message for a value out of range.
    bool read(const AlibabaCall &call, int maxSize, QString *problem);
    QJsonArray of(const QJsonArray &items) const;
    void write(QJsonObject &answer, qsizetype total) const;
};

/// `MaxResults` and `NextToken` (PrivateLink's lists): a token bound to the request that made
/// it.
struct AlibabaTokenPage
{
    qsizetype offset = 0;
    qsizetype size = 50;
    QString binding;

    /// `filters`: the parameters a token is bound to, besides the action.
    bool read(const AlibabaCall &call, const QStringList &filters, int maxSize, QString *problem);
    QJsonArray of(const QJsonArray &items) const;
    void write(QJsonObject &answer, qsizetype total) const;
};

} // namespace plc::sandbox
