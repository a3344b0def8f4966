#pragma once

#include "domain/Changefeed.h"
#include "domain/PrivateLink.h"

#include <QList>
#include <QString>

namespace plc {

/// What a `changefeeds:test` through a private link connection most likely found, from what
/// the console knows before sending (the connection's state, its attached domains) and what
/// came back. Pure rules, no sentences: the test dialog words each cause.
namespace SinkTestAdvice {

enum class Cause {
    Passed,
    ConnectionNotActive,   ///< nothing goes through a connection that is not Active
    NothingListens,        ///< no listener on that port behind the endpoint service
    NoDomainForKafka,      ///< the brokers' advertised listeners do not resolve
    AuthenticationRefused, ///< the sink refused the user name or password
    Timeout,               ///< no answer from TiDB Cloud in time: the test's outcome is unknown
    Other,                 ///< none of the above: the server's words are all there is
};

/// What the test's answer was.
struct Answer
{
    bool succeeded = false;
    bool timedOut = false; ///< the request itself got no answer in time
    QString serverMessage; ///< google.rpc.Status message of a refusal
};

Cause causeOf(const Answer &answer, const PrivateLinkConnection &connection, SinkType type);

/// True when some attached domain of the connection is Active (Kafka needs one).
bool hasActiveDomain(const PrivateLinkConnection &connection);

/// The port to suggest: the one most used by the changefeeds of this sink type through the
/// connection, else the usual port (9092 for Kafka, 3306 for MySQL).
int suggestedPort(const QList<Changefeed> &through, SinkType type);
/// The ports those changefeeds use, ascending, without repeats.
QList<int> portsInUse(const QList<Changefeed> &through, SinkType type);

} // namespace SinkTestAdvice

} // namespace plc
