#include "ProviderAccounts.h"

#include "AlibabaAccount.h"
#include "AwsAccount.h"

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
