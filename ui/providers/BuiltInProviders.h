#pragma once

namespace plc {

/// Registers the cloud providers the console ships with (ProviderUis), once: the one place
/// outside the providers' folders that names them. A new provider adds its line here.
namespace BuiltInProviders {
void install();
} // namespace BuiltInProviders

} // namespace plc
