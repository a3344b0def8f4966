#include "ui/providers/BuiltInProviders.h"

#include "ui/providers/ProviderUis.h"
#include "ui/providers/alibaba/AlibabaProviderUi.h"
#include "ui/providers/aws/AwsProviderUi.h"

namespace plc {

void BuiltInProviders::install()
{
    ProviderUis::clear();
    ProviderUis::add(std::make_shared<AwsProviderUi>());
    ProviderUis::add(std::make_shared<AlibabaProviderUi>());
}

} // namespace plc
