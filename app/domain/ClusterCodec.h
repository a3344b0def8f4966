#pragma once

#include "domain/Cluster.h"

#include <QJsonObject>
#include <QStringList>

namespace plc {

/// The outcome of decoding an API body: the value, or the list of what did not match the
/// expected shape (each with its JSON path). Never throws, never half-fills silently.
template<typename T> struct Decoded
{
    T value{};
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

/// JSON ↔ Cluster as in api/cluster.swagger.json. Unknown enum spellings are kept (Unknown +
/// raw text); a field of the wrong type makes the whole object a decode error.
namespace ClusterCodec {
Decoded<Cluster> decodeCluster(const QJsonObject &json);
Decoded<ClusterPage> decodePage(const QJsonObject &json);
} // namespace ClusterCodec

} // namespace plc
