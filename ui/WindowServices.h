#pragma once

#include "providers/ProviderAccounts.h"

namespace plc {

class ApiClient;
class ChangefeedService;
class ClusterService;
class LanguageManager;
class PrivateLinkService;
class SandboxAdminService;
class Watcher;

/// What the main window works with, given once when it is made: the API client (its request
/// log and rate budget in the status bar), the services it calls, the Watcher, the languages,
/// the sandbox's admin API (the simulated provider side; null for none) and the active
/// profile's cloud provider accounts. None is owned by the window.
struct WindowServices
{
    ApiClient *client = nullptr;
    ClusterService *clusters = nullptr;
    PrivateLinkService *privateLinks = nullptr;
    ChangefeedService *changefeeds = nullptr;
    Watcher *watcher = nullptr;
    LanguageManager *languages = nullptr;
    SandboxAdminService *sandboxAdmin = nullptr;
    ProviderAccounts accounts;
};

} // namespace plc
