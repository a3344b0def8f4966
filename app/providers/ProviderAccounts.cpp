#include "providers/ProviderAccounts.h"

#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"

namespace plc {

bool ProviderAccounts::actsOn(ConnectionType type) const
{
    switch (type) {
    case ConnectionType::AwsEndpointService:
        return aws && aws->isConfigured();
    case ConnectionType::AlibabaCloudEndpointService:
        return alibaba && alibaba->isConfigured();
    case ConnectionType::Unknown:
        break;
    }
    return false;
}

} // namespace plc
