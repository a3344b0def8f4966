#pragma once

#include "domain/ClusterEnums.h"

#include <QCoreApplication>
#include <QString>

namespace plc {

/// An endpoint service name as the cloud providers write it, parsed and checked:
/// AWS `com.amazonaws.vpce.<region>.vpce-svc-<17 hex>` and Alibaba Cloud
/// `com.aliyuncs.privatelink.<region>.epsrv-<17 lowercase letters or digits>`.
/// The console's wizards use it; the sandbox has its own reading (sandbox/RequestRules).
struct EndpointServiceName
{
    Q_DECLARE_TR_FUNCTIONS(EndpointServiceName)

public:
    enum class Problem {
        None,
        Empty,
        Whitespace, ///< leading, trailing or inner spaces
        NotAscii,   ///< look-alike characters (full-width dots, Cyrillic letters…)
        UnknownPrefix,
        BadRegion,
        BadSuffix, ///< `vpce-svc-`/`epsrv-` part not of the right length or alphabet
    };

    CloudProvider provider = CloudProvider::Unknown;
    QString region; ///< read from the name, e.g. `us-east-1`
    Problem problem = Problem::Empty;

    bool isValid() const { return problem == Problem::None; }

    static EndpointServiceName parse(const QString &name);
    /// A sentence for the user saying what is wrong and what is expected.
    QString problemText() const;
    /// The same in English for API error messages (the API speaks English).
    QString problemTextForApi() const;
};

/// Region codes as the two providers spell them: `us-east-1`, `ap-northeast-1`,
/// `cn-hangzhou`, `ap-southeast-1`.
bool isValidRegionCode(const QString &region);

} // namespace plc
