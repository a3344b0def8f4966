#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace plc::test {

/// Checks API response bodies against the JSON schemas of the swagger contracts
/// (tests/contract/*.swagger.json) with valijson: the schema is chosen from the method, the
/// path and the status (errors are google.rpc.Status).
class ContractChecker final
{
public:
    static ContractChecker &instance();
    ~ContractChecker();

    /// Empty when the body matches its schema (or the route has none, e.g. the admin API);
    /// otherwise what does not match.
    QString check(const QByteArray &method, const QString &path, int status,
                  const QByteArray &body);
    /// The schema definition a route answers with ("" for routes outside the spec).
    static QString definitionFor(const QByteArray &method, const QString &path, int status);

private:
    ContractChecker();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace plc::test
