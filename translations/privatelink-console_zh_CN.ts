<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlibabaCommands</name>
    <message>
        <source>The console&apos;s AccessKey comes from ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in its environment, not from an aliyun CLI profile.</source>
        <translation>控制台的 AccessKey 来自其环境中的 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，而不是 aliyun CLI 配置文件。</translation>
    </message>
    <message>
        <source>The console&apos;s AccessKey was typed into it and is in no aliyun CLI profile.</source>
        <translation>控制台的 AccessKey 是在控制台中输入的，不在任何 aliyun CLI 配置文件中。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s Alibaba Cloud account at %1: its AccessKey is made at each start and is in no profile.</source>
        <translation>位于 %1 的沙盒阿里云账号：其 AccessKey 在每次启动时生成，不在任何配置文件中。</translation>
    </message>
    <message>
        <source>The console calls Alibaba Cloud at %1, which the aliyun CLI&apos;s --endpoint cannot name.</source>
        <translation>控制台通过 %1 调用阿里云，aliyun CLI 的 --endpoint 无法指定这个地址。</translation>
    </message>
</context>
<context>
    <name>AlibabaErrorText</name>
    <message>
        <source>No Alibaba Cloud AccessKey was found for this profile, so nothing was sent to Alibaba Cloud. Choose an aliyun CLI profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>未找到此配置的阿里云 AccessKey，因此没有向阿里云发送任何请求。请选择一个 aliyun CLI 配置，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept this AccessKey (%1). Check the AccessKey ID and its secret, or renew the STS token if the keys are temporary.</source>
        <translation>阿里云不接受此 AccessKey（%1）。请检查 AccessKey ID 及其 Secret；如果是临时密钥，请更新 STS Token。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request as expired: this computer&apos;s clock is more than 15 minutes off. Set the clock right and try again.</source>
        <translation>阿里云以请求已过期为由拒绝了请求：本机时钟偏差超过 15 分钟。请校准时钟后重试。</translation>
    </message>
    <message>
        <source>This AccessKey may not call %1. Add %2 to its RAM policy (the user guide lists the minimal policy).</source>
        <translation>此 AccessKey 无权调用 %1。请在其 RAM 策略中添加 %2（用户指南中列出了最小权限策略）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is throttling the requests of this account (%1). Wait a minute and try again.</source>
        <translation>阿里云正在对此账号的请求进行流控（%1）。请稍等一分钟后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud has no endpoint service with this ID in the account and region of this AccessKey. Check that the profile belongs to the service&apos;s owner and that the region is the service&apos;s.</source>
        <translation>在此 AccessKey 所属账号和区域中，阿里云没有此 ID 的终端节点服务。请确认该配置属于服务的所有者，且区域与服务所在区域一致。</translation>
    </message>
    <message>
        <source>The endpoint connection is no longer waiting to be allowed: refresh to see its state.</source>
        <translation>该终端节点连接已不再等待允许：请刷新以查看其状态。</translation>
    </message>
    <message>
        <source>Alibaba Cloud says the change would succeed (dry run); nothing was changed.</source>
        <translation>阿里云表示该更改可以成功（预检）；未做任何更改。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not answer %1 (HTTP %2). Try again in a moment.</source>
        <translation>阿里云无法响应 %1（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (HTTP %2).</source>
        <translation>阿里云拒绝了 %1（HTTP %2）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (%2).</source>
        <translation>阿里云拒绝了 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 Alibaba Cloud said: %2</source>
        <translation>%1 阿里云返回：%2</translation>
    </message>
    <message>
        <source>No Alibaba Cloud region is known: set region_id in the aliyun CLI profile, or ALIBABA_CLOUD_REGION_ID.</source>
        <translation>不知道使用哪个阿里云区域：请在 aliyun CLI 配置中设置 region_id，或设置 ALIBABA_CLOUD_REGION_ID。</translation>
    </message>
    <message>
        <source>“%1” is not an Alibaba Cloud region ID; expected one such as cn-hangzhou.</source>
        <translation>“%1”不是阿里云区域 ID；应为 cn-hangzhou 这样的 ID。</translation>
    </message>
</context>
<context>
    <name>AlibabaInboundChecks</name>
    <message>
        <source>No VPC in %1 is chosen.</source>
        <translation>未选择 %1 中的 VPC。</translation>
    </message>
    <message>
        <source>Choose the VPC in %1 that your applications run in: the endpoint can be reached only from its own VPC.</source>
        <translation>请选择 %1 中运行您的应用程序的 VPC：终端节点只能从其所在的 VPC 访问。</translation>
    </message>
    <message>
        <source>VPC %1 (%2) is in %3, the service&apos;s region.</source>
        <translation>VPC %1（%2）位于服务所在的区域 %3。</translation>
    </message>
    <message>
        <source>VPC %1 has no vSwitch in the service&apos;s zones (%2).</source>
        <translation>VPC %1 在服务的可用区（%2）中没有交换机。</translation>
    </message>
    <message>
        <source>Create a vSwitch in one of these zones in the VPC console, then check again.</source>
        <translation>请在 VPC 控制台中于上述某个可用区创建交换机，然后重新检查。</translation>
    </message>
    <message>
        <source>These vSwitches are outside the service&apos;s zones (%1): %2.</source>
        <translation>以下交换机不在服务的可用区（%1）中：%2。</translation>
    </message>
    <message>
        <source>Choose only vSwitches in the service&apos;s zones.</source>
        <translation>请只选择位于服务可用区中的交换机。</translation>
    </message>
    <message>
        <source>More than one vSwitch in the same zone: %1.</source>
        <translation>同一可用区中选择了多个交换机：%1。</translation>
    </message>
    <message>
        <source>Choose at most one vSwitch in each zone.</source>
        <translation>每个可用区最多选择一个交换机。</translation>
    </message>
    <message>
        <source>No vSwitch is chosen.</source>
        <translation>未选择交换机。</translation>
    </message>
    <message>
        <source>Choose at least one vSwitch. One in each zone the VPC shares with the service (%1) keeps the endpoint reachable when a zone is down.</source>
        <translation>请至少选择一个交换机。在 VPC 与服务共有的每个可用区（%1）各选一个交换机，可在某个可用区故障时保持终端节点可访问。</translation>
    </message>
    <message>
        <source>vSwitches in %1 of the %2 zones the VPC shares with the service (%3).</source>
        <translation>已在 VPC 与服务共有的 %2 个可用区中的 %1 个选择了交换机（%3）。</translation>
    </message>
    <message>
        <source>A vSwitch in each shared zone keeps the endpoint reachable when a zone is down.</source>
        <translation>在每个共有可用区各选一个交换机，可在某个可用区故障时保持终端节点可访问。</translation>
    </message>
    <message>
        <source>A vSwitch in each zone the VPC shares with the service (%1).</source>
        <translation>VPC 与服务共有的每个可用区（%1）都已选择交换机。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>No security group is chosen.</source>
        <translation>未选择安全组。</translation>
    </message>
    <message>
        <source>Choose a security group that lets TCP %1 in from your applications.</source>
        <translation>请选择一个允许来自您的应用程序的 TCP %1 入站访问的安全组。</translation>
    </message>
    <message>
        <source>No chosen security group lets TCP %1 in.</source>
        <translation>所选安全组均不允许 TCP %1 入站访问。</translation>
    </message>
    <message>
        <source>Add an inbound rule for TCP %1 from the VPC (%2) or from your applications&apos; security group.</source>
        <translation>请添加入方向规则，允许来自 VPC（%2）或您的应用程序所在安全组的 TCP %1 访问。</translation>
    </message>
    <message>
        <source>TCP %1 is let in: %2.</source>
        <translation>已允许 TCP %1 入站访问：%2。</translation>
    </message>
    <message>
        <source>VPC %1 already has endpoint %2 to this service (%3).</source>
        <translation>VPC %1 中已有连接到该服务的终端节点 %2（%3）。</translation>
    </message>
    <message>
        <source>Use that endpoint: it serves every cluster behind the service, and Alibaba Cloud refuses a second endpoint to the same service in one VPC.</source>
        <translation>请使用该终端节点：它可访问该服务背后的所有集群，而且阿里云不允许在同一 VPC 中为同一服务创建第二个终端节点。</translation>
    </message>
    <message>
        <source>VPC %1 has no endpoint to this service yet.</source>
        <translation>VPC %1 中尚无连接到该服务的终端节点。</translation>
    </message>
    <message>
        <source>Check the AccessKey&apos;s RAM permissions, then check again.</source>
        <translation>请检查该 AccessKey 的 RAM 权限，然后重新检查。</translation>
    </message>
</context>
<context>
    <name>AlibabaLinkChecks</name>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1.</source>
        <translation>终端节点服务位于集群所在的区域 %1。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, not in the cluster&apos;s region %2.</source>
        <translation>终端节点服务位于 %1，而不在集群所在的区域 %2。</translation>
    </message>
    <message>
        <source>Choose an endpoint service in %1: on Alibaba Cloud an endpoint connects only to a service in its own region.</source>
        <translation>请选择位于 %1 的终端节点服务：在阿里云上，终端节点只能连接同一区域的服务。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2 and belongs to Alibaba Cloud account %3 of this AccessKey.</source>
        <translation>终端节点服务 %1 位于 %2，属于此 AccessKey 的阿里云账号 %3。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2; it belongs to another Alibaba Cloud account, so its Service Whitelist cannot be read with this AccessKey.</source>
        <translation>终端节点服务 %1 位于 %2；它属于另一个阿里云账号，因此无法用此 AccessKey 读取其服务白名单。</translation>
    </message>
    <message>
        <source>Alibaba Cloud account %1 neither owns nor may see endpoint service %2 in %3.</source>
        <translation>阿里云账号 %1 既不拥有也无权查看 %3 中的终端节点服务 %2。</translation>
    </message>
    <message>
        <source>Check the service name and its region. If the service belongs to another account, check it with that account&apos;s AccessKey, or ask its owner.</source>
        <translation>请检查服务名称及其区域。如果该服务属于另一个账号，请使用该账号的 AccessKey 检查，或联系其所有者。</translation>
    </message>
    <message>
        <source>The endpoint service could not be read: %1</source>
        <translation>无法读取终端节点服务：%1</translation>
    </message>
    <message>
        <source>Fix the Alibaba Cloud AccessKey or its RAM permissions, then check again.</source>
        <translation>请修正阿里云 AccessKey 或其 RAM 权限，然后重新检查。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Service Whitelist.</source>
        <translation>TiDB Cloud 的账号 %1 在服务白名单中。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Service Whitelist, so TiDB Cloud cannot connect.</source>
        <translation>TiDB Cloud 的账号 %1 不在服务白名单中，因此 TiDB Cloud 无法连接。</translation>
    </message>
    <message>
        <source>Add the account ID %1 to the endpoint service&apos;s Service Whitelist.</source>
        <translation>请将账号 ID %1 添加到终端节点服务的服务白名单。</translation>
    </message>
    <message>
        <source>Whether TiDB Cloud&apos;s account %1 is in the Service Whitelist could not be checked with this AccessKey.</source>
        <translation>无法用此 AccessKey 检查 TiDB Cloud 的账号 %1 是否在服务白名单中。</translation>
    </message>
    <message>
        <source>Ask the service&apos;s owner to make sure %1 is in its Service Whitelist.</source>
        <translation>请联系服务的所有者，确认 %1 在其服务白名单中。</translation>
    </message>
    <message>
        <source>Zones in common with the cluster: %1.</source>
        <translation>与集群共同的可用区：%1。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones (%1) have none in common with the cluster&apos;s (%2).</source>
        <translation>终端节点服务的可用区（%1）与集群的可用区（%2）没有交集。</translation>
    </message>
    <message>
        <source>Add a zone among %1 to the endpoint service: its load balancer needs a vSwitch in one of them.</source>
        <translation>请为终端节点服务添加 %1 中的一个可用区：其负载均衡需要在其中一个可用区有交换机。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones could not be read.</source>
        <translation>无法读取终端节点服务的可用区。</translation>
    </message>
    <message>
        <source>Make sure the service has a zone among %1.</source>
        <translation>请确认服务有一个可用区在 %1 之中。</translation>
    </message>
    <message>
        <source>Automatic acceptance is on: Alibaba Cloud allows the endpoint connection request at once.</source>
        <translation>已开启自动接受连接：阿里云会立即允许终端节点连接请求。</translation>
    </message>
    <message>
        <source>Connection requests must be allowed: the connection will wait in Pending Acceptance until the endpoint connection is allowed on Alibaba Cloud.</source>
        <translation>连接请求需要允许：在阿里云上允许该终端节点连接之前，连接将停留在“待接受”状态。</translation>
    </message>
    <message>
        <source>No cause was found on the Alibaba Cloud side, but not everything could be checked: %1</source>
        <translation>在阿里云一侧未发现原因，但并非所有项都能检查：%1</translation>
    </message>
    <message>
        <source>The Alibaba Cloud side looks right: the service exists, TiDB Cloud&apos;s account is in the Service Whitelist and a zone is in common.</source>
        <translation>阿里云一侧看起来没有问题：服务存在，TiDB Cloud 的账号在服务白名单中，且有共同的可用区。</translation>
    </message>
</context>
<context>
    <name>AlibabaProfileResolver</name>
    <message>
        <source>environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The aliyun CLI&apos;s configuration could not be read: %1</source>
        <translation>无法读取 aliyun CLI 的配置：%1</translation>
    </message>
    <message>
        <source>There is no Alibaba Cloud profile %1 in %2.</source>
        <translation>%2 中没有名为 %1 的阿里云配置（profile）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 lacks its AccessKey ID, AccessKey secret or STS token.</source>
        <translation>阿里云配置 %1 缺少 AccessKey ID、AccessKey Secret 或 STS Token。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 lacks its AccessKey ID or AccessKey secret.</source>
        <translation>阿里云配置 %1 缺少 AccessKey ID 或 AccessKey Secret。</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>%2 中的配置文件 %1</translation>
    </message>
    <message>
        <source>The ram_role_arn of Alibaba Cloud profile %1 is not a RAM role&apos;s ARN. It looks like acs:ram::1234567890123456:role/rolename.</source>
        <translation>阿里云配置文件 %1 的 ram_role_arn 不是 RAM 角色的 ARN。RAM 角色 ARN 形如 acs:ram::1234567890123456:role/rolename。</translation>
    </message>
    <message>
        <source>The ram_session_name of Alibaba Cloud profile %1 must be 2 to 64 letters, digits or the characters . @ - _ (no spaces).</source>
        <translation>阿里云配置文件 %1 的 ram_session_name 必须为 2 到 64 个字母、数字或字符 . @ - _（不含空格）。</translation>
    </message>
    <message>
        <source>The external_id of Alibaba Cloud profile %1 must be 2 to 1224 letters, digits or the characters . @ = : / + , - _ (no spaces).</source>
        <translation>阿里云配置文件 %1 的 external_id 必须为 2 到 1224 个字母、数字或字符 . @ = : / + , - _（不含空格）。</translation>
    </message>
    <message>
        <source>The expired_seconds of Alibaba Cloud profile %1 must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours).</source>
        <translation>阿里云配置文件 %1 的 expired_seconds 必须是 900（15 分钟）到 43200（12 小时）之间的整数秒。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 (ChainableRamRoleArn) names no source_profile: the profile whose keys assume its role.</source>
        <translation>阿里云配置文件 %1（ChainableRamRoleArn）没有指定 source_profile，即用其密钥扮演该角色的配置文件。</translation>
    </message>
    <message>
        <source>The source_profile %2 of Alibaba Cloud profile %1 is not in %3.</source>
        <translation>阿里云配置文件 %1 的 source_profile %2 不在 %3 中。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud profiles go round in a circle through source_profile (%1), so none of them gets keys: end the chain at a profile with an AccessKey.</source>
        <translation>这些阿里云配置文件通过 source_profile 形成了循环（%1），因此都得不到密钥：请让链条终止于一个有 AccessKey 的配置文件。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 takes its keys from an ECS instance&apos;s RAM role (EcsRamRole), which only an ECS instance has. On this computer, use a RamRoleArn profile with an AccessKey, or an AK profile.</source>
        <translation>阿里云配置文件 %1 从 ECS 实例的 RAM 角色（EcsRamRole）获取密钥，而只有 ECS 实例才有它。在这台计算机上，请使用带 AccessKey 的 RamRoleArn 配置文件，或 AK 配置文件。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 gets its keys from a program or an address (%2 mode), which the console does not call yet. Use a profile in the AK, StsToken, RamRoleArn or ChainableRamRoleArn mode, or export the keys in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>阿里云配置文件 %1 从程序或地址获取密钥（%2 模式），控制台目前还不会调用它们。请使用 AK、StsToken、RamRoleArn 或 ChainableRamRoleArn 模式的配置文件，或在 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中导出密钥。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 signs in with the %2 mode, which the console does not do itself. Use a profile in the AK, StsToken, RamRoleArn or ChainableRamRoleArn mode, or export the keys in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>阿里云配置文件 %1 使用 %2 模式登录，控制台不能自行完成。请使用 AK、StsToken、RamRoleArn 或 ChainableRamRoleArn 模式的配置文件，或在 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中导出密钥。</translation>
    </message>
</context>
<context>
    <name>AlibabaProvider</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
</context>
<context>
    <name>AlibabaProviderUi</name>
    <message>
        <source>Allow on Alibaba Cloud…</source>
        <translation>在阿里云上允许…</translation>
    </message>
    <message>
        <source>Reject on Alibaba Cloud…</source>
        <translation>在阿里云上拒绝…</translation>
    </message>
    <message>
        <source>Diagnose on Alibaba Cloud…</source>
        <translation>在阿里云上诊断…</translation>
    </message>
    <message>
        <source>Allow the endpoint connection request on the endpoint service, on Alibaba Cloud</source>
        <translation>在阿里云上，允许终端节点服务上的终端节点连接请求</translation>
    </message>
    <message>
        <source>Reject the endpoint connection request on the endpoint service, on Alibaba Cloud</source>
        <translation>在阿里云上，拒绝终端节点服务上的终端节点连接请求</translation>
    </message>
    <message>
        <source>Check the endpoint service on Alibaba Cloud and find why the connection fails</source>
        <translation>在阿里云上检查终端节点服务，找出连接失败的原因</translation>
    </message>
    <message>
        <source>Choose an Alibaba Cloud account for this profile (Profiles…) to act on the Alibaba Cloud side.</source>
        <translation>请为此配置文件选择阿里云账号（配置文件…），以便在阿里云侧进行操作。</translation>
    </message>
    <message>
        <source>Open in Alibaba Cloud Console</source>
        <translation>在阿里云控制台中打开</translation>
    </message>
    <message>
        <source>Open the Alibaba Cloud VPC console in the endpoint service&apos;s region; the endpoint service ID is copied for the search box</source>
        <translation>在终端节点服务所在地域打开阿里云专有网络控制台；终端节点服务 ID 会被复制，便于粘贴到搜索框</translation>
    </message>
    <message>
        <source>Opened the Alibaba Cloud VPC console; the endpoint service ID is on the clipboard for its search box.</source>
        <translation>已打开阿里云专有网络控制台；终端节点服务 ID 已复制到剪贴板，可粘贴到搜索框。</translation>
    </message>
    <message>
        <source>Or run the aliyun CLI command below. The connection becomes Active a few moments after the request is allowed.</source>
        <translation>或者运行下面的 aliyun CLI 命令。请求被允许后片刻，连接即变为活跃。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account ID is in the endpoint service&apos;s Service Whitelist.</source>
        <translation>TiDB Cloud 的账户 ID 已在终端节点服务的服务白名单中。</translation>
    </message>
    <message>
        <source>With %1, the console checks each item on Alibaba Cloud once you have entered the endpoint service:</source>
        <translation>有了 %1，在您输入终端节点服务后，控制台会在阿里云上检查每一项：</translation>
    </message>
    <message>
        <source>The cluster runs on Alibaba Cloud, so the connection goes to an Alibaba Cloud endpoint service; AWS Endpoint Service is for clusters on AWS.</source>
        <translation>该集群运行在阿里云上，因此连接到阿里云终端节点服务；AWS 终端节点服务适用于 AWS 上的集群。</translation>
    </message>
    <message>
        <source>Over Alibaba Cloud PrivateLink, never the public internet.</source>
        <translation>经由阿里云私网连接（PrivateLink），永不经过公共互联网。</translation>
    </message>
    <message>
        <source>Zone ID:</source>
        <translation>可用区 ID：</translation>
    </message>
    <message>
        <source>The endpoint must be in the same region as the service, %1, with a vSwitch in the zone listed above.</source>
        <translation>终端节点必须与服务位于同一区域 %1，并在上面所列可用区中有交换机。</translation>
    </message>
    <message>
        <source>in the Alibaba Cloud console, the endpoint&apos;s security group</source>
        <translation>在阿里云控制台中设置终端节点的安全组</translation>
    </message>
    <message>
        <source>The name does not resolve: add the hosts line of the previous step on the host, with the endpoint&apos;s IP address.</source>
        <translation>名称无法解析：请在主机上添加上一步中的 hosts 行（包含终端节点 IP）。</translation>
    </message>
</context>
<context>
    <name>AlibabaSideJob</name>
    <message>
        <source>The endpoint service&apos;s name cannot be read as an Alibaba Cloud endpoint service (%1), so its side was not read.</source>
        <translation>无法将终端节点服务名称识别为阿里云终端节点服务（%1），因此未读取其云服务商侧。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not be read with %1: %2</source>
        <translation>无法使用 %1 读取阿里云：%2</translation>
    </message>
    <message>
        <source>Endpoint service %1 is not one of %2&apos;s: its owner adds TiDB Cloud&apos;s account to its Service Whitelist and allows its requests.</source>
        <translation>终端节点服务 %1 不属于 %2：需由其所有者将 TiDB Cloud 的账户加入服务白名单并允许其请求。</translation>
    </message>
    <message>
        <source>Endpoint service %1 is %2&apos;s; TiDB Cloud&apos;s account for this cluster is not known yet, so its Service Whitelist was not judged.</source>
        <translation>终端节点服务 %1 属于 %2；尚不知道此集群的 TiDB Cloud 账户，因此未判断其服务白名单。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Service Whitelist of endpoint service %2: the failure has another cause.</source>
        <translation>TiDB Cloud 的账户 %1 在终端节点服务 %2 的服务白名单中：失败另有原因。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Service Whitelist of your endpoint service %2: add it (Diagnose on Alibaba Cloud… adds it), then create the connection again.</source>
        <translation>TiDB Cloud 的账户 %1 不在您的终端节点服务 %2 的服务白名单中：请添加它（“在阿里云上诊断…”可以添加），然后重新创建连接。</translation>
    </message>
    <message>
        <source>The Service Whitelist of endpoint service %1 could not be read with %2: %3</source>
        <translation>无法使用 %2 读取终端节点服务 %1 的服务白名单：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 waits for you to allow it on endpoint service %2 (%3): allow it (Allow on Alibaba Cloud…) and the connection becomes ACTIVE.</source>
        <translation>TiDB Cloud 的终端节点 %1 正在等待您在终端节点服务 %2（%3）上允许：允许它（“在阿里云上允许…”）后，连接将变为 ACTIVE。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 is %2 on endpoint service %3: nothing waits on you; TiDB Cloud will see it at its next check.</source>
        <translation>TiDB Cloud 的终端节点 %1 在终端节点服务 %3 上的状态为 %2：无需您操作；TiDB Cloud 会在下次检查时看到。</translation>
    </message>
    <message>
        <source>Endpoint service %1 has no request from TiDB Cloud&apos;s endpoint yet: nothing waits on you.</source>
        <translation>终端节点服务 %1 尚未收到来自 TiDB Cloud 终端节点的请求：无需您操作。</translation>
    </message>
    <message>
        <source>The requests of endpoint service %1 could not be read with %2: %3</source>
        <translation>无法使用 %2 读取终端节点服务 %1 的连接请求：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud has not named its endpoint and its account for this cluster is not known yet: which request on endpoint service %1 is TiDB Cloud&apos;s cannot be told.</source>
        <translation>TiDB Cloud 尚未给出其终端节点，且尚不知道此集群的 TiDB Cloud 账户：无法判断终端节点服务 %1 上哪个请求属于 TiDB Cloud。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection and try again.</source>
        <translation>无法连接到 %1。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check the API URL of this profile and your DNS settings.</source>
        <translation>无法解析名称 %1。请检查此配置文件的 API URL 和 DNS 设置。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The service may be busy; try again in a moment.</source>
        <translation>%1 未能及时响应。服务可能繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate could not be verified (%2). The console never ignores certificate errors.</source>
        <translation>由于无法验证 %1 的证书（%2），安全连接被拒绝。控制台从不忽略证书错误。</translation>
    </message>
    <message>
        <source>The API URL must use HTTPS (plain HTTP is only allowed for this computer). Correct the API URL of this profile.</source>
        <translation>API URL 必须使用 HTTPS（仅访问本机时允许使用明文 HTTP）。请更正此配置文件的 API URL。</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address, which the console does not follow with your API key. Check the API URL of this profile.</source>
        <translation>服务器返回了指向其他地址的重定向，控制台不会携带您的 API 密钥跟随重定向。请检查此配置文件的 API URL。</translation>
    </message>
    <message>
        <source>The server sent a larger answer than the console accepts. Try again later or contact TiDB Cloud Support.</source>
        <translation>服务器返回的响应超出了控制台可接受的大小。请稍后重试，或联系 TiDB Cloud 技术支持。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). The API may have changed; check for an update of the console.</source>
        <translation>无法读取服务器的响应（%1）。API 可能已变更，请检查控制台是否有更新。</translation>
    </message>
    <message>
        <source>Too many requests were sent with this API key (429). Requests can be sent again at %1.</source>
        <translation>使用此 API 密钥发送的请求过多（429）。可在 %1 再次发送请求。</translation>
    </message>
    <message>
        <source>Too many requests were sent with this API key (429). Wait a minute and try again.</source>
        <translation>使用此 API 密钥发送的请求过多（429）。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400).</source>
        <translation>服务器认为请求无效并拒绝了它（400）。</translation>
    </message>
    <message>
        <source>The API key was rejected (401). Check the public and private key of this profile.</source>
        <translation>API 密钥被拒绝（401）。请检查此配置文件的公钥和私钥。</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (403). Check the key&apos;s role in the TiDB Cloud console.</source>
        <translation>此 API 密钥无权执行此操作（403）。请在 TiDB Cloud 控制台中检查该密钥的角色。</translation>
    </message>
    <message>
        <source>The requested resource was not found (404). It may have been deleted.</source>
        <translation>未找到请求的资源（404）。它可能已被删除。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource (409).</source>
        <translation>该请求与资源的当前状态冲突（409）。</translation>
    </message>
    <message>
        <source>The TiDB Cloud API had an internal problem (%1). Try again in a moment.</source>
        <translation>TiDB Cloud API 出现内部问题（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>服务器消息：“%1”</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer arrived in full. Refresh to see whether the change was made before trying again.</source>
        <translation>与 %1 的连接在响应完整到达前中断。请先刷新，确认更改是否已生效，再决定是否重试。</translation>
    </message>
    <message>
        <source>The request could not be sent to %1 within %2 s. Check your network connection and try again.</source>
        <translation>未能在 %2 秒内将请求发送到 %1。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>%1 said nothing for %2 s. The service may be busy; try again in a moment.</source>
        <translation>%1 在 %2 秒内没有任何响应。服务可能繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s. The service may be busy; try again in a moment.</source>
        <translation>%1 未能在 %2 秒内完成响应。服务可能繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The request was not sent: its path “%1” would name another resource than the one meant. The server may have sent an ID that is not one.</source>
        <translation>请求未发送：其路径“%1”会指向预期之外的资源。服务器返回的 ID 可能无效。</translation>
    </message>
    <message>
        <source>%1 asked for %2 authentication. The console answers only HTTP Digest, the scheme of the TiDB Cloud API, so the API key was not sent. Check the API URL of this profile.</source>
        <translation>%1 要求使用 %2 认证。控制台只响应 TiDB Cloud API 使用的 HTTP Digest 认证，因此未发送 API 密钥。请检查此配置文件的 API URL。</translation>
    </message>
    <message>
        <source>%1 sent the same page token twice, after %2 pages with %3 items. The list was stopped and is not shown as complete.</source>
        <translation>%1 在返回 %2 页（共 %3 项）后两次发送了相同的分页令牌。列表已停止读取，显示的内容不完整。</translation>
    </message>
    <message>
        <source>%1 kept naming another page of the list: after %2 pages with %3 items (it announced %4) it still named another. The list was stopped and is not shown as complete.</source>
        <translation>%1 不断指示列表还有下一页：已读取 %2 页（共 %3 项，服务器声明共 %4 项）后仍指示还有下一页。列表已停止读取，显示的内容不完整。</translation>
    </message>
    <message>
        <source>%1 kept naming another page of the list: after %2 pages with %3 items it still named another. The list was stopped and is not shown as complete.</source>
        <translation>%1 不断指示列表还有下一页：已读取 %2 页（共 %3 项）后仍指示还有下一页。列表已停止读取，显示的内容不完整。</translation>
    </message>
    <message>
        <source>No API key is available for this profile, so nothing was sent. Enter its private key in the profile dialog.</source>
        <translation>此配置文件没有可用的 API 密钥，因此未发送任何请求。请在配置文件对话框中输入其私钥。</translation>
    </message>
    <message>
        <source>No private key is stored for this profile. Enter it in the profile dialog.</source>
        <translation>此配置文件没有存储私钥。请在配置文件对话框中输入。</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the private key cannot be stored safely. You can keep it in memory for this session only; it will not be written to disk.</source>
        <translation>本机没有可用的密钥环（Secret Service），因此无法安全地存储私钥。您可以仅在本次会话中将其保留在内存中；它不会被写入磁盘。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain and try again, or keep the key for this session only.</source>
        <translation>对密钥环的访问被拒绝。请解锁密钥环后重试，或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>密钥环报告了错误：%1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>无法保存该文件。</translation>
    </message>
    <message>
        <source>The cloud provider&apos;s API refused the request (%1).</source>
        <translation>云服务商的 API 拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <source>The request was stopped after it had been sent: it may have been carried out.</source>
        <translation>请求在发出后被停止：它可能已被执行。</translation>
    </message>
</context>
<context>
    <name>AwsCommands</name>
    <message>
        <source>The console&apos;s AWS keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in its environment: run where the same are set.</source>
        <translation>控制台的 AWS 密钥来自其环境中的 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY：请在设置了相同变量的环境中运行。</translation>
    </message>
    <message>
        <source>The console&apos;s AWS access key was typed into it and is in no AWS CLI profile: set it in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY first.</source>
        <translation>控制台的 AWS 访问密钥是在控制台中输入的，不在任何 AWS CLI 配置文件中：请先将其设置到 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY 中。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS account at %1: its keys are made at each start and are in no profile.</source>
        <translation>位于 %1 的沙盒 AWS 账户：其密钥在每次启动时生成，不在任何配置文件中。</translation>
    </message>
</context>
<context>
    <name>AwsErrorText</name>
    <message>
        <source>No AWS credentials were found for this profile, so nothing was sent to AWS. Choose an AWS profile, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or enter a key.</source>
        <translation>没有找到此配置文件的 AWS 凭证，因此没有向 AWS 发送任何请求。请选择一个 AWS 配置文件，或设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY。</translation>
    </message>
    <message>
        <source>AWS refused the request as expired: this computer&apos;s clock is more than 15 minutes off. Set the clock right and try again.</source>
        <translation>AWS 以请求已过期为由拒绝了它：这台计算机的时钟偏差超过 15 分钟。请校正时钟后重试。</translation>
    </message>
    <message>
        <source>AWS did not accept these credentials (%1). Check the access key and its secret, or renew the session if the keys are temporary.</source>
        <translation>AWS 不接受这些凭证（%1）。请检查访问密钥及其私密密钥；如果是临时密钥，请更新会话。</translation>
    </message>
    <message>
        <source>These AWS credentials may not call %1. Add ec2:%1 to their IAM policy (the user guide lists the minimal policy).</source>
        <translation>这些 AWS 凭证无权调用 %1。请在其 IAM 策略中加入 ec2:%1（用户指南列出了最小策略）。</translation>
    </message>
    <message>
        <source>AWS is throttling the requests of this account (%1). Wait a minute and try again.</source>
        <translation>AWS 正在限制此账户的请求频率（%1）。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>AWS has no endpoint service with this ID in the account and region of these credentials. Check that the AWS profile belongs to the service&apos;s owner and that the region is the service&apos;s.</source>
        <translation>在这些凭证的账户和区域中，AWS 没有此 ID 的终端节点服务。请确认该 AWS 配置文件属于服务的所有者，且区域是服务所在的区域。</translation>
    </message>
    <message>
        <source>The endpoint service does not exist in this region, or the account of these credentials is not allowed to see it.</source>
        <translation>此区域中没有该终端节点服务，或者这些凭证的账户无权看到它。</translation>
    </message>
    <message>
        <source>AWS refused the principal: an Allow principal is an IAM ARN such as arn:aws:iam::123456789012:root, or *.</source>
        <translation>AWS 拒绝了该主体：允许的主体须为 IAM ARN（如 arn:aws:iam::123456789012:root）或 *。</translation>
    </message>
    <message>
        <source>This region is not enabled for the AWS account. Enable it in the AWS console&apos;s account settings first.</source>
        <translation>此 AWS 账户尚未启用该区域。请先在 AWS 控制台的账户设置中启用它。</translation>
    </message>
    <message>
        <source>AWS says the change would succeed (dry run); nothing was changed.</source>
        <translation>AWS 表示该更改可以成功（试运行）；没有做任何更改。</translation>
    </message>
    <message>
        <source>AWS could not answer %1 (HTTP %2). Try again in a moment.</source>
        <translation>AWS 无法响应 %1（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>AWS refused %1 (HTTP %2).</source>
        <translation>AWS 拒绝了 %1（HTTP %2）。</translation>
    </message>
    <message>
        <source>AWS refused %1 (%2).</source>
        <translation>AWS 拒绝了 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 AWS said: %2</source>
        <translation>%1 AWS 的原话：%2</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region; expected one such as us-east-1.</source>
        <translation>“%1”不是 AWS 区域；应为 us-east-1 这样的区域。</translation>
    </message>
    <message>
        <source>AWS did not accept the MFA code. Type the code the device shows now: each code is good for about 30 seconds.</source>
        <translation>AWS 未接受该 MFA 验证码。请输入设备当前显示的验证码：每个验证码的有效时间约为 30 秒。</translation>
    </message>
    <message>
        <source>AWS does not know this MFA device for the keys that assume the role. mfa_serial must name the device of the IAM user whose keys these are.</source>
        <translation>对于代入该角色的密钥，AWS 不认识此 MFA 设备。mfa_serial 必须指向这些密钥所属 IAM 用户的设备。</translation>
    </message>
    <message>
        <source>The session asked for is longer than the role allows. Lower duration_seconds: at most the role&apos;s maximum, and one hour when a role&apos;s keys assume another role.</source>
        <translation>请求的会话时长超过了该角色允许的上限。请调低 duration_seconds：不超过角色的最大值；用一个角色的密钥代入另一个角色时，最多一小时。</translation>
    </message>
    <message>
        <source>AWS did not let these keys assume the role. The role&apos;s trust policy does not allow them, or it requires an external ID or MFA that the profile does not give. Check role_arn, external_id and mfa_serial with the role&apos;s owner.</source>
        <translation>AWS 不允许这些密钥代入该角色：角色的信任策略不允许它们，或者要求配置文件未提供的外部 ID 或 MFA。请与角色的所有者核对 role_arn、external_id 和 mfa_serial。</translation>
    </message>
    <message>
        <source>AWS refused to assume the role (%1).</source>
        <translation>AWS 拒绝代入该角色（%1）。</translation>
    </message>
</context>
<context>
    <name>AwsIdentityCenter</name>
    <message>
        <source>IAM Identity Center does not give your sign-in role %1 in AWS account %2 (AWS profile %3). Check sso_account_id and sso_role_name, or ask for the permission set.</source>
        <translation>IAM Identity Center 没有为您的登录授予 AWS 账户 %2 中的角色 %1（AWS 配置文件 %3）。请检查 sso_account_id 和 sso_role_name，或申请该权限集。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center, and there is no sign-in yet. Run %2 in a terminal, then try again.</source>
        <translation>AWS 配置文件 %1 通过 IAM Identity Center 登录，但目前还没有登录。请在终端中运行 %2，然后重试。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 could not be read (%2). Run %3 in a terminal, then try again.</source>
        <translation>无法读取 AWS 配置文件 %1 的 IAM Identity Center 登录信息（%2）。请在终端中运行 %3，然后重试。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 is not one the AWS CLI wrote. Run %2 in a terminal, then try again.</source>
        <translation>AWS 配置文件 %1 的 IAM Identity Center 登录信息不是 AWS CLI 写入的。请在终端中运行 %2，然后重试。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 expired at %2. Run %3 in a terminal, then try again.</source>
        <translation>AWS 配置文件 %1 的 IAM Identity Center 登录已于 %2 过期。请在终端中运行 %3，然后重试。</translation>
    </message>
    <message>
        <source>IAM Identity Center no longer accepts the sign-in of AWS profile %1. Run %2 in a terminal, then try again.</source>
        <translation>IAM Identity Center 不再接受 AWS 配置文件 %1 的登录。请在终端中运行 %2，然后重试。</translation>
    </message>
</context>
<context>
    <name>AwsInboundChecks</name>
    <message>
        <source>No VPC is chosen in %1.</source>
        <translation>未在 %1 中选择 VPC。</translation>
    </message>
    <message>
        <source>Choose the VPC your applications run in, in %1. An endpoint serves only the VPC it is in.</source>
        <translation>请选择应用程序所在的 VPC（位于 %1）。终端节点只服务于它所在的 VPC。</translation>
    </message>
    <message>
        <source>VPC %1 (%2) is in %3, the region of the service.</source>
        <translation>VPC %1（%2）位于服务所在的区域 %3。</translation>
    </message>
    <message>
        <source>The DNS attributes of VPC %1 could not be read.</source>
        <translation>无法读取 VPC %1 的 DNS 属性。</translation>
    </message>
    <message>
        <source>Private DNS needs DNS resolution and DNS hostnames on in the VPC; check them in the VPC console.</source>
        <translation>私有 DNS 需要 VPC 开启 DNS 解析和 DNS 主机名；请在 VPC 控制台中检查。</translation>
    </message>
    <message>
        <source>Private DNS cannot be used: DNS resolution is off in VPC %1.</source>
        <translation>无法使用私有 DNS：VPC %1 未开启 DNS 解析。</translation>
    </message>
    <message>
        <source>Private DNS cannot be used: DNS hostnames are off in VPC %1.</source>
        <translation>无法使用私有 DNS：VPC %1 未开启 DNS 主机名。</translation>
    </message>
    <message>
        <source>Turn on DNS resolution and DNS hostnames for the VPC, or make the endpoint without private DNS and connect with its own DNS name.</source>
        <translation>请为该 VPC 开启 DNS 解析和 DNS 主机名，或者不启用私有 DNS 创建终端节点，并使用终端节点自己的 DNS 名称连接。</translation>
    </message>
    <message>
        <source>DNS resolution and DNS hostnames are on in VPC %1: the cluster&apos;s host will resolve to the endpoint.</source>
        <translation>VPC %1 已开启 DNS 解析和 DNS 主机名：集群的主机名将解析到该终端节点。</translation>
    </message>
    <message>
        <source>VPC %1 has no subnet in the service&apos;s zones (%2).</source>
        <translation>VPC %1 在该服务的可用区（%2）中没有子网。</translation>
    </message>
    <message>
        <source>Create a subnet in one of these zones (by zone ID: zone names differ between accounts), then check again.</source>
        <translation>请在其中一个可用区中创建子网（按可用区 ID：不同账户的可用区名称不同），然后重新检查。</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1): %2.</source>
        <translation>不在该服务的可用区（%1）中：%2。</translation>
    </message>
    <message>
        <source>Choose subnets in the service&apos;s zones only.</source>
        <translation>请只选择位于该服务可用区中的子网。</translation>
    </message>
    <message>
        <source>More than one subnet in a zone: %1.</source>
        <translation>同一可用区中选择了多个子网：%1。</translation>
    </message>
    <message>
        <source>Choose one subnet per zone.</source>
        <translation>每个可用区只选择一个子网。</translation>
    </message>
    <message>
        <source>No subnet is chosen.</source>
        <translation>未选择子网。</translation>
    </message>
    <message>
        <source>Choose at least one subnet; one in each zone the VPC shares with the service (%1) keeps the endpoint up when a zone fails.</source>
        <translation>请至少选择一个子网；在 VPC 与服务共有的每个可用区（%1）各选一个子网，可在某个可用区故障时保持终端节点可用。</translation>
    </message>
    <message>
        <source>Subnets in %1 of the %2 zones the VPC shares with the service (%3).</source>
        <translation>已在 VPC 与服务共有的 %2 个可用区中的 %1 个选择了子网（%3）。</translation>
    </message>
    <message>
        <source>One subnet in each shared zone keeps the endpoint up when a zone fails.</source>
        <translation>在每个共有可用区各选一个子网，可在某个可用区故障时保持终端节点可用。</translation>
    </message>
    <message>
        <source>A subnet in each zone the VPC shares with the service (%1).</source>
        <translation>VPC 与服务共有的每个可用区都已选择子网（%1）。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>No security group is chosen.</source>
        <translation>未选择安全组。</translation>
    </message>
    <message>
        <source>Choose a group that lets TCP %1 in from your applications.</source>
        <translation>请选择允许来自应用程序的 TCP %1 入站访问的安全组。</translation>
    </message>
    <message>
        <source>None of the chosen security groups lets TCP %1 in.</source>
        <translation>所选安全组都不允许 TCP %1 入站访问。</translation>
    </message>
    <message>
        <source>Add an inbound rule for TCP %1 from the VPC (%2) or from your applications&apos; group.</source>
        <translation>请添加一条入站规则，允许来自该 VPC（%2）或应用程序所在安全组的 TCP %1 访问。</translation>
    </message>
    <message>
        <source>TCP %1 is let in: %2.</source>
        <translation>已允许 TCP %1 入站访问：%2。</translation>
    </message>
    <message>
        <source>VPC %1 already has endpoint %2 to this service (%3).</source>
        <translation>VPC %1 中已有连接到该服务的终端节点 %2（%3）。</translation>
    </message>
    <message>
        <source>Use that endpoint: one endpoint per VPC serves every cluster behind the service, and a second one with private DNS is refused (conflicting DNS domain).</source>
        <translation>请使用该终端节点：每个 VPC 中的一个终端节点即可服务于该服务背后的所有集群，而第二个启用私有 DNS 的终端节点会被拒绝（DNS 域冲突）。</translation>
    </message>
    <message>
        <source>No endpoint to this service in VPC %1 yet.</source>
        <translation>VPC %1 中尚无连接到该服务的终端节点。</translation>
    </message>
    <message>
        <source>Check the account&apos;s permissions, then check again.</source>
        <translation>请检查该账户的权限，然后重新检查。</translation>
    </message>
</context>
<context>
    <name>AwsInboundService</name>
    <message>
        <source>EC2 answered that it did not make the change. Read again, then try once more.</source>
        <translation>EC2 回复未进行该更改。请重新读取，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>AwsLinkChecks</name>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1.</source>
        <translation>终端节点服务位于集群所在的区域 %1。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, not in the cluster&apos;s region %2.</source>
        <translation>终端节点服务位于 %1，而不是集群所在的区域 %2。</translation>
    </message>
    <message>
        <source>Choose a service in %1, or set the endpoint service&apos;s region to %2 for a cross-region connection.</source>
        <translation>请选择位于 %1 的服务；如为跨区域连接，请将终端节点服务的区域设为 %2。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, the cluster in %2: a cross-region connection.</source>
        <translation>终端节点服务位于 %1，集群位于 %2：这是跨区域连接。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2 and belongs to the AWS account of these credentials.</source>
        <translation>终端节点服务 %1 存在于 %2，属于这些凭证的 AWS 账户。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2; it belongs to another AWS account, so its Allow principals cannot be read with these credentials.</source>
        <translation>终端节点服务 %1 存在于 %2；它属于另一个 AWS 账户，因此无法用这些凭证读取其允许的主体。</translation>
    </message>
    <message>
        <source>AWS account %1 neither owns nor may see endpoint service %2 in %3.</source>
        <translation>AWS 账户 %1 既不拥有也无权看到 %3 中的终端节点服务 %2。</translation>
    </message>
    <message>
        <source>Check the service name and its region. If the service belongs to another account, check it with that account&apos;s credentials, or ask its owner.</source>
        <translation>请检查服务名称及其区域。如果服务属于另一个账户，请使用该账户的凭证检查，或联系其所有者。</translation>
    </message>
    <message>
        <source>The endpoint service could not be read: %1</source>
        <translation>无法读取终端节点服务：%1</translation>
    </message>
    <message>
        <source>Fix the AWS credentials or permissions, then check again.</source>
        <translation>请修正 AWS 凭证或权限，然后再次检查。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Allow principals.</source>
        <translation>TiDB Cloud 的账户 %1 已在允许的主体中。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Allow principals, so TiDB Cloud cannot connect.</source>
        <translation>TiDB Cloud 的账户 %1 不在允许的主体中，因此 TiDB Cloud 无法连接。</translation>
    </message>
    <message>
        <source>Add %1 to the endpoint service&apos;s Allow principals.</source>
        <translation>将 %1 添加到终端节点服务的允许的主体（Allow principals）中。</translation>
    </message>
    <message>
        <source>Whether TiDB Cloud&apos;s account %1 is allowed could not be checked with these credentials.</source>
        <translation>无法用这些凭证检查 TiDB Cloud 的账户 %1 是否被允许。</translation>
    </message>
    <message>
        <source>Ask the service&apos;s owner to make sure %1 is in its Allow principals.</source>
        <translation>请让服务的所有者确认 %1 在其允许的主体中。</translation>
    </message>
    <message>
        <source>Zones in common with the cluster: %1.</source>
        <translation>与集群共同的可用区：%1。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones (%1) have none in common with the cluster&apos;s (%2).</source>
        <translation>终端节点服务的可用区（%1）与集群的可用区（%2）没有共同项。</translation>
    </message>
    <message>
        <source>Add a subnet in one of the cluster&apos;s zones (%1) to the service&apos;s load balancer. Zone names differ per account: compare zone IDs.</source>
        <translation>请为服务的负载均衡器添加位于集群某个可用区（%1）中的子网。可用区名称因账户而异：请比较可用区 ID。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones could not be read.</source>
        <translation>无法读取终端节点服务的可用区。</translation>
    </message>
    <message>
        <source>Make sure the service has a zone among %1.</source>
        <translation>请确保服务有一个可用区属于 %1。</translation>
    </message>
    <message>
        <source>Acceptance is required: the connection will wait in Pending Acceptance until the request is accepted on AWS.</source>
        <translation>需要接受：在 AWS 上接受请求之前，连接将保持待接受状态。</translation>
    </message>
    <message>
        <source>Acceptance is not required: AWS accepts the request at once.</source>
        <translation>无需接受：AWS 会立即接受请求。</translation>
    </message>
    <message>
        <source>No cause was found on the AWS side, but not everything could be checked: %1</source>
        <translation>在 AWS 侧没有找到原因，但并非所有项都能检查：%1</translation>
    </message>
    <message>
        <source>The AWS side looks right: the service exists, TiDB Cloud&apos;s account is allowed and a zone is in common.</source>
        <translation>AWS 侧看起来没有问题：服务存在，TiDB Cloud 的账户已被允许，且有共同的可用区。</translation>
    </message>
    <message>
        <source>A cross-region endpoint is made in the cluster&apos;s own zones (%1); the service&apos;s zones in %2 need not match them.</source>
        <translation>跨区域终端节点建在集群自己的可用区（%1）中；服务在 %2 的可用区无需与之匹配。</translation>
    </message>
</context>
<context>
    <name>AwsProfileResolver</name>
    <message>
        <source>environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>%2 中的配置文件 %1</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 has an unclosed quote.</source>
        <translation>AWS 配置文件 %1 的 credential_process 中有未闭合的引号。</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>配置文件 %1 的 credential_process</translation>
    </message>
    <message>
        <source>AWS profile %1 has no keys and no credential_process.</source>
        <translation>AWS 配置文件 %1 既没有密钥也没有 credential_process。</translation>
    </message>
    <message>
        <source>There is no AWS profile %1 in %2 or %3.</source>
        <translation>%2 和 %3 中都没有 AWS 配置文件 %1。</translation>
    </message>
    <message>
        <source>The role_arn of AWS profile %1 is not a role&apos;s ARN. It looks like arn:aws:iam::123456789012:role/RoleName.</source>
        <translation>AWS 配置文件 %1 的 role_arn 不是角色的 ARN。角色 ARN 形如 arn:aws:iam::123456789012:role/RoleName。</translation>
    </message>
    <message>
        <source>The role_session_name of AWS profile %1 must be 2 to 64 letters, digits or the characters + = , . @ - (no spaces).</source>
        <translation>AWS 配置文件 %1 的 role_session_name 必须为 2 到 64 个字母、数字或字符 + = , . @ -（不含空格）。</translation>
    </message>
    <message>
        <source>The external_id of AWS profile %1 must be 2 to 1224 letters, digits or the characters + = , . @ : / - (no spaces).</source>
        <translation>AWS 配置文件 %1 的 external_id 必须为 2 到 1224 个字母、数字或字符 + = , . @ : / -（不含空格）。</translation>
    </message>
    <message>
        <source>The duration_seconds of AWS profile %1 must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours).</source>
        <translation>AWS 配置文件 %1 的 duration_seconds 必须是 900（15 分钟）到 43200（12 小时）之间的整数秒。</translation>
    </message>
    <message>
        <source>The mfa_serial of AWS profile %1 must be the MFA device&apos;s ARN (arn:aws:iam::123456789012:mfa/name) or serial number.</source>
        <translation>AWS 配置文件 %1 的 mfa_serial 必须是 MFA 设备的 ARN（arn:aws:iam::123456789012:mfa/name）或序列号。</translation>
    </message>
    <message>
        <source>AWS profile %1 names both a source_profile and a credential_source: keep the one its keys come from.</source>
        <translation>AWS 配置文件 %1 同时指定了 source_profile 和 credential_source：请只保留密钥实际来源的那一项。</translation>
    </message>
    <message>
        <source>AWS profile %1 has a role_arn but neither a source_profile nor a credential_source: add source_profile = the profile whose keys may assume the role.</source>
        <translation>AWS 配置文件 %1 有 role_arn，但既没有 source_profile 也没有 credential_source：请添加 source_profile = 其密钥可以代入该角色的配置文件。</translation>
    </message>
    <message>
        <source>AWS profile %1 takes its keys from %2, which only an EC2 instance or an ECS task has. On this computer, use source_profile = a profile with keys, or credential_source = Environment.</source>
        <translation>AWS 配置文件 %1 从 %2 获取密钥，而只有 EC2 实例或 ECS 任务才有它。在这台计算机上，请使用 source_profile = 一个有密钥的配置文件，或 credential_source = Environment。</translation>
    </message>
    <message>
        <source>The credential_source %2 of AWS profile %1 is not one the AWS CLI knows: Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>AWS 配置文件 %1 的 credential_source %2 不是 AWS CLI 认识的值：Environment、Ec2InstanceMetadata 或 EcsContainer。</translation>
    </message>
    <message>
        <source>AWS profile %1 assumes its role with the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (credential_source = Environment), which are not set.</source>
        <translation>AWS 配置文件 %1 使用 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY 中的密钥代入角色（credential_source = Environment），但这两个变量未设置。</translation>
    </message>
    <message>
        <source>The source_profile %2 of AWS profile %1 is not in %3 or %4.</source>
        <translation>AWS 配置文件 %1 的 source_profile %2 不在 %3 或 %4 中。</translation>
    </message>
    <message>
        <source>The AWS profiles go round in a circle through source_profile (%1), so none of them gets keys: end the chain at a profile with keys.</source>
        <translation>这些 AWS 配置文件通过 source_profile 形成了循环（%1），因此都得不到密钥：请让链条终止于一个有密钥的配置文件。</translation>
    </message>
    <message>
        <source>AWS profile %1, the source_profile of a role, has no keys and no credential_process.</source>
        <translation>AWS 配置文件 %1 是某个角色的 source_profile，但它既没有密钥也没有 credential_process。</translation>
    </message>
    <message>
        <source>AWS profile %1 names sso_session %2, which is not a [sso-session %2] section of %3.</source>
        <translation>AWS 配置文件 %1 指定了 sso_session %2，但 %3 中没有 [sso-session %2] 节。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but has no sso_start_url of the https://…/start shape.</source>
        <translation>AWS 配置文件 %1 通过 IAM Identity Center 登录，但没有 https://…/start 形式的 sso_start_url。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but its sso_region is not an AWS region such as us-east-1.</source>
        <translation>AWS 配置文件 %1 通过 IAM Identity Center 登录，但其 sso_region 不是 us-east-1 这样的 AWS 区域。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but does not name an account and a role: sso_account_id is 12 digits, sso_role_name a permission set&apos;s name.</source>
        <translation>AWS 配置文件 %1 通过 IAM Identity Center 登录，但没有指定账户和角色：sso_account_id 为 12 位数字，sso_role_name 为权限集名称。</translation>
    </message>
    <message>
        <source>IAM Identity Center, profile %1</source>
        <translation>IAM Identity Center，配置文件 %1</translation>
    </message>
</context>
<context>
    <name>AwsProvider</name>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
</context>
<context>
    <name>AwsProviderUi</name>
    <message>
        <source>Accept on AWS…</source>
        <translation>在 AWS 上接受…</translation>
    </message>
    <message>
        <source>Reject on AWS…</source>
        <translation>在 AWS 上拒绝…</translation>
    </message>
    <message>
        <source>Diagnose on AWS…</source>
        <translation>在 AWS 上诊断…</translation>
    </message>
    <message>
        <source>Accept the connection request on the endpoint service, on AWS</source>
        <translation>在 AWS 上接受终端节点服务收到的连接请求</translation>
    </message>
    <message>
        <source>Reject the connection request on the endpoint service, on AWS</source>
        <translation>在 AWS 上拒绝终端节点服务收到的连接请求</translation>
    </message>
    <message>
        <source>Check the endpoint service on AWS and find why the connection fails</source>
        <translation>在 AWS 上检查终端节点服务，找出连接失败的原因</translation>
    </message>
    <message>
        <source>Choose an AWS account for this profile (Profiles…) to act on the AWS side.</source>
        <translation>请为此配置文件选择一个 AWS 账户（配置文件…），以便在 AWS 侧操作。</translation>
    </message>
    <message>
        <source>Open in AWS Console</source>
        <translation>在 AWS 控制台中打开</translation>
    </message>
    <message>
        <source>Open the endpoint service in the AWS console</source>
        <translation>在 AWS 控制台中打开该终端节点服务</translation>
    </message>
    <message>
        <source>Opened the endpoint service in the AWS console.</source>
        <translation>已在 AWS 控制台中打开该终端节点服务。</translation>
    </message>
    <message>
        <source>Or run the AWS CLI command below. The connection becomes Active a few moments after the request is accepted.</source>
        <translation>也可以运行下面的 AWS CLI 命令。请求被接受后片刻，连接会变为“活跃”。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account (arn:aws:iam::&lt;account ID&gt;:root) is in the endpoint service&apos;s Allow principals list.</source>
        <translation>TiDB Cloud 的账户（arn:aws:iam::&lt;账户 ID&gt;:root）已在终端节点服务的允许的主体（Allow principals）列表中。</translation>
    </message>
    <message>
        <source>With %1, the console checks each item on AWS once you have entered the endpoint service:</source>
        <translation>使用%1，输入终端节点服务后，控制台会在 AWS 上逐项检查：</translation>
    </message>
    <message>
        <source>The cluster runs on AWS, so the connection goes to an AWS endpoint service; Alibaba Cloud Endpoint Service is for clusters on Alibaba Cloud.</source>
        <translation>该集群运行在 AWS 上，因此连接到 AWS 终端节点服务；阿里云终端节点服务适用于阿里云上的集群。</translation>
    </message>
    <message>
        <source>Over AWS PrivateLink, never the public internet.</source>
        <translation>经由 AWS PrivateLink，永不经过公共互联网。</translation>
    </message>
    <message>
        <source>Availability Zone ID:</source>
        <translation>可用区 ID：</translation>
    </message>
    <message>
        <source>Before you start, make sure DNS hostnames and DNS resolution are both enabled in your VPC settings; they are off by default for a VPC created in the AWS Management Console.</source>
        <translation>开始之前，请确保 VPC 设置中已同时启用 DNS 主机名和 DNS 解析；在 AWS 管理控制台中创建的 VPC 默认不启用。</translation>
    </message>
    <message>
        <source>VPC &gt; Endpoints &gt; Manage security groups</source>
        <translation>VPC &gt; Endpoints &gt; Manage security groups（管理安全组）</translation>
    </message>
    <message>
        <source>“private-dns-enabled cannot be set because there is already a conflicting DNS domain”: a private endpoint for this region already exists in the VPC; creating a new one is unnecessary.</source>
        <translation>“private-dns-enabled cannot be set because there is already a conflicting DNS domain”：该 VPC 中已创建此区域的私有终端节点，无需重复创建。</translation>
    </message>
</context>
<context>
    <name>AwsSideJob</name>
    <message>
        <source>The endpoint service&apos;s name cannot be read as an AWS endpoint service (%1), so its side was not read.</source>
        <translation>无法将终端节点服务名称识别为 AWS 终端节点服务（%1），因此未读取其云服务商侧。</translation>
    </message>
    <message>
        <source>Endpoint service %1 is not one of %2&apos;s: its owner allows TiDB Cloud&apos;s account and accepts its requests.</source>
        <translation>终端节点服务 %1 不属于 %2：需由其所有者允许 TiDB Cloud 的账户并接受其请求。</translation>
    </message>
    <message>
        <source>AWS could not be read with %1: %2</source>
        <translation>无法使用 %1 读取 AWS：%2</translation>
    </message>
    <message>
        <source>Endpoint service %1 is %2&apos;s; TiDB Cloud&apos;s account for this cluster is not known yet, so its Allow principals were not judged.</source>
        <translation>终端节点服务 %1 属于 %2；尚不知道此集群的 TiDB Cloud 账户，因此未判断其允许的主体（Allow principals）。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is among the Allow principals of endpoint service %2: the failure has another cause.</source>
        <translation>TiDB Cloud 的账户 %1 在终端节点服务 %2 的允许的主体（Allow principals）中：失败另有原因。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not among the Allow principals of your endpoint service %2: add %3 (Diagnose on AWS… adds it), then create the connection again.</source>
        <translation>TiDB Cloud 的账户 %1 不在您的终端节点服务 %2 的允许的主体（Allow principals）中：请添加 %3（“在 AWS 上诊断…”可以添加），然后重新创建连接。</translation>
    </message>
    <message>
        <source>The Allow principals of endpoint service %1 could not be read with %2: %3</source>
        <translation>无法使用 %2 读取终端节点服务 %1 的允许的主体（Allow principals）：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 waits for your acceptance on endpoint service %2 (%3): accept it (Accept on AWS…) and the connection becomes ACTIVE.</source>
        <translation>TiDB Cloud 的终端节点 %1 正在等待您在终端节点服务 %2（%3）上接受：接受它（“在 AWS 上接受…”）后，连接将变为 ACTIVE。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 is %2 on endpoint service %3: nothing waits on you; TiDB Cloud will see it at its next check.</source>
        <translation>TiDB Cloud 的终端节点 %1 在终端节点服务 %3 上的状态为 %2：无需您操作；TiDB Cloud 会在下次检查时看到。</translation>
    </message>
    <message>
        <source>Endpoint service %1 has no request from TiDB Cloud&apos;s endpoint yet: nothing waits on you.</source>
        <translation>终端节点服务 %1 尚未收到来自 TiDB Cloud 终端节点的请求：无需您操作。</translation>
    </message>
    <message>
        <source>The requests of endpoint service %1 could not be read with %2: %3</source>
        <translation>无法使用 %2 读取终端节点服务 %1 的连接请求：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud has not named its endpoint and its account for this cluster is not known yet: which request on endpoint service %1 is TiDB Cloud&apos;s cannot be told.</source>
        <translation>TiDB Cloud 尚未给出其终端节点，且尚不知道此集群的 TiDB Cloud 账户：无法判断终端节点服务 %1 上哪个请求属于 TiDB Cloud。</translation>
    </message>
</context>
<context>
    <name>ChangeMessages</name>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Attaching the domains…</source>
        <translation>正在绑定域名…</translation>
    </message>
    <message>
        <source>Detaching the domains…</source>
        <translation>正在解绑域名…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>The connection was not created. %1</source>
        <translation>连接未创建。%1</translation>
    </message>
    <message>
        <source>The domains were not attached. %1</source>
        <translation>域名未绑定。%1</translation>
    </message>
    <message>
        <source>The domains were not detached. %1</source>
        <translation>域名未解绑。%1</translation>
    </message>
    <message>
        <source>The connection was not deleted. %1</source>
        <translation>连接未删除。%1</translation>
    </message>
    <message>
        <source>It is not known whether the connection was created: %1 Check Again looks for it in the cluster&apos;s list; nothing is sent again until the list shows it was not created.</source>
        <translation>无法确定连接是否已创建：%1 “再次检查”会在集群的连接列表中查找；在列表确认未创建之前，不会再次发送请求。</translation>
    </message>
    <message>
        <source>It is not known whether the domains were attached: %1 Check Again reads the connection; nothing is sent again until it shows they were not attached.</source>
        <translation>无法确定域名是否已绑定：%1 “再次检查”会读取该连接；在确认未绑定之前，不会再次发送请求。</translation>
    </message>
    <message>
        <source>It is not known whether the domains were detached: %1 Check Again reads the connection; nothing is sent again until it shows they were not detached.</source>
        <translation>无法确定域名是否已解绑：%1 “再次检查”会读取该连接；在确认未解绑之前，不会再次发送请求。</translation>
    </message>
    <message>
        <source>It is not known whether the connection is being deleted: %1 Check Again reads the connection; nothing is sent again until it shows the delete was not made.</source>
        <translation>无法确定连接是否正在删除：%1 “再次检查”会读取该连接；在确认未删除之前，不会再次发送请求。</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再次检查</translation>
    </message>
</context>
<context>
    <name>CommandLineDescription</name>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Show the version and the Qt version, and exit.</source>
        <translation>显示版本和 Qt 版本，然后退出。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Set up and run private link connections of TiDB Cloud clusters.</source>
        <translation>设置和管理 TiDB Cloud 集群的私有链路连接。</translation>
    </message>
    <message>
        <source>Wait for the first data load, save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>等待首次数据加载完成，将主窗口的 PNG 图片保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use this language: en, zh_CN or ja_JP.</source>
        <translation>使用此语言：en、zh_CN 或 ja_JP。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use one of: %2.</source>
        <translation>未知语言“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. See --help.</source>
        <translation>意外的参数“%1”。请参阅 --help。</translation>
    </message>
    <message>
        <source>Start on the saved profile &lt;name&gt;.</source>
        <translation>以已保存的配置文件 &lt;name&gt; 启动。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use the API at &lt;url&gt; with the key in TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY, saving nothing.</source>
        <translation>使用 TIDBCLOUD_PUBLIC_KEY 和 TIDBCLOUD_PRIVATE_KEY 中的密钥访问 &lt;url&gt; 上的 API，不保存任何内容。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--api-url needs the API key in TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY.</source>
        <translation>--api-url 需要在 TIDBCLOUD_PUBLIC_KEY 和 TIDBCLOUD_PRIVATE_KEY 中提供 API 密钥。</translation>
    </message>
    <message>
        <source>Use either --profile or --api-url, not both.</source>
        <translation>请只使用 --profile 或 --api-url 其中之一。</translation>
    </message>
    <message>
        <source>Print &quot;ready&quot; and exit once the first cluster&apos;s connections are shown (for start-up measurements and smoke tests).</source>
        <translation>显示第一个集群的私有链路连接后输出 &quot;ready&quot; 并退出（用于启动时间测量和冒烟测试）。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>The time limit of each step of --check-endpoint (default 5).</source>
        <translation>--check-endpoint 每个步骤的时间限制（默认 5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--check-timeout takes a number of seconds from 0.1 to 120.</source>
        <translation>--check-timeout 取 0.1 到 120 之间的秒数。</translation>
    </message>
    <message>
        <source>A desktop console for the private links between TiDB Cloud clusters and the rest of a cloud: it lists clusters, their private link connections for dataflow and attached domains, and creates, attaches, detaches and deletes them with guided wizards through the TiDB Cloud Serverless API. With the profile&apos;s AWS or Alibaba Cloud account it also checks and changes the provider&apos;s side of a link (the endpoint service&apos;s Allow principals or Service Whitelist, its zones, the connection request to accept).</source>
        <translation>用于管理 TiDB Cloud 集群与云上其他部分之间私有链路的桌面控制台：通过 TiDB Cloud Serverless API 列出集群、其用于数据流的私有链路连接和已挂载的域名，并通过向导创建、挂载、卸载和删除它们。使用配置文件的 AWS 或阿里云账号时，它还会检查并更改链路在云服务商一侧的设置（终端节点服务的允许的主体（Allow principals）或服务白名单、可用区、待接受的连接请求）。</translation>
    </message>
    <message>
        <source>Without a profile it runs on an embedded sandbox that emulates the API and the cloud provider&apos;s side, so everything can be tried offline. Profiles, keys and languages are chosen in the window; nothing is changed on a cloud account before the user confirms it.</source>
        <translation>没有配置文件时，它在内置沙盒上运行，沙盒模拟 API 和云服务商一侧，因此一切都可以离线试用。配置文件、密钥和语言在窗口中选择；在用户确认之前，不会更改任何云账号上的内容。</translation>
    </message>
    <message>
        <source>Check that the database at &lt;host:port&gt; answers (name resolution, TCP connection, MySQL greeting; no password needed), print what was found and exit: 0 when the database answered, 1 when not. Needs no display.</source>
        <translation>检查 &lt;host:port&gt; 上的数据库是否应答（名称解析、TCP 连接、MySQL 问候；无需密码），打印检查结果并退出：数据库应答时为 0，否则为 1。无需显示器。</translation>
    </message>
    <message>
        <source>The console was closed, --check-endpoint found the database answering, or --screenshot saved its file.</source>
        <translation>控制台已关闭，--check-endpoint 发现数据库在应答，或 --screenshot 已保存文件。</translation>
    </message>
    <message>
        <source>--check-endpoint found no database answering (the output says where it stopped and why), or the first load of --screenshot or --exit-when-ready failed, or the screenshot could not be saved.</source>
        <translation>--check-endpoint 未发现应答的数据库（输出说明在哪一步停止及原因），或 --screenshot 或 --exit-when-ready 的首次加载失败，或截图无法保存。</translation>
    </message>
    <message>
        <source>The arguments are not valid, or --profile names no saved profile.</source>
        <translation>参数无效，或 --profile 指定的配置文件不存在。</translation>
    </message>
    <message>
        <source>A TiDB Cloud API key pair. When both are set they take the place of the active profile&apos;s key (and --api-url needs them). Held in memory only.</source>
        <translation>TiDB Cloud API 密钥对。两者都设置时，它们取代当前配置文件的密钥（--api-url 需要它们）。仅保存在内存中。</translation>
    </message>
    <message>
        <source>The AWS CLI profile that a profile&apos;s default AWS credentials use (else &quot;default&quot;).</source>
        <translation>配置文件的默认 AWS 凭证所使用的 AWS CLI 配置（否则为 &quot;default&quot;）。</translation>
    </message>
    <message>
        <source>AWS credentials for the default AWS credentials, read as the AWS CLI reads them.</source>
        <translation>用于默认 AWS 凭证的 AWS 凭证，读取方式与 AWS CLI 相同。</translation>
    </message>
    <message>
        <source>The AWS region when the profile names none.</source>
        <translation>配置文件未指定区域时使用的 AWS 区域。</translation>
    </message>
    <message>
        <source>Where the AWS CLI&apos;s config and credentials files are (read, never written).</source>
        <translation>AWS CLI 的 config 和 credentials 文件的位置（只读，从不写入）。</translation>
    </message>
    <message>
        <source>Other EC2 and STS endpoints, as the AWS CLI honours them.</source>
        <translation>其他 EC2 和 STS 终端节点，与 AWS CLI 的处理方式相同。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud AccessKey for the default Alibaba Cloud credentials.</source>
        <translation>用于默认阿里云凭证的阿里云 AccessKey。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile to use (else the current one in ~/.aliyun/config.json).</source>
        <translation>要使用的 aliyun CLI 配置（否则为 ~/.aliyun/config.json 中的当前配置）。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud region when the profile names none.</source>
        <translation>配置文件未指定地域时使用的阿里云地域。</translation>
    </message>
    <message>
        <source>Another PrivateLink endpoint, as the aliyun CLI honours it (https, or http only to this computer).</source>
        <translation>其他 PrivateLink 终端节点，与 aliyun CLI 的处理方式相同（https，或仅对本机使用 http）。</translation>
    </message>
    <message>
        <source>&quot;offscreen&quot; runs --screenshot without a display.</source>
        <translation>&quot;offscreen&quot; 可在没有显示器时运行 --screenshot。</translation>
    </message>
    <message>
        <source>&quot;plc.api.requests.debug=true&quot; also writes the request log (never a key or a header value) to the debug log.</source>
        <translation>&quot;plc.api.requests.debug=true&quot; 还会将请求日志（从不包含密钥或请求头的值）写入调试日志。</translation>
    </message>
    <message>
        <source>Settings: profiles with their API URL and public key, the language, the window&apos;s layout. Never a private key: keys are in the keychain (the Secret Service) under the service &quot;privatelink-console&quot;.</source>
        <translation>设置：配置文件及其 API URL 和公钥、语言、窗口布局。从不包含私钥：密钥保存在密钥环（Secret Service）中，服务名为 &quot;privatelink-console&quot;。</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s profiles and keys (read, never written).</source>
        <translation>AWS CLI 的配置和密钥（只读，从不写入）。</translation>
    </message>
    <message>
        <source>The aliyun CLI&apos;s profiles (read, never written).</source>
        <translation>aliyun CLI 的配置（只读，从不写入）。</translation>
    </message>
    <message>
        <source>The ticloud CLI&apos;s profiles, read by Import from ticloud (never written).</source>
        <translation>ticloud CLI 的配置，由“从 ticloud 导入”读取（从不写入）。</translation>
    </message>
    <message>
        <source>Run the embedded sandbox on a generated fleet of &lt;clusters:connections&gt; (1 to 2000 clusters, 0 to 50000 connections), kept in a data file of its own and made anew at each start; the same numbers always give the same fleet, which then changes by itself every 20 seconds.</source>
        <translation>让内置沙盒运行在生成的集群群组上，规模为 &lt;clusters:connections&gt;（1 到 2000 个集群，0 到 50000 个连接），保存在单独的数据文件中，每次启动时重新生成；相同的数字总是生成相同的群组，之后它每 20 秒自行变化一次。</translation>
    </message>
    <message>
        <source>clusters:connections</source>
        <translation>clusters:connections</translation>
    </message>
    <message>
        <source>--fleet takes &lt;clusters:connections&gt;, such as 300:3000: from 1 to %1 clusters and from 0 to %2 connections, not “%3”.</source>
        <translation>--fleet 需要 &lt;clusters:connections&gt;，例如 300:3000：集群数为 1 到 %1，连接数为 0 到 %2，而不是“%3”。</translation>
    </message>
    <message>
        <source>The console&apos;s data: sandbox.sqlite, the embedded sandbox&apos;s; sandbox-fleet-C-N.sqlite, the embedded sandbox&apos;s with --fleet C:N, made anew at each start; fleet/, the fleet view&apos;s snapshots, one SQLite file per profile, readable by you only, holding only what the API returned.</source>
        <translation>控制台的数据：sandbox.sqlite 为内置沙盒的数据；sandbox-fleet-C-N.sqlite 为使用 --fleet C:N 时内置沙盒的数据，每次启动时重新生成；fleet/ 为全部连接视图的快照，每个配置文件一个 SQLite 文件，仅你可读，只保存 API 返回的内容。</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagram</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Private link connection</source>
        <translation>私有链路连接</translation>
    </message>
    <message>
        <source>Endpoint ID: %1</source>
        <translation>终端节点 ID：%1</translation>
    </message>
    <message>
        <source>Endpoint service</source>
        <translation>终端节点服务</translation>
    </message>
    <message>
        <source>Cross-region: %1</source>
        <translation>跨区域：%1</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>No availability zone in common with the cluster</source>
        <translation>与集群没有共同的可用区</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <translation>共同可用区：%1</translation>
    </message>
    <message>
        <source>Attached domains</source>
        <translation>已绑定的域名</translation>
    </message>
    <message>
        <source>No domains attached</source>
        <translation>未绑定域名</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Changefeeds</source>
        <translation>Changefeed</translation>
    </message>
    <message>
        <source>No changefeed runs through it</source>
        <translation>没有 Changefeed 经由此连接</translation>
    </message>
    <message>
        <source>%1 · port %2</source>
        <translation>%1 · 端口 %2</translation>
    </message>
</context>
<context>
    <name>ConnectionInput</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Enter a name for the private link connection.</source>
        <translation>请输入私有链路连接的名称。</translation>
    </message>
    <message>
        <source>This cluster already has a private link connection named “%1”; choose another name.</source>
        <translation>该集群已有名为“%1”的私有链路连接；请换一个名称。</translation>
    </message>
    <message>
        <source>This is an %1 endpoint service name, but the cluster runs on %2; expected a name that starts with %3.</source>
        <translation>这是 %1 的终端节点服务名称，但集群运行在 %2 上；名称应以 %3 开头。</translation>
    </message>
    <message>
        <source>The name is in the region %1, but the endpoint service region is %2; they must be the same.</source>
        <translation>名称中的地域为 %1，但终端节点服务地域为 %2；两者必须相同。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1 but the cluster is in %2. Use an endpoint service in %2, or enter %1 as the endpoint service region for a cross-region service.</source>
        <translation>终端节点服务位于 %1，而集群位于 %2。请使用 %2 中的终端节点服务；如果是跨地域服务，请将终端节点服务地域填写为 %1。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1 but the cluster is in %2; an Alibaba Cloud endpoint service must be in the cluster&apos;s region.</source>
        <translation>终端节点服务位于 %1，而集群位于 %2；阿里云终端节点服务必须与集群位于同一地域。</translation>
    </message>
    <message>
        <source>Enter an AWS region code such as us-west-2, or leave it empty when the endpoint service is in the cluster&apos;s region.</source>
        <translation>请输入 AWS 地域代码（例如 us-west-2）；如果终端节点服务与集群位于同一地域，请留空。</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s own region; leave the endpoint service region empty.</source>
        <translation>%1 就是集群所在的地域；请将终端节点服务地域留空。</translation>
    </message>
    <message>
        <source>A TiDB Cloud managed unique name is 26 lowercase letters a-z and digits 2-7; leave it empty to have one generated by the dry run.</source>
        <translation>TiDB Cloud 托管的唯一名称由 26 个小写字母 a-z 和数字 2-7 组成；留空则由预检（dry run）生成。</translation>
    </message>
    <message>
        <source>Enter the unique name, or paste the Confluent network&apos;s DNS subdomain above.</source>
        <translation>请输入唯一名称，或在上方粘贴 Confluent 网络的 DNS 子域名。</translation>
    </message>
    <message>
        <source>A Confluent unique name is the network ID and its AWS region, for example domnprzqrog.us-east-1.</source>
        <translation>Confluent 唯一名称由网络 ID 和其 AWS 地域组成，例如 domnprzqrog.us-east-1。</translation>
    </message>
    <message>
        <source>This is not a Confluent network DNS subdomain; expected, for example, use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud.</source>
        <translation>这不是 Confluent 网络的 DNS 子域名；应类似 use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud。</translation>
    </message>
    <message>
        <source>The Confluent Cloud network is in %1, but the cluster is in %2. Use a network in %2.</source>
        <translation>该 Confluent Cloud 网络位于 %1，但集群位于 %2。请使用 %2 中的网络。</translation>
    </message>
    <message>
        <source>The domains of %1 are already attached to this private link connection.</source>
        <translation>%1 的域名已绑定到此私有链路连接。</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>Modifying</source>
        <translation>修改中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>恢复运行中</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>BYOC</source>
        <translation>BYOC</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>待接受</translation>
    </message>
    <message>
        <source>AWS Endpoint Service</source>
        <translation>AWS 终端节点服务</translation>
    </message>
    <message>
        <source>Alibaba Cloud Endpoint Service</source>
        <translation>阿里云终端节点服务</translation>
    </message>
    <message>
        <source>TiDB Cloud Managed</source>
        <translation>TiDB Cloud 托管</translation>
    </message>
    <message>
        <source>Confluent Cloud</source>
        <translation>Confluent Cloud</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Create failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Running failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>Alibaba Cloud endpoint connection: waiting for the owner to allow it</comment>
        <translation>修改中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>断开连接中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>Alibaba Cloud endpoint connection: rejected or not connected</comment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Deleting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Service Deleted</source>
        <comment>Alibaba Cloud endpoint connection: its endpoint service is gone</comment>
        <translation>终端节点服务已删除</translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>Enter the host name or IP address of the endpoint.</source>
        <translation>请输入终端节点的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>主机不能包含空格。</translation>
    </message>
    <message>
        <source>The host contains a character that only looks like a letter, digit or dot. Type it again or copy it from the connection dialog.</source>
        <translation>主机中含有外形类似字母、数字或点的字符。请重新输入，或从连接对话框中复制。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name; expected a name such as gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com or an IP address.</source>
        <translation>“%1” 不是有效的主机名；应为 gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com 这样的名称或 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the port (4000 for TiDB Cloud, 6001 for MatrixOne Cloud).</source>
        <translation>请输入端口（TiDB Cloud 为 4000，MatrixOne Cloud 为 6001）。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; TiDB Cloud uses 4000, MatrixOne Cloud 6001.</source>
        <translation>端口必须是 1 到 65535 之间的数字；TiDB Cloud 使用 4000，MatrixOne Cloud 使用 6001。</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets followed by the port, for example [fd00::12]:4000.</source>
        <translation>IPv6 地址请写在方括号中并在后面加上端口，例如 [fd00::12]:4000。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>“%1” 不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>Add the port after a colon, for example %1:4000.</source>
        <translation>请在冒号后加上端口，例如 %1:4000。</translation>
    </message>
</context>
<context>
    <name>EndpointCheckText</name>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>%1 is this machine&apos;s loopback address; nothing to resolve.</source>
        <translation>%1 是本机的环回地址；无需解析。</translation>
    </message>
    <message>
        <source>%1 is a private IP address; nothing to resolve.</source>
        <translation>%1 是私有 IP 地址；无需解析。</translation>
    </message>
    <message>
        <source>%1 is a public IP address; a private endpoint has a private address in your VPC.</source>
        <translation>%1 是公网 IP 地址；私有终端节点在您的 VPC 中使用私有地址。</translation>
    </message>
    <message>
        <source>%1 does not resolve to any address.</source>
        <translation>%1 无法解析为任何地址。</translation>
    </message>
    <message>
        <source>No DNS answer for %1 within %2 s.</source>
        <translation>%2 秒内没有 %1 的 DNS 应答。</translation>
    </message>
    <message>
        <source>Resolving %1 was cancelled.</source>
        <translation>已取消解析 %1。</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>%1 resolved to %2, this machine&apos;s loopback address, in %3 ms.</source>
        <translation>%1 在 %3 毫秒内解析为 %2，即本机的环回地址。</translation>
    </message>
    <message>
        <source>%1 resolved to %2, private addresses, in %3 ms.</source>
        <translation>%1 在 %3 毫秒内解析为私有地址 %2。</translation>
    </message>
    <message>
        <source>%1 resolved to %2, which includes a public address: this answer did not come from your VPC&apos;s private DNS.</source>
        <translation>%1 解析为 %2，其中包含公网地址：此应答并非来自您 VPC 的私有 DNS。</translation>
    </message>
    <message>
        <source>Connecting was not tried.</source>
        <translation>未尝试连接。</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 拒绝了端口 %2 上的连接。</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 within %3 s.</source>
        <translation>%3 秒内 %1 的端口 %2 没有应答。</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this machine (%2).</source>
        <translation>从本机无法到达 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3.</source>
        <translation>无法连接到 %1 的端口 %2：%3。</translation>
    </message>
    <message>
        <source>Connected to %1 on port %2 in %3 ms.</source>
        <translation>已在 %3 毫秒内连接到 %1 的端口 %2。</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>正在连接 %1 的端口 %2…</translation>
    </message>
    <message>
        <source>Connect over TCP to port %1.</source>
        <translation>通过 TCP 连接到端口 %1。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered in %1 ms: %2, version %3. It offers TLS.</source>
        <translation>MySQL 协议服务器在 %1 毫秒内应答：%2，版本 %3。它提供 TLS。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered in %1 ms: %2, version %3. It does not offer TLS.</source>
        <translation>MySQL 协议服务器在 %1 毫秒内应答：%2，版本 %3。它不提供 TLS。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered, and refused this machine: error %1, “%2”.</source>
        <translation>MySQL 协议服务器已应答，但拒绝了本机：错误 %1，“%2”。</translation>
    </message>
    <message>
        <source>Connected, but nothing was said within %1 s.</source>
        <translation>已连接，但 %1 秒内没有收到任何数据。</translation>
    </message>
    <message>
        <source>The other end closed the connection without a greeting.</source>
        <translation>对端未发送问候就关闭了连接。</translation>
    </message>
    <message>
        <source>Something that is not a MySQL-protocol server answered: “%1”.</source>
        <translation>应答的不是 MySQL 协议服务器：“%1”。</translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s greeting…</source>
        <translation>正在等待数据库的问候…</translation>
    </message>
    <message>
        <source>The database&apos;s greeting was not read.</source>
        <translation>未读取数据库的问候。</translation>
    </message>
    <message>
        <source>Read the MySQL protocol&apos;s greeting (no password is sent).</source>
        <translation>读取 MySQL 协议的问候（不发送密码）。</translation>
    </message>
    <message>
        <source>The database answered at %1, on this machine (a loopback address).</source>
        <translation>%1 处的数据库已应答，位于本机（环回地址）。</translation>
    </message>
    <message>
        <source>The database answered at %1 over a private address: the private endpoint works from this machine.</source>
        <translation>%1 处的数据库通过私有地址应答：私有终端节点在本机可用。</translation>
    </message>
    <message>
        <source>The database answered at %1, but not over a private address: this connection does not go through a private endpoint.</source>
        <translation>%1 处的数据库已应答，但不是通过私有地址：此连接没有经过私有终端节点。</translation>
    </message>
    <message>
        <source>The database at %1 is reachable but refused this machine (error %2).</source>
        <translation>%1 处的数据库可以到达，但拒绝了本机（错误 %2）。</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>已取消对 %1 的检查。</translation>
    </message>
    <message>
        <source>The database at %1 did not answer.</source>
        <translation>%1 处的数据库没有应答。</translation>
    </message>
    <message>
        <source>The name does not resolve here. Most likely private DNS is off: on AWS, select Enable DNS name on the endpoint and turn on DNS hostnames and DNS resolution in the VPC; on Alibaba Cloud, add the hosts line (the endpoint&apos;s IP, then the name) to /etc/hosts. Run the check from a host inside the endpoint&apos;s VPC.</source>
        <translation>该名称在此处无法解析。最可能的原因是私有 DNS 未开启：在 AWS 上，请为终端节点选中“启用 DNS 名称”（Enable DNS name），并在 VPC 中开启 DNS 主机名和 DNS 解析；在阿里云上，请将 hosts 行（终端节点 IP，然后是名称）添加到 /etc/hosts 文件。请在终端节点所在 VPC 内的主机上运行检查。</translation>
    </message>
    <message>
        <source>No DNS server answered. Check this machine&apos;s DNS settings and try again.</source>
        <translation>没有 DNS 服务器应答。请检查本机的 DNS 设置后重试。</translation>
    </message>
    <message>
        <source>Nothing answered the connection. Most likely the endpoint&apos;s security group does not allow inbound TCP on port %1 from this host, or the endpoint has no subnet (vSwitch) in the service&apos;s availability zone. On AWS: VPC &gt; Endpoints &gt; Manage security groups.</source>
        <translation>连接没有得到任何应答。最可能的原因是终端节点的安全组不允许来自此主机的端口 %1 入站 TCP 访问，或终端节点在服务的可用区中没有子网（交换机）。在 AWS 上：VPC &gt; Endpoints &gt; Manage security groups（管理安全组）。</translation>
    </message>
    <message>
        <source>The address answered, but nothing listens on port %1: the port is most likely wrong. TiDB Cloud uses 4000, MatrixOne Cloud 6001; the connection dialog shows the port.</source>
        <translation>该地址有应答，但端口 %1 上没有服务监听：端口很可能有误。TiDB Cloud 使用 4000，MatrixOne Cloud 使用 6001；连接对话框中会显示端口。</translation>
    </message>
    <message>
        <source>There is no route from this machine to the endpoint. Run the check from a host in the endpoint&apos;s VPC, or in a network connected to it.</source>
        <translation>从本机到终端节点没有路由。请在终端节点所在 VPC 或与其相连的网络中的主机上运行检查。</translation>
    </message>
    <message>
        <source>Check the address and this machine&apos;s network connection, then try again.</source>
        <translation>请检查地址和本机的网络连接后重试。</translation>
    </message>
    <message>
        <source>Something accepted the connection and closed it at once, such as a load balancer with no database behind it or a service that expects TLS first. Check the host and the port.</source>
        <translation>有服务接受了连接并立即关闭，例如后面没有数据库的负载均衡器，或要求先进行 TLS 的服务。请检查主机和端口。</translation>
    </message>
    <message>
        <source>Something accepted the connection but said nothing. A MySQL-protocol database speaks first, so this is another kind of service or the wrong port.</source>
        <translation>有服务接受了连接，但没有发送任何数据。MySQL 协议的数据库会先发送问候，因此这是其他类型的服务，或端口有误。</translation>
    </message>
    <message>
        <source>A web server answered, not a database: the port is most likely wrong. Check it against the connection dialog.</source>
        <translation>应答的是 Web 服务器而不是数据库：端口很可能有误。请对照连接对话框检查。</translation>
    </message>
    <message>
        <source>Another kind of service answered, not a database: the port is most likely wrong. Check it against the connection dialog.</source>
        <translation>应答的是其他类型的服务而不是数据库：端口很可能有误。请对照连接对话框检查。</translation>
    </message>
    <message>
        <source>The network path works. The database itself does not accept connections from this machine: check the endpoint&apos;s authorized networks or the database&apos;s allowed hosts.</source>
        <translation>网络路径是通的。数据库本身不接受来自本机的连接：请检查终端节点的授权网络或数据库允许的主机。</translation>
    </message>
    <message>
        <source>In sandbox mode, %1 is endpoint %2, which the sandbox made. The sandbox stands in for your VPC&apos;s DNS: its database listens at %3, port %4.</source>
        <translation>在沙盒模式下，%1 是沙盒创建的终端节点 %2。沙盒代替你的 VPC 的 DNS：它的数据库监听 %3，端口 %4。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s database answered for %1 through endpoint %2: in sandbox mode, the endpoint works. With your own account, run this check from a machine in the endpoint&apos;s VPC.</source>
        <translation>沙盒的数据库通过终端节点 %2 为 %1 作出了应答：在沙盒模式下，该终端节点可用。使用你自己的账户时，请在终端节点所在 VPC 内的机器上运行此检查。</translation>
    </message>
</context>
<context>
    <name>EndpointCommands</name>
    <message>
        <source>MySQL CLI</source>
        <translation>MySQL CLI</translation>
    </message>
    <message>
        <source>MySQL Connector/J (JDBC URL)</source>
        <translation>MySQL Connector/J（JDBC URL）</translation>
    </message>
    <message>
        <source>Python (PyMySQL)</source>
        <translation>Python（PyMySQL）</translation>
    </message>
    <message>
        <source>Go (go-sql-driver/mysql)</source>
        <translation>Go（go-sql-driver/mysql）</translation>
    </message>
    <message>
        <source>Node.js (mysql2)</source>
        <translation>Node.js（mysql2）</translation>
    </message>
</context>
<context>
    <name>EndpointInput</name>
    <message>
        <source>It contains a character that only looks like a letter, digit or hyphen; type it again or copy it from the console.</source>
        <translation>其中含有外形类似字母、数字或连字符的字符；请重新输入，或从控制台复制。</translation>
    </message>
    <message>
        <source>Enter the ID of the VPC your application runs in, for example vpc-0a1b2c3d4e5f67890.</source>
        <translation>请输入应用程序所在 VPC 的 ID，例如 vpc-0a1b2c3d4e5f67890。</translation>
    </message>
    <message>
        <source>A VPC ID is vpc- followed by 8 or 17 hexadecimal digits (0-9, a-f), for example vpc-0a1b2c3d4e5f67890.</source>
        <translation>VPC ID 由 vpc- 加 8 或 17 位十六进制数字（0-9、a-f）组成，例如 vpc-0a1b2c3d4e5f67890。</translation>
    </message>
    <message>
        <source>Enter the subnet ID in the availability zone listed above, for example subnet-0123456789abcdef0.</source>
        <translation>请输入上面所列可用区中的子网 ID，例如 subnet-0123456789abcdef0。</translation>
    </message>
    <message>
        <source>“%1” is not a subnet ID; expected subnet- followed by 8 or 17 hexadecimal digits, for example subnet-0123456789abcdef0.</source>
        <translation>“%1” 不是子网 ID；应为 subnet- 加 8 或 17 位十六进制数字，例如 subnet-0123456789abcdef0。</translation>
    </message>
    <message>
        <source>A subnet is listed twice; list each subnet once.</source>
        <translation>有子网重复列出；每个子网只列一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) entered, but the service is in only %1 zone(s); an endpoint takes one subnet per availability zone.</source>
        <translation>
            <numerusform>已输入 %n 个子网，但该服务只在 %1 个可用区中；终端节点在每个可用区只使用一个子网。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a security group ID; expected sg- followed by 8 or 17 hexadecimal digits, for example sg-0f1e2d3c4b5a69788.</source>
        <translation>“%1” 不是安全组 ID；应为 sg- 加 8 或 17 位十六进制数字，例如 sg-0f1e2d3c4b5a69788。</translation>
    </message>
    <message>
        <source>A security group is listed twice; list each one once.</source>
        <translation>有安全组重复列出；每个只列一次。</translation>
    </message>
    <message>
        <source>An endpoint takes at most %1 security groups.</source>
        <translation>一个终端节点最多使用 %1 个安全组。</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s IP address from the Zones and Network Interfaces tab, for example 172.16.0.12.</source>
        <translation>请输入“可用区与网卡”选项卡中的终端节点 IP，例如 172.16.0.12。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address; expected four numbers from 0 to 255 separated by dots, for example 172.16.0.12.</source>
        <translation>“%1” 不是 IPv4 地址；应为用点分隔的四个 0 到 255 之间的数字，例如 172.16.0.12。</translation>
    </message>
    <message>
        <source>%1 is not a private address. The endpoint&apos;s IP is in your vSwitch&apos;s range, usually 10.x, 172.16-31.x or 192.168.x; check that you copied the endpoint&apos;s address.</source>
        <translation>%1 不是私有地址。终端节点 IP 位于您交换机的网段内，通常为 10.x、172.16-31.x 或 192.168.x；请确认复制的是终端节点的地址。</translation>
    </message>
    <message>
        <source>Enter a name for this target, for example “MatrixOne orders”.</source>
        <translation>请为此目标输入名称，例如“MatrixOne orders”。</translation>
    </message>
    <message>
        <source>A target named “%1” is already saved; choose another name.</source>
        <translation>已保存名为“%1”的目标；请选择其他名称。</translation>
    </message>
    <message>
        <source>This is an AWS service name; an Alibaba Cloud service name starts with com.aliyuncs.privatelink.</source>
        <translation>这是 AWS 的服务名称；阿里云的服务名称以 com.aliyuncs.privatelink. 开头。</translation>
    </message>
    <message>
        <source>This is an Alibaba Cloud service name; an AWS service name starts with com.amazonaws.vpce.</source>
        <translation>这是阿里云的服务名称；AWS 的服务名称以 com.amazonaws.vpce. 开头。</translation>
    </message>
    <message>
        <source>Enter the Region ID, for example cn-hangzhou or us-east-1.</source>
        <translation>请输入区域 ID，例如 cn-hangzhou 或 us-east-1。</translation>
    </message>
    <message>
        <source>“%1” is not a region ID; expected, for example, cn-hangzhou or us-east-1.</source>
        <translation>“%1” 不是区域 ID；应为 cn-hangzhou 或 us-east-1 这样的值。</translation>
    </message>
    <message>
        <source>The service name is in %1, so the Region ID is %1 too.</source>
        <translation>服务名称位于 %1，因此区域 ID 也是 %1。</translation>
    </message>
    <message>
        <source>Enter the zone ID shown with the service name, for example cn-hangzhou-j.</source>
        <translation>请输入与服务名称一起显示的可用区 ID，例如 cn-hangzhou-j。</translation>
    </message>
    <message>
        <source>Enter the availability zone ID shown with the service name, for example use1-az1.</source>
        <translation>请输入与服务名称一起显示的可用区 ID，例如 use1-az1。</translation>
    </message>
    <message>
        <source>“%1” is not an AWS availability zone ID; expected, for example, use1-az1.</source>
        <translation>“%1” 不是 AWS 可用区 ID；应为 use1-az1 这样的值。</translation>
    </message>
    <message>
        <source>“%1” is not an Alibaba Cloud zone ID; expected, for example, cn-hangzhou-j.</source>
        <translation>“%1” 不是阿里云可用区 ID；应为 cn-hangzhou-j 这样的值。</translation>
    </message>
    <message>
        <source>The zone %1 is not in the region %2; its ID starts with %2-.</source>
        <translation>可用区 %1 不在区域 %2 中；该区域的可用区 ID 以 %2- 开头。</translation>
    </message>
    <message>
        <source>Enter the database user; for MatrixOne Cloud it is account:admin:role, for example acme:admin:accountadmin.</source>
        <translation>请输入数据库用户；MatrixOne Cloud 的用户格式为 account:admin:role，例如 acme:admin:accountadmin。</translation>
    </message>
    <message>
        <source>A MatrixOne Cloud user has three parts, account:admin:role, for example acme:admin:accountadmin.</source>
        <translation>MatrixOne Cloud 用户由三部分组成：account:admin:role，例如 acme:admin:accountadmin。</translation>
    </message>
    <message>
        <source>The user can contain letters, digits and . _ - @ % + but no spaces or quotes.</source>
        <translation>用户可以包含字母、数字以及 . _ - @ % +，但不能包含空格或引号。</translation>
    </message>
</context>
<context>
    <name>EndpointServiceName</name>
    <message>
        <source>Enter the endpoint service name.</source>
        <translation>请输入终端节点服务名称。</translation>
    </message>
    <message>
        <source>The endpoint service name cannot contain spaces.</source>
        <translation>终端节点服务名称不能包含空格。</translation>
    </message>
    <message>
        <source>The endpoint service name contains a character that only looks like a letter, digit or dot. Type it again or copy it from the provider&apos;s console.</source>
        <translation>终端节点服务名称中含有看似字母、数字或点、实则不是的字符。请重新输入，或从云服务商的控制台中复制。</translation>
    </message>
    <message>
        <source>An endpoint service name starts with com.amazonaws.vpce. (AWS) or com.aliyuncs.privatelink. (Alibaba Cloud).</source>
        <translation>终端节点服务名称以 com.amazonaws.vpce.（AWS）或 com.aliyuncs.privatelink.（阿里云）开头。</translation>
    </message>
    <message>
        <source>The region part of the name is not valid; expected, for example, com.amazonaws.vpce.us-east-1.… or com.aliyuncs.privatelink.cn-hangzhou.…</source>
        <translation>名称中的区域部分无效；应为例如 com.amazonaws.vpce.us-east-1.… 或 com.aliyuncs.privatelink.cn-hangzhou.…</translation>
    </message>
    <message>
        <source>An Alibaba Cloud endpoint service name ends with epsrv- and 17 lowercase letters or digits.</source>
        <translation>阿里云终端节点服务名称以 epsrv- 加 17 个小写字母或数字结尾。</translation>
    </message>
    <message>
        <source>An AWS endpoint service name ends with vpce-svc- and 17 hexadecimal digits (0-9, a-f).</source>
        <translation>AWS 终端节点服务名称以 vpce-svc- 加 17 位十六进制数字（0-9、a-f）结尾。</translation>
    </message>
</context>
<context>
    <name>FleetAttention</name>
    <message>
        <source>The connection failed and TiDB Cloud gave no reason: check the endpoint service, then delete the connection and create it again.</source>
        <translation>连接失败，TiDB Cloud 未给出原因：请检查终端节点服务，然后删除该连接并重新创建。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Waiting for the endpoint service&apos;s owner to accept TiDB Cloud&apos;s request; nothing flows through it until then.</source>
        <translation>正在等待终端节点服务的所有者接受 TiDB Cloud 的请求；在此之前，没有数据经过该连接。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting for %n minute(s); a deletion usually ends within a few minutes.</source>
        <translation>
            <numerusform>已删除 %n 分钟；删除通常在几分钟内完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1.</source>
        <translation>
            <numerusform>经过此连接的 %n 个 changefeed 失败：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1 (%2).</source>
        <translation>
            <numerusform>经过此连接的 %n 个 changefeed 失败：%1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection in warning: %1.</source>
        <translation>
            <numerusform>经过此连接的 %n 个 changefeed 处于警告状态：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed.</source>
        <translation>
            <numerusform>%n 个已绑定的域名失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed: %1</source>
        <translation>
            <numerusform>%n 个已绑定的域名失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Changefeed failed</source>
        <translation>Changefeed 失败</translation>
    </message>
    <message>
        <source>Waiting for acceptance</source>
        <translation>等待接受</translation>
    </message>
    <message>
        <source>Domains failed</source>
        <translation>域名失败</translation>
    </message>
    <message>
        <source>Changefeed warning</source>
        <translation>Changefeed 警告</translation>
    </message>
    <message>
        <source>Deleting for long</source>
        <translation>删除时间过长</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（另有 %2 项）</translation>
    </message>
    <message>
        <source>TiDB Cloud not allowed</source>
        <translation>TiDB Cloud 未被允许</translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation>等待您处理</translation>
    </message>
</context>
<context>
    <name>FleetChange</name>
    <message>
        <source>%1 on %2 (profile %3)</source>
        <translation>%2 上的 %1（配置文件 %3）</translation>
    </message>
    <message>
        <source>%1: new, %2.</source>
        <translation>%1：新增，%2。</translation>
    </message>
    <message>
        <source>%1: no longer listed.</source>
        <translation>%1：已不在列表中。</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1：%2 → %3。</translation>
    </message>
    <message>
        <source>%1: changefeed %2 is %3.</source>
        <translation>%1：changefeed %2 为 %3。</translation>
    </message>
    <message>
        <source>%1: changefeed %2 is %3: %4</source>
        <translation>%1：changefeed %2 为 %3：%4</translation>
    </message>
    <message>
        <source>%1: its domains finished attaching or detaching.</source>
        <translation>%1：其域名已完成绑定或解绑。</translation>
    </message>
</context>
<context>
    <name>FleetReader</name>
    <message>
        <source>Profile %1: the fleet cannot be read with its API key: %2</source>
        <translation>配置文件 %1：无法用其 API 密钥读取全部连接：%2</translation>
    </message>
    <message>
        <source>Profile %1: TiDB Cloud is limiting this API key&apos;s requests; the fleet goes on reading at %2, and your own actions keep their share.</source>
        <translation>配置文件 %1：TiDB Cloud 正在限制此 API 密钥的请求；全部连接视图将于 %2 继续读取，你自己的操作仍保有其份额。</translation>
    </message>
    <message>
        <source>Profile %1: the cluster list could not be read: %2 It is read again at the next pass.</source>
        <translation>配置文件 %1：无法读取集群列表：%2 下一轮读取时会再次读取。</translation>
    </message>
</context>
<context>
    <name>FleetSnapshotStore</name>
    <message>
        <source>The fleet snapshot of profile %1 %2; it was set aside as %3 and is being made again from the API.</source>
        <translation>配置文件 %1 的全部连接快照%2；它已被另存为 %3，正在从 API 重新生成。</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>was written by another version of the console (format %1)</source>
        <translation>由另一版本的控制台写入（格式 %1）</translation>
    </message>
    <message>
        <source>belonged to another profile</source>
        <translation>属于另一个配置文件</translation>
    </message>
    <message>
        <source>The fleet snapshot of profile %1 could not be written (%2); the fleet is shown, but it will not be there at the next start.</source>
        <translation>无法写入配置文件 %1 的全部连接快照（%2）；全部连接仍会显示，但下次启动时不会保留。</translation>
    </message>
    <message>
        <source>was larger than a snapshot can be</source>
        <translation>超出了快照可能的大小</translation>
    </message>
    <message>
        <source>was of the account the profile named before (another API or key)</source>
        <translation>属于该配置文件之前所指的账户（另一个 API 或密钥）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Filter by name, ID, provider, region or state</source>
        <translation>按名称、ID、云服务商、区域或状态筛选</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>筛选集群</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the clusters again from the API</source>
        <translation>从 API 重新加载集群</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Private Link Console</source>
        <translation>关于私有链路控制台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointTarget</name>
    <message>
        <source>The API gives no private endpoint for %1 (only clusters on AWS and Alibaba Cloud have one); once the cluster is Active it usually does.</source>
        <translation>API 没有为 %1 提供私有终端节点（只有 AWS 和阿里云上的集群才有）；集群处于活跃状态后通常会提供。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>The profile name cannot start or end with a space.</source>
        <translation>配置文件名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The profile name can have at most %1 characters.</source>
        <translation>配置文件名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>“%1” is the built-in sandbox profile; choose another name.</source>
        <translation>“%1”是内置的沙盒配置文件，请使用其他名称。</translation>
    </message>
    <message>
        <source>The profile name cannot contain “/”, “\” or control characters.</source>
        <translation>配置文件名称不能包含“/”、“\”或控制字符。</translation>
    </message>
    <message>
        <source>Enter the API URL, for example %1.</source>
        <translation>请输入 API URL，例如 %1。</translation>
    </message>
    <message>
        <source>This is not a valid URL; expected, for example, %1.</source>
        <translation>这不是有效的 URL；应为例如 %1。</translation>
    </message>
    <message>
        <source>The API URL must start with https:// (http:// is allowed only for this computer, such as a local sandbox).</source>
        <translation>API URL 必须以 https:// 开头（仅本机地址（如本地沙盒）允许使用 http://）。</translation>
    </message>
    <message>
        <source>The API URL cannot contain a user name, a query or a fragment.</source>
        <translation>API URL 不能包含用户名、查询参数或片段。</translation>
    </message>
    <message>
        <source>Enter the public key of the API key.</source>
        <translation>请输入 API 密钥的公钥。</translation>
    </message>
    <message>
        <source>The public key is too long; copy it again from the TiDB Cloud console.</source>
        <translation>公钥过长，请从 TiDB Cloud 控制台重新复制。</translation>
    </message>
    <message>
        <source>The public key can contain only letters, digits and punctuation, without spaces.</source>
        <translation>公钥只能包含字母、数字和标点符号，不能有空格。</translation>
    </message>
    <message>
        <source>Enter the private key of the API key.</source>
        <translation>请输入 API 密钥的私钥。</translation>
    </message>
    <message>
        <source>The private key is too long; copy it again from the TiDB Cloud console.</source>
        <translation>私钥过长，请从 TiDB Cloud 控制台重新复制。</translation>
    </message>
    <message>
        <source>The private key can contain only letters, digits and punctuation, without spaces.</source>
        <translation>私钥只能包含字母、数字和标点符号，不能有空格。</translation>
    </message>
</context>
<context>
    <name>ProviderSide</name>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Another account&apos;s service</source>
        <translation>其他账户的服务</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account not allowed</source>
        <translation>TiDB Cloud 的账户未被允许</translation>
    </message>
    <message>
        <source>Nothing waits on you</source>
        <translation>无需您操作</translation>
    </message>
    <message>
        <source>No account with this cloud</source>
        <translation>未选择该云服务商的账户</translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation>等待您处理</translation>
    </message>
</context>
<context>
    <name>ProviderUis</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>Joins the names of cloud providers: &quot;AWS, Azure or Alibaba Cloud&quot;.</extracomment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RuleSentences</name>
    <message>
        <source>Select a cluster first.</source>
        <translation>请先选择一个集群。</translation>
    </message>
    <message>
        <source>Private link connections for dataflow are available for clusters on AWS and Alibaba Cloud; %1 is on %2.</source>
        <translation>数据流的私有链路连接仅适用于 AWS 和阿里云上的集群；%1 位于 %2。</translation>
    </message>
    <message>
        <source>The cluster is %1; private link connections can be created only while it is Active.</source>
        <translation>该集群当前为“%1”；只有在集群为“活跃”时才能创建私有链路连接。</translation>
    </message>
    <message>
        <source>Confluent Cloud Dedicated clusters are reached through an AWS endpoint service; %1 is on %2.</source>
        <translation>Confluent Cloud Dedicated 集群需通过 AWS 终端节点服务访问；%1 位于 %2。</translation>
    </message>
    <message>
        <source>Select a private link connection first.</source>
        <translation>请先选择一个私有链路连接。</translation>
    </message>
    <message>
        <source>Domains can be attached only to an Active private link connection; this one is %1.</source>
        <translation>只能将域名绑定到“活跃”的私有链路连接；该连接当前为“%1”。</translation>
    </message>
    <message>
        <source>The console does not know this connection type: %1.</source>
        <translation>控制台无法识别此连接类型：%1。</translation>
    </message>
    <message>
        <source>The private link connection is being deleted.</source>
        <translation>该私有链路连接正在删除。</translation>
    </message>
    <message>
        <source>The private link connection is already being deleted.</source>
        <translation>该私有链路连接已在删除中。</translation>
    </message>
    <message>
        <source>The attached domains are still loading.</source>
        <translation>已绑定的域名仍在加载。</translation>
    </message>
    <message>
        <source>No domains are attached to this private link connection.</source>
        <translation>此私有链路连接没有绑定任何域名。</translation>
    </message>
    <message>
        <source>The endpoint service name cannot be read: %1</source>
        <translation>无法读取终端节点服务名称：%1</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account</source>
        <translation>TiDB Cloud 的账户</translation>
    </message>
    <message>
        <source>Next step: in the AWS console, open the detail page of the endpoint service %1, go to the Endpoint Connections tab and accept the endpoint connection request from TiDB Cloud (endpoint %2, account %3).</source>
        <translation>下一步：在 AWS 控制台中打开终端节点服务 %1 的终端节点服务详情页，进入“终端节点连接（Endpoint Connections）”选项卡，接受来自 TiDB Cloud 的终端节点连接请求（终端节点 %2，账户 %3）。</translation>
    </message>
    <message>
        <source>Next step: in the Alibaba Cloud console, open the detail page of the endpoint service %1, go to the Endpoint Connections tab and allow the endpoint connection request from TiDB Cloud (endpoint %2, account %3).</source>
        <translation>下一步：在阿里云控制台中打开终端节点服务 %1 的终端节点服务详情页，进入“终端节点连接（Endpoint Connections）”选项卡，允许来自 TiDB Cloud 的终端节点连接请求（终端节点 %2，账户 %3）。</translation>
    </message>
    <message>
        <source>Most likely TiDB Cloud&apos;s account ID is not in the endpoint service&apos;s Allow principals list (AWS) or Service Whitelist (Alibaba Cloud). Add it, then create the connection again.</source>
        <translation>最可能的原因是 TiDB Cloud 的账户 ID 不在终端节点服务的允许的主体（Allow principals，AWS）或服务白名单（阿里云）中。请添加后重新创建连接。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service has no availability zone in common with the cluster. Add a load balancer subnet in one of the cluster&apos;s zones, then create the connection again.</source>
        <translation>最可能的原因是终端节点服务与集群没有共同的可用区。请在集群的某个可用区中为负载均衡器添加子网，然后重新创建连接。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service name is wrong or the service was deleted. Copy the name again from the provider&apos;s console.</source>
        <translation>最可能的原因是终端节点服务名称有误或该服务已被删除。请从云服务商控制台重新复制名称。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service is in another region than the cluster. Use a service in the cluster&apos;s region, or give its region for a cross-region AWS service.</source>
        <translation>最可能的原因是终端节点服务与集群位于不同地域。请使用集群所在地域的服务；如果是跨地域的 AWS 服务，请指定其地域。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>未提供原因</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TerraformCopy</name>
    <message>
        <source>The endpoint is gone: there is nothing to write.</source>
        <translation>该终端节点已不存在：没有可生成的内容。</translation>
    </message>
    <message>
        <source>The endpoint could not be read, so nothing was copied: %1</source>
        <translation>无法读取该终端节点，因此未复制任何内容：%1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs or line breaks.</source>
        <translation>名称不能包含制表符、换行符等控制字符。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
</context>
<context>
    <name>TicloudConfigImporter</name>
    <message>
        <source>There is no ticloud configuration at %1.</source>
        <translation>%1 处没有 ticloud 配置。</translation>
    </message>
    <message>
        <source>The ticloud configuration %1 cannot be read: %2</source>
        <translation>无法读取 ticloud 配置 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a ticloud configuration.</source>
        <translation>%1 过大，不是 ticloud 配置文件。</translation>
    </message>
    <message>
        <source>The ticloud configuration is not valid TOML (line %1, column %2): %3</source>
        <translation>ticloud 配置不是有效的 TOML（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>The ticloud configuration has no profiles.</source>
        <translation>ticloud 配置中没有配置文件。</translation>
    </message>
</context>
<context>
    <name>TicloudImport</name>
    <message>
        <source>%1 (exists already)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
    <message>
        <source>Import Private Keys</source>
        <translation>导入私钥</translation>
    </message>
    <message numerus="yes">
        <source>config.toml also holds the private keys of %n profile(s). Move them into the keychain? The file itself is not changed.</source>
        <translation>
            <numerusform>config.toml 中还包含 %n 个配置文件的私钥。要将其移入密钥环吗？该文件本身不会被修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
</context>
<context>
    <name>plc::AboutDialog</name>
    <message>
        <source>About Private Link Console</source>
        <translation>关于私有链路控制台</translation>
    </message>
    <message>
        <source>Private Link Console</source>
        <translation>私有链路控制台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Set up and run the private link connections of TiDB Cloud clusters, and the cloud provider&apos;s side of each link.</source>
        <translation>设置和管理 TiDB Cloud 集群的私有链路连接，以及每条链路在云服务商一侧的设置。</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <translation>依据 &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt; 授权。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Talking to the embedded sandbox at %1: nothing leaves this computer.</source>
        <translation>正在与位于 %1 的内置沙盒通信：没有任何数据离开本机。</translation>
    </message>
    <message>
        <source>Not talking to any API yet.</source>
        <translation>尚未与任何 API 通信。</translation>
    </message>
    <message>
        <source>Talking to the API at %1.</source>
        <translation>正在与位于 %1 的 API 通信。</translation>
    </message>
    <message>
        <source>Talking to the API at %1 with the profile “%2”.</source>
        <translation>正在使用配置文件“%2”与位于 %1 的 API 通信。</translation>
    </message>
</context>
<context>
    <name>plc::AccountZonesBar</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the account ID</source>
        <translation>复制账户 ID</translation>
    </message>
    <message>
        <source>Copy the availability zones</source>
        <translation>复制可用区</translation>
    </message>
    <message>
        <source>TiDB Cloud account ID: %1</source>
        <translation>TiDB Cloud 账户 ID：%1</translation>
    </message>
    <message>
        <source>Availability zones: %1</source>
        <translation>可用区：%1</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaAccount</name>
    <message>
        <source>the AccessKey kept in the keychain</source>
        <translation>密钥环中保存的 AccessKey</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey of this profile is not in the keychain: enter it in the profile dialog.</source>
        <translation>此配置文件的阿里云 AccessKey 不在密钥环中：请在配置文件对话框中输入。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>An AccessKey ID is 16 to 128 letters and digits, such as LTAI5tExampleKeyId1234.</source>
        <translation>AccessKey ID 由 16 到 128 个字母和数字组成，例如 LTAI5tExampleKeyId1234。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>An AccessKey secret is up to 128 printable characters without spaces.</source>
        <translation>AccessKey Secret 最多 128 个可打印字符，不含空格。</translation>
    </message>
    <message>
        <source>the sandbox&apos;s Alibaba Cloud account</source>
        <translation>沙盒的阿里云账号</translation>
    </message>
    <message>
        <source>no Alibaba Cloud account</source>
        <translation>无阿里云账号</translation>
    </message>
    <message>
        <source>aliyun CLI profile %1</source>
        <translation>aliyun CLI 配置 %1</translation>
    </message>
    <message>
        <source>the aliyun CLI&apos;s current profile</source>
        <translation>aliyun CLI 的当前配置</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey of this profile is being read from the keychain.</source>
        <translation>正在从密钥环读取此配置文件的阿里云 AccessKey。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey kept in the keychain for this profile is unreadable: enter it again in the profile dialog.</source>
        <translation>密钥环中为此配置文件保存的阿里云 AccessKey 无法读取：请在配置文件对话框中重新输入。</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1</source>
        <translation>阿里云配置文件 %1</translation>
    </message>
    <message>
        <source>RAM role %1 (%2)</source>
        <translation>RAM 角色 %1（%2）</translation>
    </message>
    <message>
        <source>%1 in Alibaba Cloud account %2 (%3)</source>
        <translation>阿里云账户 %2 中的 %1（%3）</translation>
    </message>
    <message>
        <source>These keys last until %1, and are renewed by themselves before then.</source>
        <translation>这些密钥有效至 %1，到期前会自动续期。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaAccountEditor</name>
    <message>
        <source>Verify Alibaba Clou&amp;d</source>
        <translation>验证阿里云(&amp;D)</translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <translation>阿里云账号</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey ID</source>
        <translation>阿里云 AccessKey ID</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey secret</source>
        <translation>阿里云 AccessKey Secret</translation>
    </message>
    <message>
        <source>AccessKey ID (LTAI…)</source>
        <translation>AccessKey ID（LTAI…）</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new AccessKey to replace it</source>
        <translation>已保存在密钥环中；输入新的 AccessKey 可替换</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>With an Alibaba Cloud account, the console checks the endpoint service, adds TiDB Cloud&apos;s account to its Service Whitelist and allows endpoint connection requests for you. Keys stay in ~/.aliyun/config.json or the environment.</source>
        <translation>有了阿里云账号，控制台会为您检查终端节点服务，将 TiDB Cloud 的账号加入其服务白名单，并允许终端节点连接请求。密钥仍保存在 ~/.aliyun/config.json 或环境变量中。</translation>
    </message>
    <message>
        <source>The sandbox has an Alibaba Cloud account of its own, with an AccessKey made for each start.</source>
        <translation>沙盒有自己的阿里云账号，每次启动时生成一个 AccessKey。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s Alibaba Cloud account</source>
        <translation>沙盒的阿里云账号</translation>
    </message>
    <message>
        <source>None: check the Alibaba Cloud side by hand</source>
        <translation>无：手动检查阿里云一侧</translation>
    </message>
    <message>
        <source>Default credentials (environment, current aliyun CLI profile)</source>
        <translation>默认凭证（环境变量、aliyun CLI 当前配置）</translation>
    </message>
    <message>
        <source>An AccessKey kept in the keychain</source>
        <translation>密钥环中保存的 AccessKey</translation>
    </message>
    <message>
        <source>aliyun CLI profile %1</source>
        <translation>aliyun CLI 配置 %1</translation>
    </message>
    <message>
        <source>Type the AccessKey to verify it.</source>
        <translation>请输入 AccessKey 后再验证。</translation>
    </message>
    <message>
        <source>Asking Alibaba Cloud who these credentials are…</source>
        <translation>正在向阿里云查询这些凭证属于谁…</translation>
    </message>
    <message>
        <source>✓ Alibaba Cloud account %1, as %2 (%3).</source>
        <translation>✓ 阿里云账号 %1，身份 %2（%3）。</translation>
    </message>
    <message>
        <source>Alibaba &amp;Cloud account:</source>
        <translation>阿里云账号(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaChecksPage</name>
    <message>
        <source>Add TiDB Cloud&apos;s Account to the Service &amp;Whitelist…</source>
        <translation>将 TiDB Cloud 的账号添加到服务白名单(&amp;W)…</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands</source>
        <translation>等效的 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>Check the Alibaba Cloud side</source>
        <translation>检查阿里云侧</translation>
    </message>
    <message>
        <source>Read on Alibaba Cloud with %1. Nothing changes on Alibaba Cloud unless you choose it.</source>
        <translation>使用 %1 在阿里云上读取。除非您选择，否则不会更改阿里云上的任何内容。</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands:</source>
        <translation>等效的 aliyun CLI 命令：</translation>
    </message>
    <message>
        <source>Checking endpoint service %1 on Alibaba Cloud…</source>
        <translation>正在阿里云上检查终端节点服务 %1…</translation>
    </message>
    <message>
        <source>The Alibaba Cloud side is ready for TiDB Cloud to connect.</source>
        <translation>阿里云侧已就绪，TiDB Cloud 可以连接。</translation>
    </message>
    <message>
        <source>Change the Alibaba Cloud account?</source>
        <translation>要更改阿里云账号吗？</translation>
    </message>
    <message>
        <source>Add Alibaba Cloud account %1 (TiDB Cloud&apos;s) to the Service Whitelist of endpoint service %2 in %3?</source>
        <translation>将阿里云账号 %1（TiDB Cloud 的账号）添加到 %3 中终端节点服务 %2 的服务白名单吗？</translation>
    </message>
    <message>
        <source>This changes %1: TiDB Cloud&apos;s account may then connect to the service. The same change with the aliyun CLI:
%2</source>
        <translation>这会更改 %1：之后 TiDB Cloud 的账号即可连接该服务。使用 aliyun CLI 进行相同更改：
%2</translation>
    </message>
    <message>
        <source>&amp;Add to Service Whitelist</source>
        <translation>添加到服务白名单(&amp;A)</translation>
    </message>
    <message>
        <source>Adding TiDB Cloud&apos;s account to the Service Whitelist…</source>
        <translation>正在将 TiDB Cloud 的账号添加到服务白名单…</translation>
    </message>
    <message>
        <source>It is not known whether the account was added: %1 Choose Add again to find out; it is not sent twice.</source>
        <translation>不确定账号是否已添加：%1 请再次选择“添加”以确认；请求不会重复发送。</translation>
    </message>
    <message>
        <source>The account was not added to the Service Whitelist: %1</source>
        <translation>账号未添加到服务白名单：%1</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaDecisionDialog</name>
    <message>
        <source>Equivalent aliyun CLI command</source>
        <translation>等效的 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>Allow on Alibaba Cloud</source>
        <translation>在阿里云上允许</translation>
    </message>
    <message>
        <source>Reject on Alibaba Cloud</source>
        <translation>在阿里云上拒绝</translation>
    </message>
    <message>
        <source>Allow the endpoint connection request of connection %1 to endpoint service %2 (%3), with %4.</source>
        <translation>使用 %4 允许连接 %1 到终端节点服务 %2（%3）的终端节点连接请求。</translation>
    </message>
    <message>
        <source>Reject the endpoint connection request of connection %1 to endpoint service %2 (%3), with %4. TiDB Cloud then shows the connection as Failed; it has to be deleted and created again to connect later.</source>
        <translation>使用 %4 拒绝连接 %1 到终端节点服务 %2（%3）的终端节点连接请求。之后 TiDB Cloud 会将该连接显示为失败；以后要连接，必须删除后重新创建。</translation>
    </message>
    <message>
        <source>&amp;Allow Request</source>
        <translation>允许请求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject Request…</source>
        <translation>拒绝请求(&amp;R)…</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI command:</source>
        <translation>等效的 aliyun CLI 命令：</translation>
    </message>
    <message>
        <source>Looking for the request of endpoint %1 on Alibaba Cloud…</source>
        <translation>正在阿里云上查找终端节点 %1 的请求…</translation>
    </message>
    <message>
        <source>Alibaba Cloud shows no request from endpoint %1 on service %2 in this account. Check that the Alibaba Cloud account is the service&apos;s owner.</source>
        <translation>在此账号中，阿里云未显示终端节点 %1 对服务 %2 的请求。请确认该阿里云账号是服务的所有者。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Request from endpoint %1 of Alibaba Cloud account %2, zones %3. Status on Alibaba Cloud: %4.</source>
        <translation>来自阿里云账号 %2 的终端节点 %1 的请求，可用区 %3。阿里云上的状态：%4。</translation>
    </message>
    <message>
        <source>There is nothing to decide: the request is %1 on Alibaba Cloud.</source>
        <translation>无需决定：该请求在阿里云上的状态为“%1”。</translation>
    </message>
    <message>
        <source>Reject the request?</source>
        <translation>要拒绝该请求吗？</translation>
    </message>
    <message>
        <source>Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and it cannot be allowed afterwards.</source>
        <translation>要拒绝终端节点 %1 的请求吗？TiDB Cloud 会将连接 %2 显示为失败，之后无法再允许。</translation>
    </message>
    <message>
        <source>&amp;Reject Request</source>
        <translation>拒绝请求(&amp;R)</translation>
    </message>
    <message>
        <source>Allowing on Alibaba Cloud…</source>
        <translation>正在阿里云上允许…</translation>
    </message>
    <message>
        <source>Rejecting on Alibaba Cloud…</source>
        <translation>正在阿里云上拒绝…</translation>
    </message>
    <message>
        <source>Allowed on Alibaba Cloud. TiDB Cloud shows the connection as Active within a minute; the table follows it.</source>
        <translation>已在阿里云上允许。一分钟内 TiDB Cloud 会将连接显示为活跃；表格会随之更新。</translation>
    </message>
    <message>
        <source>Rejected on Alibaba Cloud. TiDB Cloud shows the connection as Failed within a minute.</source>
        <translation>已在阿里云上拒绝。一分钟内 TiDB Cloud 会将连接显示为失败。</translation>
    </message>
    <message>
        <source>It is not known whether Alibaba Cloud took the decision: %1 Choose the button again to find out; it is not sent twice.</source>
        <translation>不确定阿里云是否已执行该决定：%1 请再次选择该按钮以确认；请求不会重复发送。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaDiagnosisDialog</name>
    <message>
        <source>Equivalent aliyun CLI commands</source>
        <translation>等效的 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>Diagnose on Alibaba Cloud: %1</source>
        <translation>在阿里云上诊断：%1</translation>
    </message>
    <message>
        <source>Endpoint service %1, read on Alibaba Cloud with %2.</source>
        <translation>终端节点服务 %1，使用 %2 在阿里云上读取。</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands:</source>
        <translation>等效的 aliyun CLI 命令：</translation>
    </message>
    <message>
        <source>Checking on Alibaba Cloud…</source>
        <translation>正在阿里云上检查…</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account is on the Service Whitelist now.</source>
        <translation>TiDB Cloud 的账号现已在服务白名单中。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaEndpointPage</name>
    <message>
        <source>hosts file line</source>
        <translation>hosts 文件行</translation>
    </message>
    <message>
        <source>Create an Alibaba Cloud interface endpoint</source>
        <translation>创建阿里云接口终端节点</translation>
    </message>
    <message>
        <source>In the Alibaba Cloud VPC console, then tell your hosts the endpoint&apos;s IP.</source>
        <translation>先在阿里云专有网络控制台中创建，再把终端节点 IP 告诉您的主机。</translation>
    </message>
    <message>
        <source>Endpoint IP address</source>
        <translation>终端节点 IP</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>复制该行</translation>
    </message>
    <message>
        <source>Endpoint IP address:</source>
        <translation>终端节点 IP：</translation>
    </message>
    <message>
        <source>Sign in to the Alibaba Cloud console, open the VPC console and select the region %1.</source>
        <translation>登录阿里云控制台，打开专有网络（VPC）控制台并选择地域 %1。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Endpoints&lt;/b&gt; in the navigation pane, then &lt;b&gt;Create Endpoint&lt;/b&gt;.</source>
        <translation>在左侧导航栏中单击&lt;b&gt;终端节点&lt;/b&gt;，然后单击&lt;b&gt;创建终端节点&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Select &lt;b&gt;Interface Endpoint&lt;/b&gt;.</source>
        <translation>选择&lt;b&gt;接口终端节点&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Search for the service name &lt;code&gt;%1&lt;/code&gt; and select the available service.</source>
        <translation>在搜索框中搜索服务名称 &lt;code&gt;%1&lt;/code&gt;，选中可用服务。</translation>
    </message>
    <message>
        <source>Select the VPC your application runs in.</source>
        <translation>选择应用程序所在的 VPC。</translation>
    </message>
    <message>
        <source>Select a security group, or create one, that allows inbound access on port %1.</source>
        <translation>选择或创建一个允许端口 %1 入站访问的安全组。</translation>
    </message>
    <message>
        <source>For the zone, select a vSwitch in %1 (create one there if there is none). The form offers two zones by default: delete the second.</source>
        <translation>在可用区中选择位于 %1 的交换机（如果没有，请在该可用区创建一个）。表单默认要填两个可用区：删掉第二个。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create&lt;/b&gt; and wait until the endpoint is created; its details page shows the VPC endpoint ID.</source>
        <translation>单击&lt;b&gt;创建&lt;/b&gt;并等待创建成功；终端节点详情页面会显示 VPC 终端节点 ID。</translation>
    </message>
    <message>
        <source>On the endpoint&apos;s &lt;b&gt;Zones and Network Interfaces&lt;/b&gt; tab, copy the endpoint&apos;s IP address into the field below.</source>
        <translation>在终端节点的&lt;b&gt;可用区与网卡&lt;/b&gt;选项卡中，把终端节点 IP 复制到下面的字段中。</translation>
    </message>
    <message>
        <source>On each ECS instance in the endpoint&apos;s VPC that does not resolve %1 through private DNS, add this line to the hosts file (/etc/hosts):</source>
        <translation>在终端节点所在 VPC 中不通过私有 DNS 解析 %1 的每台 ECS 主机上，将此行添加到 /etc/hosts 文件：</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s IP address first.</source>
        <translation>请先输入终端节点 IP。</translation>
    </message>
    <message>
        <source>Make it myself, in the Alibaba Cloud console</source>
        <translation>我自己在阿里云控制台中创建</translation>
    </message>
    <message>
        <source>Read and made with the profile&apos;s Alibaba Cloud account; each change is shown and confirmed first.</source>
        <translation>使用配置文件的阿里云账号读取和创建；每项变更都会先展示并确认。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaInboundSession</name>
    <message>
        <source>vSwitches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>aliyun CLI command</source>
        <translation>aliyun CLI 命令</translation>
    </message>
    <message>
        <source>Acting as %1. The same with the aliyun CLI:
%2</source>
        <translation>以 %1 的身份操作。使用 aliyun CLI 的等效命令：
%2</translation>
    </message>
    <message>
        <source>does not let TCP %1 in</source>
        <translation>不允许 TCP %1 入站</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2</source>
        <translation>允许来自 %2 的 TCP %1 入站</translation>
    </message>
    <message>
        <source>Open Port %1…</source>
        <translation>开放端口 %1…</translation>
    </message>
    <message>
        <source>Changing security group %1 on Alibaba Cloud…</source>
        <translation>正在阿里云上更改安全组 %1…</translation>
    </message>
    <message>
        <source>Security group %1 lets TCP %2 in now.</source>
        <translation>安全组 %1 现已允许 TCP %2 入站。</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in vSwitches %3, with security groups %4?</source>
        <translation>要在 VPC %1 中创建连接到 %2 的接口终端节点吗？交换机：%3，安全组：%4。</translation>
    </message>
    <message>
        <source>does not let TCP %1 in; a cloud product manages it, so it cannot be changed</source>
        <translation>不允许 TCP %1 入站；该安全组由云产品托管，无法更改</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2; a cloud product manages it, so it cannot be changed</source>
        <translation>允许来自 %2 的 TCP %1 入站；该安全组由云产品托管，无法更改</translation>
    </message>
    <message>
        <source>Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer reach %3 through it.</source>
        <translation>要删除 VPC %2 中的接口终端节点 %1 吗？删除后，该 VPC 中的应用将无法再通过它访问 %3。</translation>
    </message>
    <message>
        <source>vSwitches:</source>
        <translation>交换机：</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaKeysJob</name>
    <message>
        <source>Assuming RAM role %1 for Alibaba Cloud profile %2: %3</source>
        <translation>为阿里云配置文件 %2 扮演 RAM 角色 %1：%3</translation>
    </message>
</context>
<context>
    <name>plc::AttachDomainsWizard</name>
    <message>
        <source>Attach Domains</source>
        <translation>绑定域名</translation>
    </message>
</context>
<context>
    <name>plc::AttachPreviewPage</name>
    <message>
        <source>Attach Domains</source>
        <translation>绑定域名</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>等效的 ticloud 命令</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>预检（dry run）预览</translation>
    </message>
    <message>
        <source>A dry run shows what will be attached; nothing changes until you click Attach Domains.</source>
        <translation>预检（dry run）显示将要绑定的内容；在点击“绑定域名”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Domains that will be attached</source>
        <translation>将要绑定的域名</translation>
    </message>
    <message>
        <source>Domains that will be attached:</source>
        <translation>将要绑定的域名：</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>使用 ticloud CLI 的等效命令：</translation>
    </message>
    <message>
        <source>Running the dry run…</source>
        <translation>正在运行预检（dry run）…</translation>
    </message>
    <message>
        <source>The dry run did not succeed, so nothing can be attached yet. %1</source>
        <translation>预检（dry run）未成功，因此暂时无法绑定。%1</translation>
    </message>
    <message>
        <source>Private link connection</source>
        <translation>私有链路连接</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>域名类型</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>唯一名称</translation>
    </message>
    <message>
        <source>(dry run…)</source>
        <translation>（预检中…）</translation>
    </message>
</context>
<context>
    <name>plc::AttachTypePage</name>
    <message>
        <source>Domain type</source>
        <translation>域名类型</translation>
    </message>
    <message>
        <source>Traffic from TiDB Cloud dataflow to the attached domains goes through %1. Choose the kind of domains.</source>
        <translation>TiDB Cloud 数据流发往已绑定域名的流量将经过 %1。请选择域名类型。</translation>
    </message>
    <message>
        <source>TiDB Cloud generates the domains, one per availability zone, for example *.use1-az1.&lt;unique name&gt;.aws.plc.tidbcloud.com. The dry run on the next page shows the unique name and every domain.</source>
        <translation>TiDB Cloud 会为每个可用区生成一个域名，例如 *.use1-az1.&lt;唯一名称&gt;.aws.plc.tidbcloud.com。下一页的预检（dry run）会显示唯一名称和所有域名。</translation>
    </message>
    <message>
        <source>The domains of a Confluent Cloud Dedicated cluster&apos;s network, *.&lt;unique name&gt;.aws.confluent.cloud and one per zone. Enter the network&apos;s unique name:</source>
        <translation>Confluent Cloud Dedicated 集群所在网络的域名：*.&lt;唯一名称&gt;.aws.confluent.cloud，以及每个可用区一个。请输入该网络的唯一名称：</translation>
    </message>
    <message>
        <source>Confluent Cloud domains can be attached only to an AWS Endpoint Service connection; this one is %1.</source>
        <translation>Confluent Cloud 域名只能绑定到 AWS 终端节点服务类型的连接；此连接为 %1。</translation>
    </message>
</context>
<context>
    <name>plc::AwsAccount</name>
    <message>
        <source>the sandbox&apos;s AWS account</source>
        <translation>沙盒的 AWS 账户</translation>
    </message>
    <message>
        <source>no AWS account</source>
        <translation>无 AWS 账户</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS 配置文件 %1</translation>
    </message>
    <message>
        <source>the access key kept in the keychain</source>
        <translation>密钥环中保存的访问密钥</translation>
    </message>
    <message>
        <source>The AWS access key of this profile is not in the keychain: enter it in the profile dialog.</source>
        <translation>此配置文件的 AWS 访问密钥不在密钥环中：请在配置文件对话框中输入。</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>请输入访问密钥 ID。</translation>
    </message>
    <message>
        <source>An access key ID is 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE.</source>
        <translation>访问密钥 ID 由 16 到 128 个大写字母和数字组成，例如 AKIAIOSFODNN7EXAMPLE。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>请输入私有访问密钥。</translation>
    </message>
    <message>
        <source>A secret access key is up to 128 printable characters without spaces.</source>
        <translation>私有访问密钥最多 128 个可打印字符，不含空格。</translation>
    </message>
    <message>
        <source>The AWS key of this profile is being read from the keychain.</source>
        <translation>正在从密钥环读取此配置文件的 AWS 密钥。</translation>
    </message>
    <message>
        <source>The AWS key kept in the keychain for this profile is unreadable: enter it again in the profile dialog.</source>
        <translation>密钥环中此配置文件的 AWS 密钥无法读取：请在配置文件对话框中重新输入。</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>role %1 in the sandbox&apos;s AWS account</source>
        <translation>沙盒 AWS 账户中的角色 %1</translation>
    </message>
    <message>
        <source>%1 in the sandbox&apos;s AWS account %2</source>
        <translation>沙盒 AWS 账户 %2 中的 %1</translation>
    </message>
    <message>
        <source>role %1 (AWS profile %2)</source>
        <translation>角色 %1（AWS 配置文件 %2）</translation>
    </message>
    <message>
        <source>%1 in AWS account %2 (AWS profile %3)</source>
        <translation>AWS 账户 %2 中的 %1（AWS 配置文件 %3）</translation>
    </message>
    <message>
        <source>These keys last until %1. Renewing them asks for a code from MFA device %2; a change is never interrupted to ask for it.</source>
        <translation>这些密钥有效至 %1。续期时需要 MFA 设备 %2 的验证码；进行中的更改绝不会因此被打断。</translation>
    </message>
    <message>
        <source>These keys last until %1, and are renewed by themselves before then.</source>
        <translation>这些密钥有效至 %1，到期前会自动续期。</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in AWS account %2 (AWS profile %3)</source>
        <translation>AWS 账户 %2 中的 IAM Identity Center 角色 %1（AWS 配置文件 %3）</translation>
    </message>
</context>
<context>
    <name>plc::AwsAccountEditor</name>
    <message>
        <source>AWS account</source>
        <translation>AWS 账户</translation>
    </message>
    <message>
        <source>The sandbox has an AWS account of its own, with a key pair made for each start.</source>
        <translation>沙盒有自己的 AWS 账户，每次启动都会生成一对密钥。</translation>
    </message>
    <message>
        <source>With an AWS account, the console checks the endpoint service, adds TiDB Cloud&apos;s account to its Allow principals and accepts connection requests for you. Keys stay in ~/.aws, the environment or your credential_process.</source>
        <translation>设置 AWS 账户后，控制台会为您检查终端节点服务、将 TiDB Cloud 的账户添加到其允许的主体中并接受连接请求。密钥保留在 ~/.aws、环境变量或您的 credential_process 中。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS account</source>
        <translation>沙盒的 AWS 账户</translation>
    </message>
    <message>
        <source>None: check the AWS side by hand</source>
        <translation>无：手动检查 AWS 侧</translation>
    </message>
    <message>
        <source>Default AWS credentials (environment, AWS_PROFILE)</source>
        <translation>默认 AWS 凭证（环境变量、AWS_PROFILE）</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS 配置文件 %1</translation>
    </message>
    <message>
        <source>Asking AWS who these credentials are…</source>
        <translation>正在向 AWS 查询这些凭证的身份…</translation>
    </message>
    <message>
        <source>✓ AWS account %1, as %2 (%3).</source>
        <translation>✓ AWS 账户 %1，身份为 %2（%3）。</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS 访问密钥 ID</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>AWS 私有访问密钥</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new key to replace it</source>
        <translation>已保存在密钥环中；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>Access key ID (AKIA…)</source>
        <translation>访问密钥 ID（AKIA…）</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <source>An access key kept in the keychain</source>
        <translation>保存在密钥环中的访问密钥</translation>
    </message>
    <message>
        <source>Type the access key to test it.</source>
        <translation>请先输入访问密钥再测试。</translation>
    </message>
    <message>
        <source>&amp;Verify AWS</source>
        <translation>验证 AWS(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;WS account:</source>
        <translation>AWS 账户(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>plc::AwsChecksPage</name>
    <message>
        <source>Add TiDB Cloud&apos;s Account to Allow &amp;Principals…</source>
        <translation>将 TiDB Cloud 的账户添加到允许的主体(&amp;P)…</translation>
    </message>
    <message>
        <source>Check the AWS side</source>
        <translation>检查 AWS 侧</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands</source>
        <translation>等效的 AWS CLI 命令</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands:</source>
        <translation>等效的 AWS CLI 命令：</translation>
    </message>
    <message>
        <source>Checking endpoint service %1 on AWS…</source>
        <translation>正在 AWS 上检查终端节点服务 %1…</translation>
    </message>
    <message>
        <source>The AWS side is ready for TiDB Cloud to connect.</source>
        <translation>AWS 侧已就绪，TiDB Cloud 可以连接。</translation>
    </message>
    <message>
        <source>Change the AWS account?</source>
        <translation>要更改 AWS 账户吗？</translation>
    </message>
    <message>
        <source>Add %1 to the Allow principals of endpoint service %2 in %3?</source>
        <translation>要将 %1 添加到 %3 中终端节点服务 %2 的允许的主体吗？</translation>
    </message>
    <message>
        <source>This changes %1: TiDB Cloud&apos;s account may then connect to the service. The same change with the AWS CLI:
%2</source>
        <translation>这会更改 %1：之后 TiDB Cloud 的账户即可连接该服务。使用 AWS CLI 的相同更改：
%2</translation>
    </message>
    <message>
        <source>&amp;Add to Allow Principals</source>
        <translation>添加到允许的主体(&amp;A)</translation>
    </message>
    <message>
        <source>Adding TiDB Cloud&apos;s account to the Allow principals…</source>
        <translation>正在将 TiDB Cloud 的账户添加到允许的主体…</translation>
    </message>
    <message>
        <source>It is not known whether the principal was added: %1 Choose Add again to find out; it is not sent twice.</source>
        <translation>不确定主体是否已添加：%1 请再次选择添加以查明；请求不会重复发送。</translation>
    </message>
    <message>
        <source>The principal was not added: %1</source>
        <translation>主体未添加：%1</translation>
    </message>
    <message>
        <source>Read on AWS with %1. Nothing changes on AWS unless you choose it.</source>
        <translation>使用%1在 AWS 上读取。除非您选择，否则 AWS 上不会有任何更改。</translation>
    </message>
</context>
<context>
    <name>plc::AwsDecisionDialog</name>
    <message>
        <source>Accept on AWS</source>
        <translation>在 AWS 上接受</translation>
    </message>
    <message>
        <source>Reject on AWS</source>
        <translation>在 AWS 上拒绝</translation>
    </message>
    <message>
        <source>Accept the request of connection %1 to endpoint service %2 (%3), with %4.</source>
        <translation>使用%4接受连接 %1 发往终端节点服务 %2（%3）的请求。</translation>
    </message>
    <message>
        <source>Reject the request of connection %1 to endpoint service %2 (%3), with %4. TiDB Cloud then shows the connection as Failed; it has to be deleted and created again to connect later.</source>
        <translation>使用%4拒绝连接 %1 发往终端节点服务 %2（%3）的请求。之后 TiDB Cloud 会将该连接显示为失败；以后要连接，必须删除后重新创建。</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI command</source>
        <translation>等效的 AWS CLI 命令</translation>
    </message>
    <message>
        <source>&amp;Accept Request</source>
        <translation>接受请求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject Request</source>
        <translation>拒绝请求(&amp;R)</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI command:</source>
        <translation>等效的 AWS CLI 命令：</translation>
    </message>
    <message>
        <source>Looking for the request of endpoint %1 on AWS…</source>
        <translation>正在 AWS 上查找终端节点 %1 的请求…</translation>
    </message>
    <message>
        <source>AWS shows no request from endpoint %1 on service %2 in this account. Check that the AWS profile belongs to the service&apos;s owner.</source>
        <translation>在此账户中，AWS 没有显示终端节点 %1 发往服务 %2 的请求。请确认该 AWS 配置文件属于服务的所有者。</translation>
    </message>
    <message>
        <source>Request from endpoint %1 of AWS account %2, made %3. State on AWS: %4.</source>
        <translation>来自 AWS 账户 %2 的终端节点 %1 的请求，发起于 %3。AWS 上的状态：%4。</translation>
    </message>
    <message>
        <source>There is nothing to decide: the request is %1 on AWS.</source>
        <translation>无需处理：该请求在 AWS 上的状态为 %1。</translation>
    </message>
    <message>
        <source>Accepting on AWS…</source>
        <translation>正在 AWS 上接受…</translation>
    </message>
    <message>
        <source>Rejecting on AWS…</source>
        <translation>正在 AWS 上拒绝…</translation>
    </message>
    <message>
        <source>AWS did not take the decision (%1): %2</source>
        <translation>AWS 未执行该决定（%1）：%2</translation>
    </message>
    <message>
        <source>Accepted on AWS. TiDB Cloud shows the connection as Active within a minute; the table follows it.</source>
        <translation>已在 AWS 上接受。一分钟内 TiDB Cloud 会将连接显示为活跃；表格会随之更新。</translation>
    </message>
    <message>
        <source>Rejected on AWS. TiDB Cloud shows the connection as Failed within a minute.</source>
        <translation>已在 AWS 上拒绝。一分钟内 TiDB Cloud 会将连接显示为失败。</translation>
    </message>
    <message>
        <source>It is not known whether AWS took the decision: %1 Choose the button again to find out; it is not sent twice.</source>
        <translation>不确定 AWS 是否已执行该决定：%1 请再次选择该按钮以查明；请求不会重复发送。</translation>
    </message>
    <message>
        <source>&amp;Reject Request…</source>
        <translation>拒绝请求(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject the request?</source>
        <translation>要拒绝该请求吗？</translation>
    </message>
    <message>
        <source>Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and it cannot be accepted afterwards.</source>
        <translation>要拒绝终端节点 %1 的请求吗？TiDB Cloud 会将连接 %2 显示为失败，之后无法再接受。</translation>
    </message>
</context>
<context>
    <name>plc::AwsDiagnosisDialog</name>
    <message>
        <source>Diagnose on AWS: %1</source>
        <translation>在 AWS 上诊断：%1</translation>
    </message>
    <message>
        <source>Endpoint service %1, read on AWS with %2.</source>
        <translation>终端节点服务 %1，使用%2在 AWS 上读取。</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands</source>
        <translation>等效的 AWS CLI 命令</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands:</source>
        <translation>等效的 AWS CLI 命令：</translation>
    </message>
    <message>
        <source>Checking on AWS…</source>
        <translation>正在 AWS 上检查…</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account is in the Allow principals now.</source>
        <translation>TiDB Cloud 的账户现已在允许的主体中。</translation>
    </message>
</context>
<context>
    <name>plc::AwsEndpointPage</name>
    <message>
        <source>AWS CLI command</source>
        <translation>AWS CLI 命令</translation>
    </message>
    <message>
        <source>Create an AWS interface endpoint</source>
        <translation>创建 AWS 接口终端节点</translation>
    </message>
    <message>
        <source>In the AWS Management Console, or with the AWS CLI command below.</source>
        <translation>在 AWS 管理控制台中创建，或使用下面的 AWS CLI 命令。</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>Subnet IDs</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>optional: sg-0f1e2d3c4b5a69788</source>
        <translation>可选：sg-0f1e2d3c4b5a69788</translation>
    </message>
    <message>
        <source>Security group IDs</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>VPC ID:</source>
        <translation>VPC ID：</translation>
    </message>
    <message>
        <source>Subnet IDs:</source>
        <translation>子网 ID：</translation>
    </message>
    <message>
        <source>Security group IDs:</source>
        <translation>安全组 ID：</translation>
    </message>
    <message>
        <source>Or use the AWS CLI (fill in the IDs to copy it):</source>
        <translation>或使用 AWS CLI（填写各 ID 后即可复制）：</translation>
    </message>
    <message>
        <source>Sign in to the AWS Management Console and open the Amazon VPC console in %1.</source>
        <translation>登录 AWS 管理控制台，打开 %1 的 Amazon VPC 控制台。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Endpoints&lt;/b&gt; in the navigation pane, then &lt;b&gt;Create endpoint&lt;/b&gt;.</source>
        <translation>在导航窗格中单击 &lt;b&gt;Endpoints&lt;/b&gt;，然后单击 &lt;b&gt;Create endpoint&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Select &lt;b&gt;Endpoint services that use NLBs and GWLBs&lt;/b&gt;.</source>
        <translation>选择 &lt;b&gt;Endpoint services that use NLBs and GWLBs&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Enter the service name &lt;code&gt;%1&lt;/code&gt; and click &lt;b&gt;Verify service&lt;/b&gt;.</source>
        <translation>输入服务名称 &lt;code&gt;%1&lt;/code&gt;，然后单击 &lt;b&gt;Verify service&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Select your VPC. Expand &lt;b&gt;Additional settings&lt;/b&gt; and select the &lt;b&gt;Enable DNS name&lt;/b&gt; checkbox.</source>
        <translation>选择您的 VPC。展开 &lt;b&gt;Additional settings&lt;/b&gt;，选中 &lt;b&gt;Enable DNS name&lt;/b&gt;（启用 DNS 名称）复选框。</translation>
    </message>
    <message>
        <source>In &lt;b&gt;Subnets&lt;/b&gt;, select the availability zone %1 and the subnet ID in it.</source>
        <translation>在 &lt;b&gt;Subnets&lt;/b&gt; 区域中，选择可用区 %1 及其中的子网 ID。</translation>
    </message>
    <message>
        <source>In &lt;b&gt;Security groups&lt;/b&gt;, select a group that allows inbound access from your application (for example your EC2 instances) on port %1.</source>
        <translation>在 &lt;b&gt;Security groups&lt;/b&gt; 区域中，选择允许来自应用程序（例如您的 EC2 实例）的端口 %1 入站访问的安全组。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create endpoint&lt;/b&gt;.</source>
        <translation>单击 &lt;b&gt;Create endpoint&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>If AWS answers “private-dns-enabled cannot be set because there is already a conflicting DNS domain”, this VPC already has a private endpoint for the region: you do not need another one; go on to Connect With.</source>
        <translation>如果 AWS 返回 “private-dns-enabled cannot be set because there is already a conflicting DNS domain”，说明该 VPC 中已创建过此区域的私有终端节点，无需重复创建；请继续到“连接方式”。</translation>
    </message>
    <message>
        <source>Fill in a valid VPC ID and subnet ID first.</source>
        <translation>请先填写有效的 VPC ID 和子网 ID。</translation>
    </message>
    <message>
        <source>Make it myself, in the AWS console or with the AWS CLI</source>
        <translation>自己创建：在 AWS 控制台中或使用 AWS CLI</translation>
    </message>
    <message>
        <source>Read and made with the profile&apos;s AWS account; each change is shown and confirmed first.</source>
        <translation>使用配置文件的 AWS 账户读取和创建；每项更改都会先显示并经您确认。</translation>
    </message>
</context>
<context>
    <name>plc::AwsInboundSession</name>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>AWS CLI command</source>
        <translation>AWS CLI 命令</translation>
    </message>
    <message>
        <source>Acting as %1. The same with the AWS CLI:
%2</source>
        <translation>以 %1 的身份执行。使用 AWS CLI 的等效命令：
%2</translation>
    </message>
    <message>
        <source>does not let TCP %1 in</source>
        <translation>不允许 TCP %1 入站</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2</source>
        <translation>允许来自 %2 的 TCP %1 入站</translation>
    </message>
    <message>
        <source>Turn On DNS Resolution…</source>
        <translation>开启 DNS 解析…</translation>
    </message>
    <message>
        <source>Turn On DNS Hostnames…</source>
        <translation>开启 DNS 主机名…</translation>
    </message>
    <message>
        <source>Turn on DNS resolution for VPC %1?</source>
        <translation>为 VPC %1 开启 DNS 解析？</translation>
    </message>
    <message>
        <source>Turn on DNS hostnames for VPC %1? Instances in it get public DNS names when they have public addresses.</source>
        <translation>为 VPC %1 开启 DNS 主机名？其中具有公有地址的实例将获得公有 DNS 名称。</translation>
    </message>
    <message>
        <source>Changing VPC %1 on AWS…</source>
        <translation>正在 AWS 上更改 VPC %1…</translation>
    </message>
    <message>
        <source>VPC %1 changed on AWS.</source>
        <translation>已在 AWS 上更改 VPC %1。</translation>
    </message>
    <message>
        <source>Open Port %1…</source>
        <translation>开放端口 %1…</translation>
    </message>
    <message>
        <source>Changing security group %1 on AWS…</source>
        <translation>正在 AWS 上更改安全组 %1…</translation>
    </message>
    <message>
        <source>Security group %1 lets TCP %2 in now.</source>
        <translation>安全组 %1 现已允许 TCP %2 入站。</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in subnets %3, with security groups %4, and private DNS on?</source>
        <translation>在 VPC %1 中创建连接到 %2 的接口终端节点，子网 %3，安全组 %4，并开启私有 DNS？</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in subnets %3, with security groups %4, and private DNS off?</source>
        <translation>在 VPC %1 中创建连接到 %2 的接口终端节点，子网 %3，安全组 %4，不开启私有 DNS？</translation>
    </message>
    <message>
        <source>Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer reach %3 through it.</source>
        <translation>要删除 VPC %2 中的接口终端节点 %1 吗？删除后，该 VPC 中的应用将无法再通过它访问 %3。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS stays as it is.</source>
        <translation>要更改接口终端节点 %1 吗？添加的子网：%2；移除的子网：%3。添加的安全组：%4；移除的安全组：%5。私有 DNS 保持不变。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS is turned on.</source>
        <translation>要更改接口终端节点 %1 吗？添加的子网：%2；移除的子网：%3。添加的安全组：%4；移除的安全组：%5。将开启私有 DNS。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS is turned off.</source>
        <translation>要更改接口终端节点 %1 吗？添加的子网：%2；移除的子网：%3。添加的安全组：%4；移除的安全组：%5。将关闭私有 DNS。</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>子网：</translation>
    </message>
</context>
<context>
    <name>plc::AwsKeysJob</name>
    <message>
        <source>Role %1 needs a code from MFA device %2, and nothing here can ask for it.</source>
        <translation>角色 %1 需要 MFA 设备 %2 的验证码，但此处无法询问。</translation>
    </message>
    <message>
        <source>Assuming role %1 for AWS profile %2: %3</source>
        <translation>为 AWS 配置文件 %2 代入角色 %1：%3</translation>
    </message>
</context>
<context>
    <name>plc::BackgroundSave</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>plc::ChangefeedTableModel</name>
    <message>
        <source>Changefeed</source>
        <translation>Changefeed</translation>
    </message>
    <message>
        <source>Changefeed ID</source>
        <translation>Changefeed ID</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>下游</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>plc::ChangefeedUsageView</name>
    <message>
        <source>Copied the changefeed ID %1.</source>
        <translation>已复制 Changefeed ID %1。</translation>
    </message>
    <message>
        <source>Copied the ticloud command.</source>
        <translation>已复制 ticloud 命令。</translation>
    </message>
    <message>
        <source>The changefeeds could not be read: %1</source>
        <translation>无法读取 Changefeed：%1</translation>
    </message>
    <message>
        <source>Reading the changefeeds…</source>
        <translation>正在读取 Changefeed…</translation>
    </message>
    <message>
        <source>No changefeed runs through this connection. Changefeeds on a public network are not listed here.</source>
        <translation>没有 Changefeed 经由此连接。使用公网的 Changefeed 不在此列出。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>Changefeeds through this connection</source>
        <translation>经由此连接的 Changefeed</translation>
    </message>
    <message>
        <source>Copy Changefeed &amp;ID</source>
        <translation>复制 Changefeed ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;ticloud Command</source>
        <translation>复制 ticloud 命令(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the ticloud command that describes this changefeed</source>
        <translation>复制查看此 Changefeed 的 ticloud 命令</translation>
    </message>
</context>
<context>
    <name>plc::ClusterTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>Cloud Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service Plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>plc::CodeQuestionDialog</name>
    <message>
        <source>MFA Code</source>
        <translation>MFA 验证码</translation>
    </message>
    <message>
        <source>To assume role %1, enter the code your MFA device shows now.</source>
        <translation>要代入角色 %1，请输入 MFA 设备当前显示的验证码。</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA 验证码</translation>
    </message>
    <message>
        <source>The code is used once, to assume the role, and is not kept. The role&apos;s keys stay in memory until they expire.</source>
        <translation>验证码只用于这一次代入角色，不会被保存。角色的密钥仅保存在内存中，直到过期。</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <source>MFA device:</source>
        <translation>MFA 设备：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your MFA device shows now.</source>
        <translation>请输入 MFA 设备当前显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>A code is 6 digits, such as 123456.</source>
        <translation>验证码为 6 位数字，例如 123456。</translation>
    </message>
    <message>
        <source>No MFA code was given, so role %1 was not assumed and nothing was sent with it.</source>
        <translation>未提供 MFA 验证码，因此未代入角色 %1，也没有以它发送任何内容。</translation>
    </message>
</context>
<context>
    <name>plc::ColumnChooser</name>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
</context>
<context>
    <name>plc::CommandBox</name>
    <message>
        <source>Copy Command</source>
        <translation>复制命令</translation>
    </message>
</context>
<context>
    <name>plc::ConfirmedChanges</name>
    <message>
        <source>Change on %1</source>
        <translation>在 %1 上变更</translation>
    </message>
    <message>
        <source>Make the Change</source>
        <translation>执行更改</translation>
    </message>
    <message>
        <source>Reading on %1 whether the change was made…</source>
        <translation>正在 %1 上读取该变更是否已完成…</translation>
    </message>
    <message>
        <source>It is not known whether %1 made the change: %2 Press the same button again: the console reads first and never sends it twice.</source>
        <translation>无法确定 %1 是否已完成该变更：%2 请再次点击同一按钮：控制台会先读取状态，绝不会重复发送。</translation>
    </message>
    <message>
        <source>%1 did not make the change: %2</source>
        <translation>%1 未完成该变更：%2</translation>
    </message>
    <message>
        <source>The change no longer fits what was read. Read again and try once more: nothing was sent.</source>
        <translation>该变更已与读取到的信息不符。请重新读取后再试一次：未发送任何请求。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentChecklistPage</name>
    <message>
        <source>Step 2. Add a PrivateLink Access to the network</source>
        <translation>第 2 步：为网络添加 PrivateLink Access</translation>
    </message>
    <message>
        <source>In Confluent Cloud, add a PrivateLink Access to the network with TiDB Cloud&apos;s AWS account ID.</source>
        <translation>在 Confluent Cloud 中，使用 TiDB Cloud 的 AWS 账户 ID 为该网络添加 PrivateLink Access。</translation>
    </message>
    <message>
        <source>Give the PrivateLink Access the TiDB Cloud AWS account ID below. Confluent Cloud then shows a VPC Service Endpoint, in the form com.amazonaws.vpce.&lt;region&gt;.vpce-svc-xxxxxxxxxxxxxxxxx; keep it for step 4.</source>
        <translation>为 PrivateLink Access 填写下方的 TiDB Cloud AWS 账户 ID。随后 Confluent Cloud 会显示 VPC Service Endpoint，格式为 com.amazonaws.vpce.&lt;区域&gt;.vpce-svc-xxxxxxxxxxxxxxxxx；请保存它，第 4 步会用到。</translation>
    </message>
    <message>
        <source>I added the PrivateLink Access and saved its VPC Service Endpoint.</source>
        <translation>我已添加 PrivateLink Access，并保存了它的 VPC Service Endpoint。</translation>
    </message>
    <message>
        <source>Step 3. Create a Confluent Cloud Dedicated cluster under the network</source>
        <translation>第 3 步：在该网络下创建 Confluent Cloud Dedicated 集群</translation>
    </message>
    <message>
        <source>Only Confluent Cloud Dedicated clusters support private link connections.</source>
        <translation>只有 Confluent Cloud Dedicated 集群支持私有链路连接。</translation>
    </message>
    <message>
        <source>The Dedicated cluster is created in this network.</source>
        <translation>Dedicated 集群已在此网络中创建。</translation>
    </message>
    <message>
        <source>In Confluent Cloud, create the Dedicated cluster and choose the existing network %1 from step 1 for it.</source>
        <translation>在 Confluent Cloud 中创建 Dedicated 集群，并为其选择第 1 步中的现有网络 %1。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentEndpointPage</name>
    <message>
        <source>Create and Attach</source>
        <translation>创建并绑定</translation>
    </message>
    <message>
        <source>Equivalent ticloud commands</source>
        <translation>等效的 ticloud 命令</translation>
    </message>
    <message>
        <source>Step 4. Create a private link connection in TiDB Cloud</source>
        <translation>第 4 步：在 TiDB Cloud 中创建私有链路连接</translation>
    </message>
    <message>
        <source>Enter the VPC Service Endpoint from the PrivateLink Access. Confluent Cloud accepts the connection request by itself.</source>
        <translation>输入 PrivateLink Access 提供的 VPC Service Endpoint。Confluent Cloud 会自动接受连接请求。</translation>
    </message>
    <message>
        <source>VPC Service Endpoint</source>
        <translation>VPC Service Endpoint</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>私有链路连接名称</translation>
    </message>
    <message>
        <source>VPC Service Endpoint:</source>
        <translation>VPC Service Endpoint：</translation>
    </message>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>私有链路连接名称：</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>使用 ticloud CLI 的等效命令：</translation>
    </message>
    <message>
        <source>Create and Attach creates the private link connection %1 to the VPC Service Endpoint, waits until Confluent Cloud has accepted it (it becomes Active), then attaches the Confluent domains of network %2 and follows them until they are Active.</source>
        <translation>“创建并绑定”会创建连接到该 VPC Service Endpoint 的私有链路连接 %1，等待 Confluent Cloud 接受（状态变为活跃），然后绑定网络 %2 的 Confluent 域名，并跟踪到它们变为活跃。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentNameEditor</name>
    <message>
        <source>DNS subdomain of the Confluent Cloud network</source>
        <translation>Confluent Cloud 网络的 DNS 子域名</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>唯一名称</translation>
    </message>
    <message>
        <source>In Confluent Cloud: Environments › your environment › Network management › For dedicated clusters › Network overview shows the DNS subdomain.</source>
        <translation>在 Confluent Cloud 中：Environments › 你的环境 › Network management › For dedicated clusters › Network overview 页面显示 DNS 子域名。</translation>
    </message>
    <message>
        <source>DNS subdomain:</source>
        <translation>DNS 子域名：</translation>
    </message>
    <message>
        <source>Unique name:</source>
        <translation>唯一名称：</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentNetworkPage</name>
    <message>
        <source>Step 1. Set up a Confluent Cloud network</source>
        <translation>第 1 步：设置 Confluent Cloud 网络</translation>
    </message>
    <message>
        <source>Identify the Confluent Cloud network to use, or create one on AWS in Confluent Cloud.</source>
        <translation>确定要使用的 Confluent Cloud 网络，或在 Confluent Cloud 中于 AWS 上创建一个。</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>（未加载）</translation>
    </message>
    <message>
        <source>The network must be a PrivateLink network, in %1 like the cluster, with availability zones that overlap the cluster&apos;s: %2.</source>
        <translation>该网络必须是 PrivateLink 网络，与集群同在 %1，且其可用区与集群的可用区有重叠：%2。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The console carries out the remaining steps. You can close this window; the table keeps showing the state, but the domains are attached only while it is open.</source>
        <translation>控制台会完成剩余步骤。你可以关闭此窗口，表格会继续显示状态，但只有在此窗口打开时才会绑定域名。</translation>
    </message>
    <message>
        <source>The connection was deleted while this wizard was open.</source>
        <translation>在此向导打开期间，该连接已被删除。</translation>
    </message>
    <message>
        <source>TiDB Cloud is creating its endpoint.</source>
        <translation>TiDB Cloud 正在创建其终端节点。</translation>
    </message>
    <message>
        <source>Confluent Cloud usually accepts within moments. If the connection stays Pending acceptance, the VPC Service Endpoint may not be the one of this network&apos;s PrivateLink Access; check it in Confluent Cloud.</source>
        <translation>Confluent Cloud 通常会很快接受。如果连接一直处于待接受状态，该 VPC Service Endpoint 可能不属于此网络的 PrivateLink Access；请在 Confluent Cloud 中检查。</translation>
    </message>
    <message>
        <source>The connection is %1; the run stops here.</source>
        <translation>连接状态为%1；运行到此停止。</translation>
    </message>
    <message>
        <source>Attaching the Confluent domains of %1…</source>
        <translation>正在绑定 %1 的 Confluent 域名…</translation>
    </message>
    <message>
        <source>Done. TiDB Cloud dataflow such as changefeeds now reaches the Confluent Cloud Dedicated cluster through %1. Use its bootstrap server as usual.</source>
        <translation>完成。Changefeed 等 TiDB Cloud 数据流现在通过 %1 访问 Confluent Cloud Dedicated 集群。照常使用其 bootstrap server 即可。</translation>
    </message>
    <message>
        <source>Create the private link connection</source>
        <translation>创建私有链路连接</translation>
    </message>
    <message>
        <source>Confluent Cloud accepts the connection request (automatically)</source>
        <translation>Confluent Cloud 接受连接请求（自动）</translation>
    </message>
    <message>
        <source>Attach the Confluent domains</source>
        <translation>绑定 Confluent 域名</translation>
    </message>
    <message>
        <source>The domains become Active</source>
        <translation>域名变为活跃</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentWizard</name>
    <message>
        <source>Connect to Confluent Cloud</source>
        <translation>连接到 Confluent Cloud</translation>
    </message>
    <message>
        <source>The Confluent domains are not attached yet. If you close this window, the console does not attach them; the connection stays, and you can attach them later with Attach Domains…. Close anyway?</source>
        <translation>Confluent 域名尚未绑定。如果关闭此窗口，控制台将不会绑定它们；连接会保留，之后可以通过“绑定域名…”绑定。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>plc::ConnectWithPage</name>
    <message>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>要求 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>连接字符串</translation>
    </message>
    <message>
        <source>Connect With</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Connect to the database through the endpoint from a host in your VPC.</source>
        <translation>从 VPC 中的主机通过终端节点连接数据库。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Connect With:</source>
        <translation>连接方式：</translation>
    </message>
    <message>
        <source>The password is never part of the connection string: the MySQL CLI asks for it, and the code reads it from the DB_PASSWORD environment variable. Run it on a host in the VPC of the endpoint; the host name resolves only there.</source>
        <translation>密码永远不会出现在连接字符串中：MySQL CLI 会提示输入，代码则从环境变量 DB_PASSWORD 读取。请在终端节点所在 VPC 中的主机上运行；主机名只在那里可以解析。</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionActions</name>
    <message>
        <source>Copied the private link connection ID.</source>
        <translation>已复制私有链路连接 ID。</translation>
    </message>
    <message>
        <source>Copied the ticloud command.</source>
        <translation>已复制 ticloud 命令。</translation>
    </message>
    <message>
        <source>Create a private link connection to an endpoint service</source>
        <translation>创建到终端节点服务的私有链路连接</translation>
    </message>
    <message>
        <source>Attach domains to the selected private link connection</source>
        <translation>将域名绑定到所选私有链路连接</translation>
    </message>
    <message>
        <source>Detach a domain group from the selected private link connection</source>
        <translation>从所选私有链路连接解绑一组域名</translation>
    </message>
    <message>
        <source>Delete the selected private link connection</source>
        <translation>删除所选私有链路连接</translation>
    </message>
    <message>
        <source>Copy the private link connection ID</source>
        <translation>复制私有链路连接 ID</translation>
    </message>
    <message>
        <source>Copy the ticloud CLI command that shows this connection</source>
        <translation>复制显示此连接的 ticloud CLI 命令</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>没有可导出的行。</translation>
    </message>
    <message>
        <source>Save the visible rows and columns as CSV</source>
        <translation>将可见的行和列保存为 CSV</translation>
    </message>
    <message>
        <source>Save the visible rows and columns as JSON</source>
        <translation>将可见的行和列保存为 JSON</translation>
    </message>
    <message>
        <source>Show this connection</source>
        <translation>显示此连接</translation>
    </message>
    <message>
        <source>List the cluster&apos;s availability zones</source>
        <translation>列出集群的可用区</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>解绑 %1</translation>
    </message>
    <message>
        <source>Delete this connection</source>
        <translation>删除此连接</translation>
    </message>
    <message>
        <source>Create Private Link Connection…</source>
        <translation>创建私有链路连接…</translation>
    </message>
    <message>
        <source>Attach Domains…</source>
        <translation>绑定域名…</translation>
    </message>
    <message>
        <source>Detach Domains…</source>
        <translation>解绑域名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy ticloud Command</source>
        <translation>复制 ticloud 命令</translation>
    </message>
    <message>
        <source>Copy ticloud Command For</source>
        <translation>复制 ticloud 命令用于</translation>
    </message>
    <message>
        <source>Open in Provider Console</source>
        <translation>在云服务商控制台中打开</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Connect the cluster to a Confluent Cloud Dedicated cluster, step by step</source>
        <translation>逐步将集群连接到 Confluent Cloud Dedicated 集群</translation>
    </message>
    <message>
        <source>Connect to Confluent Cloud…</source>
        <translation>连接到 Confluent Cloud…</translation>
    </message>
    <message>
        <source>Ask TiDB Cloud to reach a Kafka or MySQL sink through the selected connection</source>
        <translation>让 TiDB Cloud 经由所选连接访问 Kafka 或 MySQL 下游</translation>
    </message>
    <message>
        <source>Test Through This Connection…</source>
        <translation>经由此连接测试…</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>测试…</translation>
    </message>
    <message>
        <source>Only a connection in Pending Acceptance has a request to accept or reject.</source>
        <translation>只有处于待接受状态的连接才有可以接受或拒绝的请求。</translation>
    </message>
    <message>
        <source>Only a connection to an %1 endpoint service has a provider side.</source>
        <translation>只有连接到 %1 终端节点服务的连接才有云服务商一侧。</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionDetailsPane</name>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>私有链路连接名称：</translation>
    </message>
    <message>
        <source>Private Link Connection ID:</source>
        <translation>私有链路连接 ID：</translation>
    </message>
    <message>
        <source>Connection Type:</source>
        <translation>连接类型：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Endpoint Service Name:</source>
        <translation>终端节点服务名称：</translation>
    </message>
    <message>
        <source>Endpoint service region:</source>
        <translation>终端节点服务区域：</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>终端节点 ID：</translation>
    </message>
    <message>
        <source>Availability zones:</source>
        <translation>可用区：</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>创建者：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Attached domains</source>
        <translation>已绑定的域名</translation>
    </message>
    <message>
        <source>Select a private link connection to see its details.</source>
        <translation>选择一个私有链路连接以查看其详细信息。</translation>
    </message>
    <message>
        <source>Private link connection “%1”</source>
        <translation>私有链路连接“%1”</translation>
    </message>
    <message>
        <source>the cluster&apos;s region</source>
        <translation>集群所在区域</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未分配</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n domain name(s).</source>
        <translation>
            <numerusform>已复制 %n 个域名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Domain</source>
        <translation>复制域名(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected domain names, whole</source>
        <translation>复制所选域名的完整名称</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionPages</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图示</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionPicturePane</name>
    <message>
        <source>There is no picture to export; select a private link connection first.</source>
        <translation>没有可导出的图示；请先选择一个私有链路连接。</translation>
    </message>
    <message>
        <source>Private link connection %1</source>
        <translation>私有链路连接 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the image could not be encoded.</source>
        <translation>无法写入 %1：无法对图像进行编码。</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>导出图示</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Saved the picture to %1.</source>
        <translation>已将图示保存到 %1。</translation>
    </message>
    <message>
        <source>Export Picture…</source>
        <translation>导出图示…</translation>
    </message>
    <message>
        <source>Save this picture as a PNG image or an SVG drawing</source>
        <translation>将此图示保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Select a private link connection to see how it links the cluster to the endpoint service.</source>
        <translation>选择一个私有链路连接，查看它如何将集群连接到终端节点服务。</translation>
    </message>
    <message>
        <source>Picture of the private link connection</source>
        <translation>私有链路连接图示</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionRequestTableModel</name>
    <message>
        <source>Pending acceptance</source>
        <translation>待接受</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>终端节点 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Private Link Connection ID</source>
        <translation>私有链路连接 ID</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>可用区</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Private Link Connection ID</source>
        <translation>私有链路连接 ID</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>终端节点服务名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>终端节点 ID</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The changefeeds could not be read.</source>
        <translation>无法读取 Changefeed。</translation>
    </message>
    <message>
        <source>No changefeed runs through this connection.</source>
        <translation>没有 Changefeed 经由此连接。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n 个 Changefeed</numerusform>
        </translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>使用方</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionsPanel</name>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>待接受</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Filter by name, ID, endpoint service, zone…</source>
        <translation>按名称、ID、终端节点服务、可用区筛选…</translation>
    </message>
    <message>
        <source>Filter private link connections</source>
        <translation>筛选私有链路连接</translation>
    </message>
    <message>
        <source>Private link connections</source>
        <translation>私有链路连接</translation>
    </message>
    <message>
        <source>Private link connections for dataflow of %1</source>
        <translation>%1 的 Dataflow 私有链路连接</translation>
    </message>
    <message>
        <source>Private link connections for dataflow</source>
        <translation>Dataflow 的私有链路连接</translation>
    </message>
    <message>
        <source>Select a cluster to see its private link connections for dataflow.</source>
        <translation>选择一个集群以查看其数据流的私有链路连接。</translation>
    </message>
    <message>
        <source>Loading private link connections…</source>
        <translation>正在加载私有链路连接…</translation>
    </message>
    <message>
        <source>No private link connection matches the filter.</source>
        <translation>没有符合筛选条件的私有链路连接。</translation>
    </message>
    <message>
        <source>No private link connection of this cluster is in this state.</source>
        <translation>此集群没有处于该状态的私有链路连接。</translation>
    </message>
    <message>
        <source>The private link connections could not be loaded.</source>
        <translation>无法加载私有链路连接。</translation>
    </message>
    <message>
        <source>No private link connections for this cluster yet — create one with Create Private Link Connection…</source>
        <translation>此集群还没有私有链路连接——请通过“创建私有链路连接…”创建。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n private link connection(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个私有链路连接导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n private link connection(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 个私有链路连接导出到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Private link connection actions</source>
        <translation>私有链路连接操作</translation>
    </message>
</context>
<context>
    <name>plc::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>plc::CreateConnectionWizard</name>
    <message>
        <source>Create Private Link Connection</source>
        <translation>创建私有链路连接</translation>
    </message>
</context>
<context>
    <name>plc::CreateDetailsPage</name>
    <message>
        <source>Connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>Name the connection and enter the endpoint service it connects to.</source>
        <translation>为连接命名，并输入它要连接的终端节点服务。</translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s region (%1)</source>
        <translation>留空：集群所在地域（%1）</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>私有链路连接名称</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>终端节点服务名称</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>终端节点服务地域</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>私有链路连接名称：</translation>
    </message>
    <message>
        <source>Connection Type:</source>
        <translation>连接类型：</translation>
    </message>
    <message>
        <source>Endpoint Service Name:</source>
        <translation>终端节点服务名称：</translation>
    </message>
    <message>
        <source>Endpoint service region (cross-region only):</source>
        <translation>终端节点服务地域（仅跨地域）：</translation>
    </message>
</context>
<context>
    <name>plc::CreatePrerequisitesPage</name>
    <message>
        <source>Before you create the connection</source>
        <translation>创建连接之前</translation>
    </message>
    <message>
        <source>Set up the endpoint service on the %1 side first; TiDB Cloud connects to it from the account and zones below.</source>
        <translation>请先在 %1 侧设置终端节点服务；TiDB Cloud 会从下方的账户和可用区连接到它。</translation>
    </message>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1 (or, on AWS, you know its region for a cross-region connection).</source>
        <translation>终端节点服务位于集群所在地域 %1（在 AWS 上也可以是已知地域的跨地域服务）。</translation>
    </message>
    <message>
        <source>The endpoint service has at least one availability zone in common with the cluster&apos;s zones above.</source>
        <translation>终端节点服务至少有一个可用区与上方集群的可用区相同。</translation>
    </message>
    <message>
        <source>Check each item:</source>
        <translation>请逐项确认：</translation>
    </message>
</context>
<context>
    <name>plc::CreateProgressPage</name>
    <message>
        <source>Open in Provider Console</source>
        <translation>在云服务商控制台中打开</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The console follows the connection until it is ready. You can close this window; the table keeps showing its state.</source>
        <translation>控制台会持续跟踪该连接直到就绪。您可以关闭此窗口；表格会继续显示其状态。</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>该连接已不存在。</translation>
    </message>
    <message>
        <source>It was deleted while this wizard was open.</source>
        <translation>它在此向导打开期间被删除了。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>TiDB Cloud is creating its endpoint and sending the connection request to %1.</source>
        <translation>TiDB Cloud 正在创建终端节点，并向 %1 发送连接请求。</translation>
    </message>
    <message>
        <source>An endpoint service owned by Confluent Cloud accepts requests automatically; there is nothing to do for it.</source>
        <translation>Confluent Cloud 拥有的终端节点服务会自动接受请求，无需任何操作。</translation>
    </message>
    <message>
        <source>The private link connection is Active. Next: attach domains to it (Attach Domains…) so that dataflow such as changefeeds can reach the service by name.</source>
        <translation>私有链路连接已处于“活跃”状态。下一步：为其绑定域名（绑定域名…），以便 changefeed 等数据流服务可以通过名称访问该服务。</translation>
    </message>
    <message>
        <source>Fix the cause, delete this connection and create it again.</source>
        <translation>请排除原因，删除此连接后重新创建。</translation>
    </message>
    <message>
        <source>The connection is being deleted.</source>
        <translation>该连接正在删除。</translation>
    </message>
    <message>
        <source>The server reports the state %1.</source>
        <translation>服务器报告的状态为 %1。</translation>
    </message>
    <message>
        <source>Equivalent CLI command</source>
        <translation>等效的 CLI 命令</translation>
    </message>
</context>
<context>
    <name>plc::CreateSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will be created. Create sends the request to TiDB Cloud.</source>
        <translation>请确认将要创建的内容。点击“创建”会向 TiDB Cloud 发送请求。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>等效的 ticloud 命令</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>使用 ticloud CLI 的等效命令：</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>私有链路连接名称</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>终端节点服务名称</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>终端节点服务地域</translation>
    </message>
    <message>
        <source>TiDB Cloud creates an endpoint in its account %1 and sends a connection request to the endpoint service. Unless the service accepts requests automatically, you then accept (AWS) or allow (Alibaba Cloud) it on the provider&apos;s side; this wizard shows how.</source>
        <translation>TiDB Cloud 会在其账户 %1 中创建终端节点，并向终端节点服务发送连接请求。除非该服务自动接受请求，否则您需要在云服务商侧接受（AWS）或允许（阿里云）该请求；本向导会说明如何操作。</translation>
    </message>
    <message>
        <source>(account ID not loaded)</source>
        <translation>（账户 ID 尚未加载）</translation>
    </message>
</context>
<context>
    <name>plc::CredentialProcessJob</name>
    <message>
        <source>it did not print a JSON object</source>
        <translation>它没有输出 JSON 对象</translation>
    </message>
    <message>
        <source>its answer is not Version 1</source>
        <translation>它的应答不是 Version 1</translation>
    </message>
    <message>
        <source>its Expiration is not an ISO 8601 time</source>
        <translation>它的 Expiration 不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>its answer has no AccessKeyId or SecretAccessKey</source>
        <translation>它的应答中没有 AccessKeyId 或 SecretAccessKey</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>它的输出：%1</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 could not be started: %2 is not a program that can be run.</source>
        <translation>无法启动 AWS 配置文件 %1 的 credential_process：%2 不是可运行的程序。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 is empty.</source>
        <translation>AWS 配置文件 %1 的 credential_process 为空。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 gave no answer within %2 s and was stopped.</source>
        <translation>AWS 配置文件 %1 的 credential_process 在 %2 秒内没有应答，已被停止。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 printed more than 64 KB and was stopped.</source>
        <translation>AWS 配置文件 %1 的 credential_process 输出超过 64 KB，已被停止。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 failed (exit code %2).</source>
        <translation>AWS 配置文件 %1 的 credential_process 失败（退出码 %2）。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 answered, but %2.</source>
        <translation>AWS 配置文件 %1 的 credential_process 已应答，但%2。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 gave keys that have already expired.</source>
        <translation>AWS 配置文件 %1 的 credential_process 给出的密钥已经过期。</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>配置文件 %1 的 credential_process</translation>
    </message>
</context>
<context>
    <name>plc::CustomTargetPage</name>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Service to connect to</source>
        <translation>要连接的服务</translation>
    </message>
    <message>
        <source>Saved targets</source>
        <translation>已保存的目标</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务提供商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>MatrixOne orders</source>
        <translation>MatrixOne orders</translation>
    </message>
    <message>
        <source>Service Name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Zone IDs</source>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>区域 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>empty: the service name</source>
        <translation>留空：使用服务名称</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Saved targets:</source>
        <translation>已保存的目标：</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>云服务提供商：</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Remove Saved Target</source>
        <translation>删除已保存的目标</translation>
    </message>
    <message>
        <source>Remove the saved target “%1” from this profile? The endpoint itself is not changed.</source>
        <translation>要从此配置文件中删除已保存的目标“%1”吗？终端节点本身不会改变。</translation>
    </message>
    <message>
        <source>The target could not be saved in the settings file; check that it is writable. Nothing else was changed.</source>
        <translation>无法将目标保存到设置文件；请检查该文件是否可写。其他内容均未改变。</translation>
    </message>
    <message>
        <source>For a service the TiDB Cloud API does not list, such as a MatrixOne Cloud instance.</source>
        <translation>用于 TiDB Cloud API 未列出的服务，例如 MatrixOne Cloud 实例。</translation>
    </message>
    <message>
        <source>Enter what the service&apos;s console shows for a private link connection (for MatrixOne Cloud: Connect &gt; Connect with third-party tools &gt; Private Link). Next saves it in this profile; no password is asked for or kept.</source>
        <translation>请输入该服务的控制台为私网连接显示的信息（MatrixOne Cloud：连接 &gt; 通过第三方工具连接 &gt; 私网连接）。单击“下一步”会将其保存在此配置文件中；不会询问或保存密码。</translation>
    </message>
</context>
<context>
    <name>plc::DeleteConfirmPage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>等效的 ticloud 命令</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Check what depends on the connection first.</source>
        <translation>删除后无法撤销。请先检查依赖此连接的内容。</translation>
    </message>
    <message>
        <source>Type the connection&apos;s name to confirm</source>
        <translation>输入连接名称以确认</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>使用 ticloud CLI 的等效命令：</translation>
    </message>
    <message>
        <source>Type the name exactly as shown: %1</source>
        <translation>请完全按显示内容输入名称：%1</translation>
    </message>
    <message>
        <source>TiDB Cloud removes its endpoint for %1 (%2). Anything in TiDB Cloud that reaches a service through this connection stops:</source>
        <translation>TiDB Cloud 将删除其用于 %1（%2）的终端节点。TiDB Cloud 中通过此连接访问服务的一切都将停止：</translation>
    </message>
    <message>
        <source>reading its attached domains…</source>
        <translation>正在读取已绑定的域名…</translation>
    </message>
    <message>
        <source>no domains are attached to it.</source>
        <translation>没有绑定任何域名。</translation>
    </message>
    <message numerus="yes">
        <source>its %n attached domain group(s) are removed with it; their domains stop resolving (%1 in all).</source>
        <translation>
            <numerusform>其 %n 个已绑定的域名组将一并删除；其中的域名将无法解析（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint service on the provider&apos;s side is not changed.</source>
        <translation>云服务商一侧的终端节点服务不会被更改。</translation>
    </message>
    <message>
        <source>the changefeeds through it could not be read; any changefeed or Data Migration task that uses it fails;</source>
        <translation>无法读取经由它的 Changefeed；所有使用它的 Changefeed 或 Data Migration 任务都会失败；</translation>
    </message>
    <message>
        <source>the changefeeds through it could not be read (%1); any changefeed or Data Migration task that uses it fails;</source>
        <translation>无法读取经由它的 Changefeed（%1）；所有使用它的 Changefeed 或 Data Migration 任务都会失败；</translation>
    </message>
    <message>
        <source>no changefeed runs through it (Data Migration tasks are not listed here);</source>
        <translation>没有 Changefeed 经由它（此处不列出 Data Migration 任务）；</translation>
    </message>
    <message>
        <source>%1 — %2, %3 on port %4</source>
        <translation>%1 — %2，%3，端口 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) run through it and fail:</source>
        <translation>
            <numerusform>%n 个 Changefeed 经由它，将会失败：</numerusform>
        </translation>
    </message>
    <message>
        <source>I understand that the running changefeeds through %1 will fail.</source>
        <translation>我了解经由 %1 运行中的 Changefeed 将会失败。</translation>
    </message>
    <message>
        <source>I understand that changefeeds through %1 may be running and will fail.</source>
        <translation>我了解经由 %1 的 Changefeed 可能正在运行，并将会失败。</translation>
    </message>
</context>
<context>
    <name>plc::DeleteConnectionWizard</name>
    <message>
        <source>Delete Private Link Connection</source>
        <translation>删除私有链路连接</translation>
    </message>
</context>
<context>
    <name>plc::DesktopNotifier</name>
    <message>
        <source>No D-Bus session bus, so desktop notifications cannot be shown. They need a desktop session with a notification server.</source>
        <translation>没有 D-Bus 会话总线，因此无法显示桌面通知。桌面通知需要带有通知服务器的桌面会话。</translation>
    </message>
    <message>
        <source>No notification server answers on the D-Bus session bus, so desktop notifications cannot be shown.</source>
        <translation>D-Bus 会话总线上没有通知服务器应答，因此无法显示桌面通知。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server did not answer in time, so desktop notifications may not be shown.</source>
        <translation>桌面的通知服务器未及时应答，因此可能无法显示桌面通知。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server refused the call (%1), so desktop notifications may not be shown.</source>
        <translation>桌面的通知服务器拒绝了调用（%1），因此可能无法显示桌面通知。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server does not support actions, so clicking a notification will not open its connection.</source>
        <translation>桌面的通知服务器不支持操作，因此点击通知不会打开对应的连接。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已开放</translation>
    </message>
</context>
<context>
    <name>plc::DetachConfirmPage</name>
    <message>
        <source>Detach Domains</source>
        <translation>解绑域名</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>等效的 ticloud 命令</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check what stops working. Detach Domains sends the request to TiDB Cloud.</source>
        <translation>请检查哪些功能将停止工作。“解绑域名”会将请求发送到 TiDB Cloud。</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>使用 ticloud CLI 的等效命令：</translation>
    </message>
    <message numerus="yes">
        <source>These %n domain(s) will no longer resolve through %1:</source>
        <translation>
            <numerusform>以下 %n 个域名将不再通过 %1 解析：</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataflow that reaches the service by these names — for example a changefeed to a Kafka cluster whose advertised listeners use them — stops working until the domains are attached again. The connection itself stays Active.</source>
        <translation>通过这些名称访问服务的数据流（例如发往 Kafka 集群、且其 Kafka advertised listeners 使用这些名称的 Changefeed）将停止工作，直到重新绑定这些域名。连接本身保持活跃。</translation>
    </message>
    <message>
        <source>The cluster&apos;s changefeeds could not be read: check in the TiDB Cloud console which Kafka changefeeds use this connection before you detach.</source>
        <translation>无法读取集群的 Changefeed：解绑前请在 TiDB Cloud 控制台中确认哪些 Kafka Changefeed 使用此连接。</translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation>%1（%2），端口 %3</translation>
    </message>
    <message>
        <source>No Kafka changefeed runs through this connection.</source>
        <translation>没有 Kafka Changefeed 经由此连接。</translation>
    </message>
    <message>
        <source>These Kafka changefeeds run through this connection; their brokers are found through the attached domains:</source>
        <translation>以下 Kafka Changefeed 经由此连接，其 Broker 通过已绑定的域名解析：</translation>
    </message>
</context>
<context>
    <name>plc::DetachDomainsWizard</name>
    <message>
        <source>Detach Domains</source>
        <translation>解绑域名</translation>
    </message>
</context>
<context>
    <name>plc::DetachPickPage</name>
    <message>
        <source>Attached domains</source>
        <translation>已绑定的域名</translation>
    </message>
    <message>
        <source>Pick the domain group to detach from %1.</source>
        <translation>选择要从 %1 解绑的域名组。</translation>
    </message>
    <message>
        <source>Attached domain groups</source>
        <translation>已绑定的域名组</translation>
    </message>
    <message>
        <source>Reading the attached domains…</source>
        <translation>正在读取已绑定的域名…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n domain(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个域名</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach domain ID: %1</source>
        <translation>域名绑定 ID：%1</translation>
    </message>
    <message>
        <source>This private link connection has no attached domains.</source>
        <translation>此私有链路连接没有已绑定的域名。</translation>
    </message>
    <message>
        <source>Domains in this group:</source>
        <translation>此组中的域名：</translation>
    </message>
</context>
<context>
    <name>plc::DomainTableModel</name>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Attach Domain ID</source>
        <translation>域名绑定 ID</translation>
    </message>
    <message>
        <source>Domain Type</source>
        <translation>域名类型</translation>
    </message>
    <message>
        <source>Unique Name</source>
        <translation>唯一名称</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>plc::DomainsProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The console follows the domains until they are Active. You can close this window; the details pane keeps showing their state.</source>
        <translation>控制台会跟踪这些域名直到变为活跃。你可以关闭此窗口，详情窗格会继续显示其状态。</translation>
    </message>
    <message>
        <source>Attached domains and their states</source>
        <translation>已绑定的域名及其状态</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The private link connection no longer exists.</source>
        <translation>该私有链路连接已不存在。</translation>
    </message>
    <message>
        <source>It was deleted while this wizard was open; its domains went with it.</source>
        <translation>在此向导打开期间它已被删除，其域名也随之删除。</translation>
    </message>
    <message numerus="yes">
        <source>All %n domain(s) are Active.</source>
        <translation>
            <numerusform>全部 %n 个域名均为活跃。</numerusform>
        </translation>
    </message>
    <message>
        <source>TiDB Cloud dataflow such as changefeeds now reaches the Confluent Cloud Dedicated cluster of network %1 through this private link connection. Use the cluster&apos;s bootstrap server as usual.</source>
        <translation>Changefeed 等 TiDB Cloud 数据流现在通过此私有链路连接访问网络 %1 中的 Confluent Cloud Dedicated 集群。照常使用该集群的 bootstrap server 即可。</translation>
    </message>
    <message>
        <source>TiDB Cloud dataflow now resolves these domains through this private link connection. Configure your service to announce addresses under them (for Kafka, the advertised listeners), then create the changefeed.</source>
        <translation>TiDB Cloud 数据流现在通过此私有链路连接解析这些域名。请将你的服务配置为使用这些域名下的地址（对于 Kafka，即 Kafka advertised listeners），然后创建 Changefeed。</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) failed.</source>
        <translation>
            <numerusform>%n 个域名失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>The state&apos;s tooltip shows the server&apos;s message. Detach the domains and attach them again, or contact TiDB Cloud Support with the attach domain ID %1.</source>
        <translation>状态的工具提示中显示服务器返回的消息。请解绑后重新绑定这些域名，或携带域名绑定 ID %1 联系 TiDB Cloud 技术支持。</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n domain(s)…</source>
        <translation>
            <numerusform>正在绑定 %n 个域名…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach domain ID: %1. The domains become Active within a few minutes.</source>
        <translation>域名绑定 ID：%1。域名将在几分钟内变为活跃。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointActions</name>
    <message>
        <source>Select a cluster first.</source>
        <translation>请先选择一个集群。</translation>
    </message>
    <message>
        <source>Set up a private endpoint from your VPC to %1 and check that it answers.</source>
        <translation>设置从您的 VPC 到 %1 的私有终端节点，并检查其是否应答。</translation>
    </message>
    <message>
        <source>Private &amp;Endpoints</source>
        <translation>私有终端节点(&amp;E)</translation>
    </message>
    <message>
        <source>Connect via &amp;Private Endpoint…</source>
        <translation>通过私有终端节点连接(&amp;P)…</translation>
    </message>
    <message>
        <source>Private Endpoint to &amp;Another Service…</source>
        <translation>到其他服务的私有终端节点(&amp;A)…</translation>
    </message>
    <message>
        <source>For a service the API does not list, such as a MatrixOne Cloud instance; kept in this profile.</source>
        <translation>用于 API 未列出的服务，例如 MatrixOne Cloud 实例；保存在此配置文件中。</translation>
    </message>
    <message>
        <source>&amp;Check Endpoint…</source>
        <translation>检查终端节点(&amp;C)…</translation>
    </message>
    <message>
        <source>Check whether a database answers at a host and port.</source>
        <translation>检查某个主机和端口上的数据库是否应答。</translation>
    </message>
    <message>
        <source>The interface endpoints of %1 that reach this cluster, in every VPC.</source>
        <translation>%1 在所有 VPC 中连接到此集群的接口终端节点。</translation>
    </message>
    <message>
        <source>Choose the profile&apos;s account with the cluster&apos;s cloud provider first (Profiles…).</source>
        <translation>请先为配置文件选择该集群云服务商的账号（配置文件…）。</translation>
    </message>
    <message>
        <source>&amp;Your Endpoints to This Cluster…</source>
        <translation>你到此集群的终端节点(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>plc::EndpointCheckPage</name>
    <message>
        <source>Check command</source>
        <translation>检查命令</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <source>Does the database answer through the endpoint? No password is needed.</source>
        <translation>数据库是否通过终端节点应答？无需密码。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Troubleshooting&lt;/b&gt;</source>
        <translation>&lt;b&gt;故障排查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This check runs from this computer, which is usually outside the VPC. To check from a host inside it, run:</source>
        <translation>此检查在本机上运行，而本机通常位于 VPC 之外。要从 VPC 内的主机检查，请运行：</translation>
    </message>
    <message>
        <source>Cannot connect after enabling private DNS: the endpoint&apos;s security group must allow inbound access from your application on port %1 (%2).</source>
        <translation>启用私有 DNS 后仍无法连接：终端节点的安全组必须允许来自应用程序的端口 %1 入站访问（%2）。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointDoctorDialog</name>
    <message>
        <source>Check Endpoint</source>
        <translation>检查终端节点</translation>
    </message>
    <message>
        <source>Checks whether a database answers at a host and port from this machine: the name resolves, a TCP connection opens, and a MySQL-protocol server greets. No password is needed or sent. To check from a server inside your VPC, run privatelink-console --check-endpoint HOST:PORT there.</source>
        <translation>从本机检查某个主机和端口上的数据库是否应答：名称能否解析、TCP 连接能否建立、MySQL 协议服务器是否发送问候。无需也不会发送密码。要从 VPC 内的服务器检查，请在该服务器上运行 privatelink-console --check-endpoint HOST:PORT。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointDoctorWidget</name>
    <message>
        <source>Resolve the host name (is it a private address?).</source>
        <translation>解析主机名（是否为私有地址？）。</translation>
    </message>
    <message>
        <source>&amp;Host and port:</source>
        <translation>主机和端口(&amp;H)：</translation>
    </message>
    <message>
        <source>Host and port to check</source>
        <translation>要检查的主机和端口</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>plc::EndpointServicePage</name>
    <message>
        <source>Service Name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Availability Zone ID</source>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>区域 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Private endpoint details</source>
        <translation>私有终端节点详情</translation>
    </message>
    <message>
        <source>Service Name:</source>
        <translation>服务名称：</translation>
    </message>
    <message>
        <source>Region ID:</source>
        <translation>区域 ID：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>These are the private endpoint details of the cluster %1, as TiDB Cloud&apos;s Connect dialog shows them with Connection Type: Private Endpoint. Take a note of Service Name, Availability Zone ID and Region ID.</source>
        <translation>以下是集群 %1 的私有终端节点详情，与 TiDB Cloud 连接对话框中连接类型为 Private Endpoint 时显示的一致。请记下服务名称、可用区 ID 和区域 ID。</translation>
    </message>
    <message>
        <source>These are the details of %1 as you entered them.</source>
        <translation>以下是您输入的 %1 的详情。</translation>
    </message>
    <message>
        <source>You only need to create one private endpoint per region: it is shared by every Starter and Essential cluster in %1. If your VPC already has one for this region, go on to Connect With.</source>
        <translation>每个区域只需创建一个私有终端节点：%1 中的所有 Starter 和 Essential 集群共享它。如果您的 VPC 已有此区域的私有终端节点，请直接继续到“连接方式”。</translation>
    </message>
    <message>
        <source>Your application reaches the database through an interface endpoint in your own VPC.</source>
        <translation>您的应用程序通过您自己 VPC 中的接口终端节点访问数据库。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointServiceTableModel</name>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Automatic (Confluent Cloud)</source>
        <translation>自动（Confluent Cloud）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>终端节点服务名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Allow principals / Service Whitelist</source>
        <translation>允许的主体（Allow principals）/ 服务白名单</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>接受方式</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>plc::FleetAlerts</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…另有 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private link connection change(s)</source>
        <translation>
            <numerusform>%n 项私有链路连接变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Private Link Console: %n connection(s) need attention</source>
        <translation>
            <numerusform>Private Link Console：%n 个连接需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>Private Link Console: no connection needs attention</source>
        <translation>Private Link Console：没有需要关注的连接</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications of Fleet Changes</source>
        <translation>全部连接变化的桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray When Closed</source>
        <translation>关闭窗口后在托盘中继续运行(&amp;T)</translation>
    </message>
    <message>
        <source>Closing the window keeps the console watching the fleet in the tray</source>
        <translation>关闭窗口后，控制台在托盘中继续关注全部连接</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the console.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口会退出控制台。</translation>
    </message>
    <message>
        <source>Show the &amp;Console</source>
        <translation>显示控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Show the &amp;Fleet</source>
        <translation>显示全部连接(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>plc::FleetFeed</name>
    <message>
        <source>about a minute</source>
        <translation>约 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 (profile %2) could not be read: %3 Its rows are from %4.</source>
        <translation>无法读取集群 %1（配置文件 %2）：%3 其行读取于%4。</translation>
    </message>
    <message>
        <source>Cluster %1 (profile %2) could not be read: %3 Its connections are not known yet.</source>
        <translation>无法读取集群 %1（配置文件 %2）：%3 其连接尚不可知。</translation>
    </message>
    <message numerus="yes">
        <source>%n more cluster(s) could not be read; they are read again at the next pass.</source>
        <translation>
            <numerusform>另有 %n 个集群无法读取；下一轮读取时会再次读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the cluster list…</source>
        <translation>%1：正在读取集群列表…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clusters read, %4 left</source>
        <translation>%1：已读取 %2/%3 个集群，剩余%4</translation>
    </message>
    <message>
        <source>%1: up to date; read again in %2</source>
        <translation>%1：已是最新；%2后再次读取</translation>
    </message>
</context>
<context>
    <name>plc::FleetSession</name>
    <message>
        <source>Profile %1: its API key could not be read: %2</source>
        <translation>配置文件 %1：无法读取其 API 密钥：%2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Fleet (%n need attention)</source>
        <translation>
            <numerusform>全部连接(&amp;F)（%n 个需要关注）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>全部连接(&amp;F)</translation>
    </message>
    <message>
        <source>Profile %1 is not read: TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY are set, and they stand for the active profile only.</source>
        <translation>未读取配置文件 %1：已设置 TIDBCLOUD_PUBLIC_KEY 和 TIDBCLOUD_PRIVATE_KEY，它们仅代表当前使用的配置文件。</translation>
    </message>
</context>
<context>
    <name>plc::FleetSideReader</name>
    <message>
        <source>This profile has no account with the connection&apos;s cloud provider: choose one (Profiles…) to see its side here.</source>
        <translation>此配置文件没有该连接所属云服务商的账户：请选择一个（配置文件…），即可在此查看其云服务商侧。</translation>
    </message>
</context>
<context>
    <name>plc::FleetTableModel</name>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n 个 Changefeed</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cloud Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Private Link Connection</source>
        <translation>私有链路连接</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>Last Change</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>%1
Read with %2, %3.</source>
        <translation>%1
%3使用 %2 读取。</translation>
    </message>
    <message>
        <source>Provider Side</source>
        <translation>云服务商侧</translation>
    </message>
</context>
<context>
    <name>plc::FleetWindow</name>
    <message>
        <source>Profiles: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No profile is chosen: choose the profiles whose connections the fleet shows.</source>
        <translation>未选择配置文件：请选择要在全部连接视图中显示其连接的配置文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) need attention</source>
        <translation>
            <numerusform>%n 个连接需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet (%1) — Private Link Console</source>
        <translation>全部连接（%1）— Private Link Console</translation>
    </message>
    <message>
        <source>Fleet — Private Link Console</source>
        <translation>全部连接 — Private Link Console</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>自上次查看以来没有变化。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Profile, cluster, connection, state or reason</source>
        <translation>配置文件、集群、连接、状态或原因</translation>
    </message>
    <message>
        <source>Filter the fleet</source>
        <translation>筛选全部连接</translation>
    </message>
    <message>
        <source>Every private link connection</source>
        <translation>全部私有链路连接</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>自上次查看以来的变化</translation>
    </message>
    <message>
        <source>Mark as &amp;Seen</source>
        <translation>标记为已查看(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read every chosen profile&apos;s clusters again now</source>
        <translation>立即重新读取所选配置文件的全部集群</translation>
    </message>
    <message>
        <source>&amp;Open in Main Window</source>
        <translation>在主窗口中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy ticloud &amp;Commands</source>
        <translation>复制 ticloud 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the ticloud commands that read the selected connections (or every one shown)</source>
        <translation>复制读取所选连接（或全部显示的连接）的 ticloud 命令</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointPanel</name>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Enable private DNS name (the cluster&apos;s host resolves to the endpoint in this VPC)</source>
        <translation>启用私有 DNS 名称（在此 VPC 中，集群的主机名解析到该终端节点）</translation>
    </message>
    <message>
        <source>Create Endpoint…</source>
        <translation>创建终端节点…</translation>
    </message>
    <message>
        <source>Use This Endpoint</source>
        <translation>使用此终端节点</translation>
    </message>
    <message>
        <source>CLI command</source>
        <translation>CLI 命令</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC：</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>安全组：</translation>
    </message>
    <message>
        <source>The %1 account changed: read again to continue with it.</source>
        <translation>%1 账号已更改：请重新读取以使用新账号继续。</translation>
    </message>
    <message>
        <source>Read and made on %1 with %2, in %3. Nothing changes there unless you confirm it.</source>
        <translation>使用 %2 在 %1 上读取和创建，区域 %3。未经你确认，不会进行任何变更。</translation>
    </message>
    <message>
        <source>Reading the VPCs in %1…</source>
        <translation>正在读取 %1 中的 VPC…</translation>
    </message>
    <message>
        <source>There is no VPC in %1 for this account. Create one where your applications run, then read again.</source>
        <translation>此账户在 %1 中没有 VPC。请在应用程序运行的位置创建一个 VPC，然后重新读取。</translation>
    </message>
    <message>
        <source>The VPCs could not be read: %1</source>
        <translation>无法读取 VPC：%1</translation>
    </message>
    <message>
        <source>Reading VPC %1…</source>
        <translation>正在读取 VPC %1…</translation>
    </message>
    <message>
        <source>The VPC could not be read: %1</source>
        <translation>无法读取该 VPC：%1</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1).</source>
        <translation>不在该服务的可用区（%1）中。</translation>
    </message>
    <message>
        <source>Asking %1 whether the endpoint can be made (dry run)…</source>
        <translation>正在询问 %1 能否创建该终端节点（预检）…</translation>
    </message>
    <message>
        <source>Creating the endpoint on %1…</source>
        <translation>正在 %1 上创建终端节点…</translation>
    </message>
    <message>
        <source>%1 made the endpoint.</source>
        <translation>%1 已创建该终端节点。</translation>
    </message>
    <message>
        <source>The dry run did not pass, so nothing was made: %1</source>
        <translation>试运行未通过，因此未创建任何资源：%1</translation>
    </message>
    <message>
        <source>Make a choice that passes the checks first.</source>
        <translation>请先做出能通过检查的选择。</translation>
    </message>
    <message>
        <source>The choice changed during the dry run, so nothing was made. Check it and press Create Endpoint again.</source>
        <translation>预检期间选择发生了变化，因此未创建任何资源。请检查后再次点击“创建终端节点”。</translation>
    </message>
    <message>
        <source>Open the port to:</source>
        <translation>端口开放给：</translation>
    </message>
    <message>
        <source>Open the port to</source>
        <translation>端口开放给</translation>
    </message>
    <message>
        <source>The VPC&apos;s addresses</source>
        <translation>该 VPC 的地址</translation>
    </message>
    <message>
        <source>The members of %1</source>
        <translation>%1 的成员</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointView</name>
    <message>
        <source>Endpoint ID</source>
        <translation>终端节点 ID</translation>
    </message>
    <message>
        <source>Host to connect to</source>
        <translation>要连接的主机</translation>
    </message>
    <message>
        <source>Copy as Terraform</source>
        <translation>复制为 Terraform</translation>
    </message>
    <message>
        <source>Terraform for what was made, with its real IDs and import blocks. The console never applies it.</source>
        <translation>所创建资源的 Terraform 配置，包含真实 ID 和 import 块。控制台从不执行它。</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>终端节点 ID：</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>连接到：</translation>
    </message>
    <message>
        <source>Endpoint %1 can be used: connect to %2, port %3, from VPC %4.</source>
        <translation>终端节点 %1 已可用：请从 VPC %4 连接到 %2，端口 %3。</translation>
    </message>
    <message>
        <source>Endpoint %1 cannot be used (%2: %3). %4</source>
        <translation>终端节点 %1 无法使用（%2：%3）。%4</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists on %2.</source>
        <translation>终端节点 %1 在 %2 上已不存在。</translation>
    </message>
    <message>
        <source>Endpoint %1 is being deleted on %2.</source>
        <translation>终端节点 %1 正在 %2 上删除。</translation>
    </message>
    <message>
        <source>Endpoint %1 is being made (%2: %3); the console checks again shortly.</source>
        <translation>终端节点 %1 正在创建中（%2：%3）；控制台稍后会再次检查。</translation>
    </message>
    <message>
        <source>DNS names:
%1</source>
        <translation>DNS 名称：
%1</translation>
    </message>
    <message>
        <source>If the cluster allows only some private endpoints (an Essential cluster&apos;s allowlist, set in the TiDB Cloud console), add %1 to it.</source>
        <translation>如果集群只允许部分私有终端节点连接（Essential 集群的允许列表，在 TiDB Cloud 控制台中设置），请将 %1 添加到其中。</translation>
    </message>
    <message>
        <source>Endpoint %1 is still being made after 20 minutes (%2). Check it in the provider&apos;s console.</source>
        <translation>终端节点 %1 在 20 分钟后仍在创建中（%2）。请在云服务商的控制台中查看。</translation>
    </message>
    <message>
        <source>The endpoint could not be read: %1</source>
        <translation>无法读取终端节点：%1</translation>
    </message>
    <message>
        <source>Endpoint %1 cannot be used (%2: %3). The provider gives no reason.</source>
        <translation>终端节点 %1 无法使用（%2：%3）。云服务商未给出原因。</translation>
    </message>
    <message>
        <source>Connectivity check command</source>
        <translation>连通性检查命令</translation>
    </message>
    <message>
        <source>From a machine in VPC %1, check that the database answers through the endpoint:</source>
        <translation>请在 VPC %1 中的机器上检查数据库能否通过该终端节点响应：</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Hosts file lines</source>
        <translation>hosts 文件行</translation>
    </message>
    <message>
        <source>To connect to %1 by its own name, as the connection strings and TLS expect, add these lines to /etc/hosts on each machine in VPC %2:</source>
        <translation>要按 %1 本身的名称连接（连接字符串和 TLS 都使用该名称），请在 VPC %2 内的每台机器上将以下行添加到 hosts 文件（/etc/hosts）：</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointsDialog</name>
    <message>
        <source>Being made</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Copy as Terraform</source>
        <translation>复制为 Terraform</translation>
    </message>
    <message>
        <source>Connect With…</source>
        <translation>连接方式…</translation>
    </message>
    <message>
        <source>Your Endpoints to %1</source>
        <translation>你到 %1 的终端节点</translation>
    </message>
    <message>
        <source>The interface endpoints of %1 to %2, in every VPC of %3.</source>
        <translation>%1 在 %3 所有 VPC 中连接到 %2 的接口终端节点。</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>终端节点 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The %1 account changed: close this window and open it again.</source>
        <translation>%1 账号已更改：请关闭此窗口后重新打开。</translation>
    </message>
    <message>
        <source>Reading the endpoints…</source>
        <translation>正在读取终端节点…</translation>
    </message>
    <message>
        <source>This account has no endpoint to the cluster&apos;s service in %1.</source>
        <translation>此账号在 %1 中没有连接到该集群服务的终端节点。</translation>
    </message>
    <message>
        <source>The endpoints could not be read: %1</source>
        <translation>无法读取终端节点：%1</translation>
    </message>
    <message>
        <source>Deleting endpoint %1 on %2…</source>
        <translation>正在 %2 上删除终端节点 %1…</translation>
    </message>
    <message>
        <source>%1 is deleting endpoint %2.</source>
        <translation>%1 正在删除终端节点 %2。</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Copied as Terraform: the endpoint and the rules known to let the port in, with import blocks.</source>
        <translation>已复制为 Terraform：包含该终端节点和已知允许该端口入站的规则，以及 import 块。</translation>
    </message>
    <message>
        <source>A change is on its way, or it is not known yet whether it was made: wait for it, or press its button again to read whether it was made, then close.</source>
        <translation>有变更正在发送，或尚不确定是否已完成：请等待，或再次点击其按钮以读取是否已完成，然后再关闭。</translation>
    </message>
    <message>
        <source>%1 did not delete endpoint %2: %3</source>
        <translation>%1 未删除终端节点 %2：%3</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Its security groups&apos; rules were not read.</source>
        <translation>未读取其安全组的规则。</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>未开放</translation>
    </message>
    <message>
        <source>None of its security groups lets TCP %1 in: nothing reaches the database through it.</source>
        <translation>它的安全组都不允许 TCP %1 入站：无法通过它访问数据库。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已开放</translation>
    </message>
    <message>
        <source>TCP %1 is let in by %2.</source>
        <translation>%2 允许 TCP %1 入站。</translation>
    </message>
</context>
<context>
    <name>plc::InboundModifyDialog</name>
    <message>
        <source>Enable private DNS name (the cluster&apos;s host resolves to the endpoint in this VPC)</source>
        <translation>启用私有 DNS 名称（在此 VPC 中，集群的主机名解析到该终端节点）</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Modify Endpoint %1</source>
        <translation>修改终端节点 %1</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>安全组：</translation>
    </message>
    <message>
        <source>Endpoint %1 in VPC %2.</source>
        <translation>VPC %2 中的终端节点 %1。</translation>
    </message>
    <message>
        <source>Reading VPC %1…</source>
        <translation>正在读取 VPC %1…</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1).</source>
        <translation>不在该服务的可用区（%1）中。</translation>
    </message>
    <message>
        <source>Keep at least one subnet or vSwitch: an endpoint needs an address in a zone of the service.</source>
        <translation>请至少保留一个子网或交换机：终端节点需要在服务的某个可用区中有地址。</translation>
    </message>
    <message>
        <source>Nothing would change: tick or untick something first.</source>
        <translation>不会有任何变更：请先勾选或取消勾选某项。</translation>
    </message>
    <message>
        <source>Changing endpoint %1…</source>
        <translation>正在更改终端节点 %1…</translation>
    </message>
    <message>
        <source>Endpoint %1 changed.</source>
        <translation>终端节点 %1 已更改。</translation>
    </message>
    <message>
        <source>The change is on its way, or it is not known yet whether it was made: wait for it, or press Modify again to read whether it was made, then close.</source>
        <translation>该变更正在发送，或尚不确定是否已完成：请等待，或再次点击“修改”以读取是否已完成，然后再关闭。</translation>
    </message>
    <message>
        <source>The VPC or the endpoint could not be read: %1</source>
        <translation>无法读取该 VPC 或终端节点：%1</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists, or is being deleted: there is nothing to change.</source>
        <translation>终端节点 %1 已不存在或正在删除：没有可更改的内容。</translation>
    </message>
</context>
<context>
    <name>plc::InboundSession</name>
    <message>
        <source>Let TCP %1 into security group %2 from the VPC&apos;s addresses (%3)?</source>
        <translation>允许来自该 VPC 地址（%3）的 TCP %1 进入安全组 %2？</translation>
    </message>
    <message>
        <source>Let TCP %1 into security group %2 from the members of security group %3?</source>
        <translation>允许来自安全组 %3 成员的 TCP %1 进入安全组 %2？</translation>
    </message>
</context>
<context>
    <name>plc::InboundWays</name>
    <message>
        <source>Make it from the console, with %1</source>
        <translation>从本控制台创建，使用 %1</translation>
    </message>
    <message>
        <source>Make it from the console (first choose the profile&apos;s account with this provider)</source>
        <translation>从本控制台创建（请先为配置文件选择该云服务商的账号）</translation>
    </message>
</context>
<context>
    <name>plc::LinkChecksPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>TiDB Cloud cannot connect yet: fix the items marked ✗, then check again.</source>
        <translation>TiDB Cloud 暂时无法连接：请修正标有 ✗ 的项，然后再次检查。</translation>
    </message>
    <message>
        <source>Nothing found stops the create, but not everything could be checked: %1</source>
        <translation>未发现阻止创建的问题，但并非所有项都能检查：%1</translation>
    </message>
</context>
<context>
    <name>plc::LinkDiagnosisDialog</name>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
</context>
<context>
    <name>plc::MainWindow</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>内置沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Private Link Console</source>
        <translation>私有链路控制台</translation>
    </message>
    <message>
        <source>%1 — Private Link Console</source>
        <translation>%1 — 私有链路控制台</translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>正在加载集群…</translation>
    </message>
    <message numerus="yes">
        <source>Loading clusters… %n page(s)</source>
        <translation>
            <numerusform>正在加载集群… 已加载 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) so far</source>
        <translation>
            <numerusform>目前已有 %n 个集群</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters could not be loaded</source>
        <translation>无法加载集群</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 个集群</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>管理配置文件…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理配置文件(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>API budget: %1 of %2 left this minute</source>
        <translation>API 配额：本分钟剩余 %1/%2</translation>
    </message>
    <message>
        <source>Request &amp;Log…</source>
        <translation>请求日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Provider Side (Sandbox)</source>
        <translation>云服务商侧（沙盒）</translation>
    </message>
    <message>
        <source>Provider &amp;Side (Sandbox)</source>
        <translation>云服务商侧（沙盒）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>plc::MessageBar</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>plc::PrivateEndpointWizard</name>
    <message>
        <source>Connect via Private Endpoint — %1</source>
        <translation>通过私有终端节点连接 — %1</translation>
    </message>
    <message>
        <source>Private Endpoint to Another Service</source>
        <translation>到其他服务的私有终端节点</translation>
    </message>
</context>
<context>
    <name>plc::ProfileActivation</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
</context>
<context>
    <name>plc::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>API URL(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公钥(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rivate key:</source>
        <translation>私钥(&amp;R)：</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已存储的私钥</translation>
    </message>
    <message>
        <source>Store the private key in the keychain</source>
        <translation>将私钥存储在密钥环中</translation>
    </message>
    <message>
        <source>Keep the private key for this session only (never written to disk)</source>
        <translation>仅在本次会话中保留私钥（绝不写入磁盘）</translation>
    </message>
    <message>
        <source>The built-in sandbox emulates the TiDB Cloud API on this computer. It needs no account and no key.</source>
        <translation>内置沙盒在本机上模拟 TiDB Cloud API，无需账户和密钥。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test Key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from ticloud…</source>
        <translation>从 ticloud 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>Correct the fields marked above, then save again.</source>
        <translation>请更正上方标出的字段，然后再次保存。</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>配置文件“%1”已保存。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its private key is kept for this session only.</source>
        <translation>配置文件“%1”已保存；其私钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its private key is in the keychain.</source>
        <translation>配置文件“%1”已保存；其私钥已存入密钥环。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored private key?</source>
        <translation>要删除配置文件“%1”及其存储的私钥吗？</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>配置文件“%1”已删除。</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>正在测试密钥…</translation>
    </message>
    <message numerus="yes">
        <source>The key works: it can see %n cluster(s).</source>
        <translation>
            <numerusform>密钥有效：可以看到 %n 个集群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its private key could not be deleted from the keychain: %2 Delete the entry “%3” of “%4” in your keyring manager; no other profile will use it.</source>
        <translation>配置文件“%1”已删除，但无法从密钥环中删除其私钥：%2 请在密钥环管理器中删除“%4”的条目“%3”；其他配置文件不会使用该条目。</translation>
    </message>
    <message>
        <source>Saving profile “%1”…</source>
        <translation>正在保存配置文件“%1”…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>To keep the private key for this session only, save again.</source>
        <translation>如需仅在本次会话中保留私钥，请再次保存。</translation>
    </message>
</context>
<context>
    <name>plc::ProfileStore</name>
    <message>
        <source>The profile could not be saved. Check that the settings folder is writable.</source>
        <translation>无法保存配置文件。请检查设置文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>plc::RemovalProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The console follows the change until it is complete. You can close this window; the table keeps showing the state.</source>
        <translation>控制台会跟踪此更改直到完成。你可以关闭此窗口，表格会继续显示状态。</translation>
    </message>
    <message>
        <source>Detaching the domains…</source>
        <translation>正在解绑域名…</translation>
    </message>
    <message>
        <source>Attach domain ID: %1. The domains are removed within a few minutes.</source>
        <translation>域名绑定 ID：%1。域名将在几分钟内删除。</translation>
    </message>
    <message>
        <source>Deleting the private link connection…</source>
        <translation>正在删除私有链路连接…</translation>
    </message>
    <message>
        <source>TiDB Cloud removes its endpoint. The connection stays in the table as Deleting until it is gone.</source>
        <translation>TiDB Cloud 正在删除其终端节点。在删除完成前，该连接会以“删除中”状态留在表格中。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Detaching the domains… (%1)</source>
        <translation>正在解绑域名…（%1）</translation>
    </message>
    <message>
        <source>The domains are detached.</source>
        <translation>域名已解绑。</translation>
    </message>
    <message>
        <source>They no longer resolve through this private link connection. Attach Domains adds them again.</source>
        <translation>它们不再通过此私有链路连接解析。使用“绑定域名”可以重新添加。</translation>
    </message>
    <message>
        <source>The private link connection is deleted.</source>
        <translation>私有链路连接已删除。</translation>
    </message>
    <message>
        <source>If nothing else uses the endpoint service, you can remove TiDB Cloud&apos;s account from its Allow principals (AWS) or Service Whitelist (Alibaba Cloud).</source>
        <translation>如果没有其他内容使用该终端节点服务，可以将 TiDB Cloud 的账户从其允许的主体（AWS）或服务白名单（阿里云）中移除。</translation>
    </message>
</context>
<context>
    <name>plc::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>plc::RequestLogWindow</name>
    <message>
        <source>Request Log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Every API call of this session, for support. It never contains your API key. Give the trace ID to TiDB Cloud Support when a call failed.</source>
        <translation>本次会话的所有 API 调用，供技术支持使用。其中绝不包含您的 API 密钥。调用失败时，请将追踪 ID 提供给 TiDB Cloud 技术支持。</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>plc::SandboxProviderPanel</name>
    <message>
        <source>The cloud provider&apos;s side, simulated by the sandbox: the endpoint services and the endpoint connection requests they received from TiDB Cloud. Accept (AWS) or allow (Alibaba Cloud) a pending request here, as you would on the endpoint service&apos;s Endpoint Connections tab.</source>
        <translation>由沙盒模拟的云服务商侧：终端节点服务及其收到的来自 TiDB Cloud 的终端节点连接请求。可在此接受（AWS）或允许（阿里云）待处理的请求，就像在终端节点服务的“终端节点连接（Endpoint Connections）”选项卡中操作一样。</translation>
    </message>
    <message>
        <source>Simulated endpoint services</source>
        <translation>模拟的终端节点服务</translation>
    </message>
    <message>
        <source>Endpoint connection requests</source>
        <translation>终端节点连接请求</translation>
    </message>
    <message>
        <source>&amp;Accept / Allow</source>
        <translation>接受 / 允许(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Only a pending request can be accepted or rejected.</source>
        <translation>只能接受或拒绝待处理的请求。</translation>
    </message>
    <message>
        <source>Select an endpoint connection request.</source>
        <translation>请选择一个终端节点连接请求。</translation>
    </message>
</context>
<context>
    <name>plc::SandboxRoleBar</name>
    <message>
        <source>The sandbox&apos;s roles could not be read: %1</source>
        <translation>无法读取沙盒的角色：%1</translation>
    </message>
    <message>
        <source>Act on %1 as:</source>
        <translation>在 %1 上的身份：</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key pair</source>
        <translation>沙盒的密钥对</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>Role %1 (does not trust the key pair)</source>
        <translation>角色 %1（不信任该密钥对）</translation>
    </message>
    <message>
        <source>Role %1 (MFA code)</source>
        <translation>角色 %1（MFA 验证码）</translation>
    </message>
    <message>
        <source>Role %1 (external ID)</source>
        <translation>角色 %1（外部 ID）</translation>
    </message>
    <message>
        <source>The choice could not be kept in the settings file; it holds until the console closes.</source>
        <translation>无法将此选择保存到设置文件；在控制台关闭前仍然有效。</translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation>当前身份：%1。</translation>
    </message>
    <message>
        <source>Assume &amp;Now</source>
        <translation>立即代入(&amp;N)</translation>
    </message>
    <message>
        <source>Assume the role now, rather than at the next call to the provider, and show who its keys are.</source>
        <translation>现在就代入角色（而不是等到下一次调用云服务商时），并显示其密钥的身份。</translation>
    </message>
    <message>
        <source>Act on %1 as</source>
        <translation>在 %1 上的身份</translation>
    </message>
</context>
<context>
    <name>plc::ScreenshotHarness</name>
    <message>
        <source>the first load did not finish within %1 seconds</source>
        <translation>首次加载未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the first load failed: %1</source>
        <translation>首次加载失败：%1</translation>
    </message>
    <message>
        <source>cannot take the screenshot: %1</source>
        <translation>无法截图：%1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
<context>
    <name>plc::SendOnce</name>
    <message>
        <source>It was sent with %1, which is no longer the account chosen: choose it again to find out whether it was made.</source>
        <translation>它是使用 %1 发送的，而该账号已不是当前选择的账号：请重新选择它，以确认更改是否已生效。</translation>
    </message>
</context>
<context>
    <name>plc::SinkTestDialog</name>
    <message>
        <source>Authentication:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>使用 TLS</translation>
    </message>
    <message>
        <source>Equivalent request</source>
        <translation>等效的请求</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test Through %1</source>
        <translation>经由 %1 测试</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Password, for this test only</source>
        <translation>密码，仅用于本次测试</translation>
    </message>
    <message>
        <source>used for this test only, never saved</source>
        <translation>仅用于本次测试，绝不保存</translation>
    </message>
    <message>
        <source>TiDB Cloud tries to reach the sink from the cluster %1 through the private link connection %2 (%3), as a changefeed would. Nothing is created.</source>
        <translation>TiDB Cloud 会像 Changefeed 一样，从集群 %1 经由私有链路连接 %2（%3）尝试访问下游。不会创建任何资源。</translation>
    </message>
    <message>
        <source>Sink type:</source>
        <translation>下游类型：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same request to the TiDB Cloud API (the password is masked):</source>
        <translation>发送到 TiDB Cloud API 的相同请求（密码已隐藏）：</translation>
    </message>
    <message>
        <source>Enter the user name the sink accepts.</source>
        <translation>请输入下游接受的用户名。</translation>
    </message>
    <message>
        <source>The user name starts or ends with a space; remove it.</source>
        <translation>用户名开头或结尾有空格，请删除。</translation>
    </message>
    <message>
        <source>Enter the password. It is used for this test only and kept in memory only.</source>
        <translation>请输入密码。密码仅用于本次测试，且仅保存在内存中。</translation>
    </message>
    <message>
        <source>The connection is %1: nothing goes through it until it is Active, so the test will fail.</source>
        <translation>该连接处于“%1”状态：在变为“活跃”之前不会有任何流量经过，因此测试将会失败。</translation>
    </message>
    <message>
        <source>No domain is attached to this connection. Kafka clients are sent to the brokers&apos; advertised listeners, which resolve only through attached domains: attach them first (Attach Domains…).</source>
        <translation>此连接未绑定任何域名。Kafka 客户端会被引导至 Broker 的 Kafka advertised listeners，而它们只能通过已绑定的域名解析：请先绑定域名（绑定域名…）。</translation>
    </message>
    <message>
        <source>No %1 changefeed runs through this connection yet; this is the usual port.</source>
        <translation>目前没有 %1 Changefeed 经由此连接；这是常用端口。</translation>
    </message>
    <message>
        <source>Ports the %1 changefeeds through this connection use: %2</source>
        <translation>经由此连接的 %1 Changefeed 使用的端口：%2</translation>
    </message>
    <message>
        <source>Testing… TiDB Cloud is reaching the sink through the connection.</source>
        <translation>正在测试… TiDB Cloud 正在经由此连接访问下游。</translation>
    </message>
    <message>
        <source>The sink answered: TiDB Cloud reaches %1 on port %2 through this connection.</source>
        <translation>下游已响应：TiDB Cloud 可经由此连接访问端口 %2 上的 %1。</translation>
    </message>
    <message>
        <source>The connection is not Active, so nothing reaches the sink through it. Make it Active first (accept the endpoint connection on the provider&apos;s side, or fix why it failed).</source>
        <translation>该连接不是“活跃”状态，因此无法经由它访问下游。请先使其变为“活跃”（在云服务商侧接受终端节点连接，或解决其失败原因）。</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 behind the endpoint service. Check the port, and that the load balancer behind the endpoint service has a listener on it that forwards to the sink.</source>
        <translation>终端节点服务后端的端口 %1 没有响应。请检查端口，并确认终端节点服务后端的负载均衡器在该端口上有转发到下游的监听器。</translation>
    </message>
    <message>
        <source>The Kafka bootstrap server was reached, but its brokers&apos; advertised listeners do not resolve: attach the Kafka cluster&apos;s domains to this connection (Attach Domains…).</source>
        <translation>已访问到 Kafka 引导服务器，但其 Broker 的 Kafka advertised listeners 无法解析：请将 Kafka 集群的域名绑定到此连接（绑定域名…）。</translation>
    </message>
    <message>
        <source>The sink refused the user name or password. Check them, and that the user may connect from TiDB Cloud.</source>
        <translation>下游拒绝了用户名或密码。请检查它们，并确认该用户可以从 TiDB Cloud 连接。</translation>
    </message>
    <message>
        <source>TiDB Cloud did not answer in time, so the outcome is unknown. Test again in a moment.</source>
        <translation>TiDB Cloud 未能及时响应，因此结果未知。请稍后再次测试。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>TiDB Cloud said: %1</source>
        <translation>TiDB Cloud 返回：%1</translation>
    </message>
</context>
</TS>
