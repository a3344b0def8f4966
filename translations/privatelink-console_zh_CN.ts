<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>plc::ConsoleSession</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>the first load did not finish within %1 seconds</source>
        <translation>首次加载未在 %1 秒内完成</translation>
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
        <source>About Private Link Console</source>
        <translation>关于私有链路控制台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Private Link Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Set up and run the private link connections of TiDB Cloud clusters through the TiDB Cloud Serverless API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;私有链路控制台&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;通过 TiDB Cloud Serverless API 设置和管理 TiDB Cloud 集群的私有链路连接。&lt;/p&gt;</translation>
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
</TS>
