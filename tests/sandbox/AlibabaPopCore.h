#pragma once

// @alicloud/pop-core's RPCClient, Alibaba Cloud's Node.js SDK core, driven against the
// sandbox's /alibaba mount (tests/support/alibaba/pop_core_client.js): a list of steps, sent in
// one node process, and what each got back. Header-only, for the sandbox's Alibaba Cloud tests.

#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QtGlobal>

namespace plc::test {

struct PopCoreStep
{
    QString action;
    QJsonObject params;
    /// method, accessKeyId, accessKeySecret, securityToken, skewMinutes, version, until,
    /// timeoutMs, replay (see pop_core_client.js)
    QJsonObject options;
};

struct PopCoreOutcome
{
    QJsonObject ok;
    QString code; ///< the error's Code; empty on success
    QString message;
    int status = 0;
};

/// Runs the steps through pop-core, with the sandbox's AccessKey unless a step names another;
/// keys go to node in a private file, never its arguments. Empty when node could not run.
inline QList<PopCoreOutcome> runPopCore(SandboxFixture &sandbox, const QList<PopCoreStep> &steps)
{
    using namespace Qt::StringLiterals;
    QJsonArray list;
    for (const PopCoreStep &step : steps) {
        QJsonObject object = step.options;
        if (!object.contains("replay"_L1)) {
            object.insert(u"action"_s, step.action);
            object.insert(u"params"_s, step.params);
            if (!object.contains("accessKeyId"_L1))
                object.insert(u"accessKeyId"_s, sandbox.config().alibabaAccessKeyId);
            if (!object.contains("accessKeySecret"_L1))
                object.insert(u"accessKeySecret"_s, sandbox.config().alibabaAccessKeySecret);
        }
        list.append(object);
    }
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(QJsonDocument(QJsonObject{{u"endpoint"_s,
                                          sandbox.url().resolved(QUrl(u"/alibaba"_s)).toString()},
                                         {u"steps"_s, list}})
                   .toJson(QJsonDocument::Compact));
    file.flush();
    QProcess node;
    node.start(u"node"_s, {QString::fromLocal8Bit(qgetenv("PLC_TEST_SOURCE_DIR")) +
                               u"/tests/support/alibaba/pop_core_client.js"_s,
                           file.fileName()});
    if (!node.waitForStarted(10'000) || !node.waitForFinished(60'000) || node.exitCode() != 0) {
        qWarning("pop-core: %s", node.readAllStandardError().constData());
        return {};
    }
    QList<PopCoreOutcome> outcomes;
    const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    for (const QJsonValue &value : results) {
        PopCoreOutcome outcome;
        outcome.ok = value["ok"_L1].toObject();
        const QJsonObject error = value["error"_L1].toObject();
        outcome.code = error.value("code"_L1).toString();
        outcome.message = error.value("message"_L1).toString();
        outcome.status = error.value("status"_L1).toInt();
        outcomes.append(outcome);
    }
    return outcomes;
}

/// An account ID as the client gave it back: pop-core reads numbers of 16 digits as big
/// numbers (json-bigint) and writes them back as strings.
inline QString popCoreIdText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::number(value.toInteger());
}

} // namespace plc::test
