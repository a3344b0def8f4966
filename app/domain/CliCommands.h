#pragma once

#include "domain/PrivateLink.h"

#include <QList>
#include <QString>

#include <utility>

namespace plc {

/// The ticloud CLI command equivalent to each console action (`ticloud serverless
/// private-link-connection …`), for a user to copy into a terminal or a script. Quoted by
/// position, never by what a value looks like: every option name is the console's own text and
/// every value is single-quoted for a POSIX shell, so a value (a name, an ID a server sent) is
/// always one argument, runs nothing, and stays the value of its option even when it starts
/// with `-` (ticloud's flags take the next argument as their value).
namespace CliCommands {
/// `'text'`, with each `'` written `'\''`: always quoted, whatever the text.
QString shellQuote(const QString &argument);
/// `# sentence`, with every control character made visible (OutsideText::visible): a comment
/// line for a shell that stays one line whatever the sentence holds, so that nothing in it (a
/// name from a file, a translation) can start a line the shell runs.
QString comment(const QString &sentence);
/// The options in order, each `--name 'value'`.
QString options(const QList<std::pair<QString, QString>> &options);
QString get(const QString &clusterId, const QString &connectionId);
QString availabilityZones(const QString &clusterId);
QString create(const QString &clusterId, const NewPrivateLinkConnection &connection);
QString deleteConnection(const QString &clusterId, const QString &connectionId);
QString attachDomains(const QString &clusterId, const QString &connectionId, DomainType type,
                      const QString &uniqueName, bool dryRun);
QString detachDomains(const QString &clusterId, const QString &connectionId,
                      const QString &attachDomainId);
/// `ticloud serverless changefeed describe -c … --changefeed-id …`.
QString describeChangefeed(const QString &clusterId, const QString &changefeedId);
} // namespace CliCommands

} // namespace plc
