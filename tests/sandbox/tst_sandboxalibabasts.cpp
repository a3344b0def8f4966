// The sandbox's Alibaba Cloud STS (/alibaba/, Version 2015-04-01), driven by a client that is
// not ours: @alicloud/pop-core's RPCClient. GetCallerIdentity for an AccessKey and for a role
// session; AssumeRole for the RAM roles, its refusals in STS's words, the keys it hands out
// accepted by PrivateLink until they expire.
#include "AlibabaPopCore.h"
#include "SandboxFixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
using Outcome = PopCoreOutcome;

QString idText(const QJsonValue &value)
{
    return popCoreIdText(value);
}
} // namespace

class TestSandboxAlibabaSts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    Outcome one(const QString &action, const QJsonObject &params, const QJsonObject &options = {})
    {
        const QList<Outcome> outcomes = runPopCore(*m_sandbox, {{action, params, options}});
        return outcomes.isEmpty() ? Outcome{{}, u"(pop-core did not run)"_s, {}, -1}
                                  : outcomes.first();
    }

    static QJsonObject hz(const QJsonObject &more = {})
    {
        QJsonObject params = more;
        params.insert(u"RegionId"_s, u"cn-hangzhou"_s);
        return params;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
    }
    void cleanup() { m_sandbox.reset(); }

    void stsTellsWhoseTheKeyIs()
    {
        const QJsonObject sts{{u"version"_s, u"2015-04-01"_s}};
        Outcome r = one(u"GetCallerIdentity"_s, {}, sts);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(idText(r.ok.value("AccountId"_L1)), u"1432156789012345"_s);
        QCOMPARE(r.ok.value("Arn"_L1).toString(), u"acs:ram::1432156789012345:root"_s);
        QCOMPARE(r.ok.value("IdentityType"_L1).toString(), u"Account"_s);
        QJsonObject wrong = sts;
        wrong.insert(u"accessKeySecret"_s, u"not-the-secret"_s);
        r = one(u"GetCallerIdentity"_s, {}, wrong);
        QCOMPARE(r.code, u"SignatureDoesNotMatch"_s);
        // STS answers only its own action.
        r = one(u"ListVpcEndpointServices"_s, hz(), sts);
        QCOMPARE(r.code, u"InvalidAction.NotFound"_s);
    }

    void aRamRoleIsAssumedAndItsKeysWorkUntilTheyExpire()
    {
        const QJsonObject sts{{u"version"_s, u"2015-04-01"_s}};
        const QString role = u"acs:ram::1432156789012345:role/privatelinkadmin"_s;
        Outcome r = one(u"AssumeRole"_s,
                        {{u"RoleArn"_s, role},
                         {u"RoleSessionName"_s, u"plc-test"_s},
                         {u"DurationSeconds"_s, u"900"_s}},
                        sts);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        const QJsonObject keys = r.ok.value("Credentials"_L1).toObject();
        const QString keyId = keys.value("AccessKeyId"_L1).toString();
        QVERIFY(keyId.startsWith(u"STS."_s));
        QCOMPARE(r.ok["AssumedRoleUser"_L1]["Arn"_L1].toString(),
                 u"acs:ram::1432156789012345:role/privatelinkadmin/plc-test"_s);
        const QDateTime expires =
            QDateTime::fromString(keys.value("Expiration"_L1).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 900) < 60);
        // The role's keys, with their token, are the role's session on STS and PrivateLink.
        const QJsonObject asRole{{u"accessKeyId"_s, keyId},
                                 {u"accessKeySecret"_s, keys.value("AccessKeySecret"_L1)},
                                 {u"securityToken"_s, keys.value("SecurityToken"_L1)}};
        QJsonObject roleSts = asRole;
        roleSts.insert(u"version"_s, u"2015-04-01"_s);
        r = one(u"GetCallerIdentity"_s, {}, roleSts);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(r.ok.value("IdentityType"_L1).toString(), u"AssumedRoleUser"_s);
        QCOMPARE(r.ok.value("Arn"_L1).toString(),
                 u"acs:ram::1432156789012345:assumed-role/privatelinkadmin/plc-test"_s);
        r = one(u"ListVpcEndpointServices"_s, hz(), asRole);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QJsonObject noToken = asRole;
        noToken.remove(u"securityToken"_s);
        r = one(u"ListVpcEndpointServices"_s, hz(), noToken);
        QCOMPARE(r.code, u"InvalidSecurityToken.MismatchWithAccessKey"_s);
        // A role's keys assume a role again (ChainableRamRoleArn).
        r = one(u"AssumeRole"_s, {{u"RoleArn"_s, role}, {u"RoleSessionName"_s, u"chained"_s}},
                roleSts);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));

        // Refusals in STS's words.
        r = one(u"AssumeRole"_s,
                {{u"RoleArn"_s, u"acs:ram::1432156789012345:role/privatelinkauditor"_s},
                 {u"RoleSessionName"_s, u"plc-test"_s}},
                sts);
        QCOMPARE(r.code, u"NoPermission"_s);
        r = one(u"AssumeRole"_s,
                {{u"RoleArn"_s, u"acs:ram::1432156789012345:role/nosuchrole"_s},
                 {u"RoleSessionName"_s, u"plc-test"_s}},
                sts);
        QCOMPARE(r.code, u"EntityNotExist.Role"_s);
        r = one(u"AssumeRole"_s, {{u"RoleArn"_s, role}, {u"RoleSessionName"_s, u"x"_s}}, sts);
        QCOMPARE(r.code, u"InvalidParameter.RoleSessionName"_s);
        r = one(u"AssumeRole"_s,
                {{u"RoleArn"_s, role},
                 {u"RoleSessionName"_s, u"plc-test"_s},
                 {u"DurationSeconds"_s, u"7200"_s}},
                sts);
        QCOMPARE(r.code, u"InvalidParameter.DurationSeconds"_s);
        r = one(u"AssumeRole"_s, {{u"RoleSessionName"_s, u"plc-test"_s}}, sts);
        QCOMPARE(r.code, u"MissingRoleArn"_s);

        // Keys that last a second are refused once it has passed.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 1}})
                    .ok());
        r = one(u"AssumeRole"_s, {{u"RoleArn"_s, role}, {u"RoleSessionName"_s, u"brief"_s}}, sts);
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        const QJsonObject brief = r.ok.value("Credentials"_L1).toObject();
        QTest::qWait(1500);
        r = one(u"ListVpcEndpointServices"_s, hz(),
                {{u"accessKeyId"_s, brief.value("AccessKeyId"_L1)},
                 {u"accessKeySecret"_s, brief.value("AccessKeySecret"_L1)},
                 {u"securityToken"_s, brief.value("SecurityToken"_L1)}});
        QCOMPARE(r.code, u"InvalidSecurityToken.Expired"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAlibabaSts)
#include "tst_sandboxalibabasts.moc"
