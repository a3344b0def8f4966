<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlibabaCommands</name>
    <message>
        <source>The console&apos;s AccessKey comes from ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in its environment, not from an aliyun CLI profile.</source>
        <translation>コンソールの AccessKey は aliyun CLI プロファイルではなく、環境変数 ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET から取得されています。</translation>
    </message>
    <message>
        <source>The console&apos;s AccessKey was typed into it and is in no aliyun CLI profile.</source>
        <translation>コンソールの AccessKey はコンソールに入力されたもので、どの aliyun CLI プロファイルにもありません。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s Alibaba Cloud account at %1: its AccessKey is made at each start and is in no profile.</source>
        <translation>%1 のサンドボックスの Alibaba Cloud アカウント: AccessKey は起動のたびに作成され、どのプロファイルにもありません。</translation>
    </message>
    <message>
        <source>The console calls Alibaba Cloud at %1, which the aliyun CLI&apos;s --endpoint cannot name.</source>
        <translation>コンソールは %1 で Alibaba Cloud を呼び出しています。aliyun CLI の --endpoint ではこのアドレスを指定できません。</translation>
    </message>
</context>
<context>
    <name>AlibabaErrorText</name>
    <message>
        <source>No Alibaba Cloud AccessKey was found for this profile, so nothing was sent to Alibaba Cloud. Choose an aliyun CLI profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>このプロファイルの Alibaba Cloud AccessKey が見つからないため、Alibaba Cloud には何も送信していません。aliyun CLI のプロファイルを選ぶか、ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept this AccessKey (%1). Check the AccessKey ID and its secret, or renew the STS token if the keys are temporary.</source>
        <translation>Alibaba Cloud はこの AccessKey を受け付けませんでした (%1)。AccessKey ID とシークレットを確認するか、一時的なキーであれば STS トークンを更新してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request as expired: this computer&apos;s clock is more than 15 minutes off. Set the clock right and try again.</source>
        <translation>Alibaba Cloud はリクエストを期限切れとして拒否しました。このコンピューターの時計が 15 分以上ずれています。時計を合わせてから再試行してください。</translation>
    </message>
    <message>
        <source>This AccessKey may not call %1. Add %2 to its RAM policy (the user guide lists the minimal policy).</source>
        <translation>この AccessKey には %1 を呼び出す権限がありません。RAM ポリシーに %2 を追加してください (最小限のポリシーはユーザーガイドにあります)。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is throttling the requests of this account (%1). Wait a minute and try again.</source>
        <translation>Alibaba Cloud がこのアカウントのリクエストを制限しています (%1)。1 分ほど待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud has no endpoint service with this ID in the account and region of this AccessKey. Check that the profile belongs to the service&apos;s owner and that the region is the service&apos;s.</source>
        <translation>この AccessKey のアカウントとリージョンには、この ID のエンドポイントサービスがありません。プロファイルがサービスの所有者のものであること、リージョンがサービスのリージョンであることを確認してください。</translation>
    </message>
    <message>
        <source>The endpoint connection is no longer waiting to be allowed: refresh to see its state.</source>
        <translation>このエンドポイント接続はもう許可を待っていません。更新して状態を確認してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud says the change would succeed (dry run); nothing was changed.</source>
        <translation>Alibaba Cloud によると変更は成功します (ドライラン)。何も変更していません。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not answer %1 (HTTP %2). Try again in a moment.</source>
        <translation>Alibaba Cloud は %1 に応答できませんでした (HTTP %2)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (HTTP %2).</source>
        <translation>Alibaba Cloud は %1 を拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (%2).</source>
        <translation>Alibaba Cloud は %1 を拒否しました (%2)。</translation>
    </message>
    <message>
        <source>%1 Alibaba Cloud said: %2</source>
        <translation>%1 Alibaba Cloud の応答: %2</translation>
    </message>
    <message>
        <source>No Alibaba Cloud region is known: set region_id in the aliyun CLI profile, or ALIBABA_CLOUD_REGION_ID.</source>
        <translation>Alibaba Cloud のリージョンが不明です。aliyun CLI プロファイルの region_id か ALIBABA_CLOUD_REGION_ID を設定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an Alibaba Cloud region ID; expected one such as cn-hangzhou.</source>
        <translation>「%1」は Alibaba Cloud のリージョン ID ではありません。cn-hangzhou のような ID を指定してください。</translation>
    </message>
</context>
<context>
    <name>AlibabaInboundChecks</name>
    <message>
        <source>No VPC in %1 is chosen.</source>
        <translation>%1 の VPC が選択されていません。</translation>
    </message>
    <message>
        <source>Choose the VPC in %1 that your applications run in: the endpoint can be reached only from its own VPC.</source>
        <translation>%1 でアプリケーションが動作している VPC を選択してください。エンドポイントには、それが置かれた VPC からしかアクセスできません。</translation>
    </message>
    <message>
        <source>VPC %1 (%2) is in %3, the service&apos;s region.</source>
        <translation>VPC %1（%2）はサービスと同じリージョン %3 にあります。</translation>
    </message>
    <message>
        <source>VPC %1 has no vSwitch in the service&apos;s zones (%2).</source>
        <translation>VPC %1 には、サービスのゾーン（%2）に vSwitch がありません。</translation>
    </message>
    <message>
        <source>Create a vSwitch in one of these zones in the VPC console, then check again.</source>
        <translation>VPC コンソールでこれらのゾーンのいずれかに vSwitch を作成してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>These vSwitches are outside the service&apos;s zones (%1): %2.</source>
        <translation>次の vSwitch はサービスのゾーン（%1）の外にあります：%2。</translation>
    </message>
    <message>
        <source>Choose only vSwitches in the service&apos;s zones.</source>
        <translation>サービスのゾーンにある vSwitch だけを選択してください。</translation>
    </message>
    <message>
        <source>More than one vSwitch in the same zone: %1.</source>
        <translation>同じゾーンに複数の vSwitch があります：%1。</translation>
    </message>
    <message>
        <source>Choose at most one vSwitch in each zone.</source>
        <translation>各ゾーンで選択する vSwitch は 1 つまでにしてください。</translation>
    </message>
    <message>
        <source>No vSwitch is chosen.</source>
        <translation>vSwitch が選択されていません。</translation>
    </message>
    <message>
        <source>Choose at least one vSwitch. One in each zone the VPC shares with the service (%1) keeps the endpoint reachable when a zone is down.</source>
        <translation>vSwitch を 1 つ以上選択してください。VPC とサービスに共通する各ゾーン（%1）に 1 つずつ選ぶと、ゾーンに障害が起きてもエンドポイントにアクセスできます。</translation>
    </message>
    <message>
        <source>vSwitches in %1 of the %2 zones the VPC shares with the service (%3).</source>
        <translation>VPC とサービスに共通する %2 個のゾーンのうち %1 個で vSwitch が選択されています（%3）。</translation>
    </message>
    <message>
        <source>A vSwitch in each shared zone keeps the endpoint reachable when a zone is down.</source>
        <translation>共通する各ゾーンに vSwitch を 1 つずつ選ぶと、ゾーンに障害が起きてもエンドポイントにアクセスできます。</translation>
    </message>
    <message>
        <source>A vSwitch in each zone the VPC shares with the service (%1).</source>
        <translation>VPC とサービスに共通する各ゾーン（%1）で vSwitch が選択されています。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（送信元：%2）</translation>
    </message>
    <message>
        <source>No security group is chosen.</source>
        <translation>セキュリティグループが選択されていません。</translation>
    </message>
    <message>
        <source>Choose a security group that lets TCP %1 in from your applications.</source>
        <translation>アプリケーションからの TCP %1 の受信を許可するセキュリティグループを選択してください。</translation>
    </message>
    <message>
        <source>No chosen security group lets TCP %1 in.</source>
        <translation>選択したセキュリティグループはどれも TCP %1 の受信を許可していません。</translation>
    </message>
    <message>
        <source>Add an inbound rule for TCP %1 from the VPC (%2) or from your applications&apos; security group.</source>
        <translation>VPC（%2）またはアプリケーションのセキュリティグループからの TCP %1 を許可するインバウンドルールを追加してください。</translation>
    </message>
    <message>
        <source>TCP %1 is let in: %2.</source>
        <translation>TCP %1 の受信が許可されています：%2。</translation>
    </message>
    <message>
        <source>VPC %1 already has endpoint %2 to this service (%3).</source>
        <translation>VPC %1 には、このサービスへのエンドポイント %2 がすでにあります（%3）。</translation>
    </message>
    <message>
        <source>Use that endpoint: it serves every cluster behind the service, and Alibaba Cloud refuses a second endpoint to the same service in one VPC.</source>
        <translation>そのエンドポイントを使ってください。サービスの背後にあるすべてのクラスターに使えます。また、Alibaba Cloud では 1 つの VPC に同じサービスへのエンドポイントを 2 つ作成できません。</translation>
    </message>
    <message>
        <source>VPC %1 has no endpoint to this service yet.</source>
        <translation>VPC %1 には、このサービスへのエンドポイントはまだありません。</translation>
    </message>
    <message>
        <source>Check the AccessKey&apos;s RAM permissions, then check again.</source>
        <translation>AccessKey の RAM 権限を確認してから、もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>AlibabaLinkChecks</name>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1.</source>
        <translation>エンドポイントサービスはクラスターと同じリージョン %1 にあります。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, not in the cluster&apos;s region %2.</source>
        <translation>エンドポイントサービスは %1 にあり、クラスターのリージョン %2 にはありません。</translation>
    </message>
    <message>
        <source>Choose an endpoint service in %1: on Alibaba Cloud an endpoint connects only to a service in its own region.</source>
        <translation>%1 のエンドポイントサービスを選んでください。Alibaba Cloud ではエンドポイントは同じリージョンのサービスにしか接続できません。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2 and belongs to Alibaba Cloud account %3 of this AccessKey.</source>
        <translation>エンドポイントサービス %1 は %2 にあり、この AccessKey の Alibaba Cloud アカウント %3 のものです。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2; it belongs to another Alibaba Cloud account, so its Service Whitelist cannot be read with this AccessKey.</source>
        <translation>エンドポイントサービス %1 は %2 にありますが、別の Alibaba Cloud アカウントのものなので、この AccessKey ではサービスホワイトリストを読み取れません。</translation>
    </message>
    <message>
        <source>Alibaba Cloud account %1 neither owns nor may see endpoint service %2 in %3.</source>
        <translation>Alibaba Cloud アカウント %1 は %3 のエンドポイントサービス %2 を所有しておらず、参照することもできません。</translation>
    </message>
    <message>
        <source>Check the service name and its region. If the service belongs to another account, check it with that account&apos;s AccessKey, or ask its owner.</source>
        <translation>サービス名とリージョンを確認してください。別のアカウントのサービスであれば、そのアカウントの AccessKey で確認するか、所有者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The endpoint service could not be read: %1</source>
        <translation>エンドポイントサービスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Fix the Alibaba Cloud AccessKey or its RAM permissions, then check again.</source>
        <translation>Alibaba Cloud の AccessKey または RAM 権限を修正してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Service Whitelist.</source>
        <translation>TiDB Cloud のアカウント %1 はサービスホワイトリストにあります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Service Whitelist, so TiDB Cloud cannot connect.</source>
        <translation>TiDB Cloud のアカウント %1 がサービスホワイトリストにないため、TiDB Cloud は接続できません。</translation>
    </message>
    <message>
        <source>Add the account ID %1 to the endpoint service&apos;s Service Whitelist.</source>
        <translation>アカウント ID %1 をエンドポイントサービスのサービスホワイトリストに追加してください。</translation>
    </message>
    <message>
        <source>Whether TiDB Cloud&apos;s account %1 is in the Service Whitelist could not be checked with this AccessKey.</source>
        <translation>TiDB Cloud のアカウント %1 がサービスホワイトリストにあるかどうかを、この AccessKey では確認できませんでした。</translation>
    </message>
    <message>
        <source>Ask the service&apos;s owner to make sure %1 is in its Service Whitelist.</source>
        <translation>%1 がサービスホワイトリストにあることを、サービスの所有者に確認してもらってください。</translation>
    </message>
    <message>
        <source>Zones in common with the cluster: %1.</source>
        <translation>クラスターと共通のアベイラビリティーゾーン: %1。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones (%1) have none in common with the cluster&apos;s (%2).</source>
        <translation>エンドポイントサービスのアベイラビリティーゾーン (%1) とクラスターのアベイラビリティーゾーン (%2) に共通のものがありません。</translation>
    </message>
    <message>
        <source>Add a zone among %1 to the endpoint service: its load balancer needs a vSwitch in one of them.</source>
        <translation>%1 のいずれかのアベイラビリティーゾーンをエンドポイントサービスに追加してください。ロードバランサーにそのアベイラビリティーゾーンの vSwitch が必要です。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones could not be read.</source>
        <translation>エンドポイントサービスのアベイラビリティーゾーンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Make sure the service has a zone among %1.</source>
        <translation>サービスに %1 のいずれかのアベイラビリティーゾーンがあることを確認してください。</translation>
    </message>
    <message>
        <source>Automatic acceptance is on: Alibaba Cloud allows the endpoint connection request at once.</source>
        <translation>自動承諾が有効です。Alibaba Cloud はエンドポイント接続リクエストをすぐに許可します。</translation>
    </message>
    <message>
        <source>Connection requests must be allowed: the connection will wait in Pending Acceptance until the endpoint connection is allowed on Alibaba Cloud.</source>
        <translation>接続リクエストの許可が必要です。Alibaba Cloud でエンドポイント接続が許可されるまで、接続は「承諾待ち」のままです。</translation>
    </message>
    <message>
        <source>No cause was found on the Alibaba Cloud side, but not everything could be checked: %1</source>
        <translation>Alibaba Cloud 側に原因は見つかりませんでしたが、すべては確認できていません: %1</translation>
    </message>
    <message>
        <source>The Alibaba Cloud side looks right: the service exists, TiDB Cloud&apos;s account is in the Service Whitelist and a zone is in common.</source>
        <translation>Alibaba Cloud 側は問題なさそうです。サービスが存在し、TiDB Cloud のアカウントがサービスホワイトリストにあり、共通のアベイラビリティーゾーンがあります。</translation>
    </message>
</context>
<context>
    <name>AlibabaProfileResolver</name>
    <message>
        <source>environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>The aliyun CLI&apos;s configuration could not be read: %1</source>
        <translation>aliyun CLI の設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>There is no Alibaba Cloud profile %1 in %2.</source>
        <translation>%2 に Alibaba Cloud のプロファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 lacks its AccessKey ID, AccessKey secret or STS token.</source>
        <translation>Alibaba Cloud のプロファイル %1 に AccessKey ID、AccessKey Secret、または STS トークンがありません。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 lacks its AccessKey ID or AccessKey secret.</source>
        <translation>Alibaba Cloud のプロファイル %1 に AccessKey ID または AccessKey Secret がありません。</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>%2 のプロファイル %1</translation>
    </message>
    <message>
        <source>The ram_role_arn of Alibaba Cloud profile %1 is not a RAM role&apos;s ARN. It looks like acs:ram::1234567890123456:role/rolename.</source>
        <translation>Alibaba Cloud プロファイル %1 の ram_role_arn は RAM ロールの ARN ではありません。RAM ロールの ARN は acs:ram::1234567890123456:role/rolename の形式です。</translation>
    </message>
    <message>
        <source>The ram_session_name of Alibaba Cloud profile %1 must be 2 to 64 letters, digits or the characters . @ - _ (no spaces).</source>
        <translation>Alibaba Cloud プロファイル %1 の ram_session_name は、2～64 文字の英字、数字、または . @ - _ で指定してください（空白なし）。</translation>
    </message>
    <message>
        <source>The external_id of Alibaba Cloud profile %1 must be 2 to 1224 letters, digits or the characters . @ = : / + , - _ (no spaces).</source>
        <translation>Alibaba Cloud プロファイル %1 の external_id は、2～1224 文字の英字、数字、または . @ = : / + , - _ で指定してください（空白なし）。</translation>
    </message>
    <message>
        <source>The expired_seconds of Alibaba Cloud profile %1 must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours).</source>
        <translation>Alibaba Cloud プロファイル %1 の expired_seconds は、900（15 分）から 43200（12 時間）までの整数の秒数で指定してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 (ChainableRamRoleArn) names no source_profile: the profile whose keys assume its role.</source>
        <translation>Alibaba Cloud プロファイル %1（ChainableRamRoleArn）に source_profile（そのキーでロールを引き受けるプロファイル）が指定されていません。</translation>
    </message>
    <message>
        <source>The source_profile %2 of Alibaba Cloud profile %1 is not in %3.</source>
        <translation>Alibaba Cloud プロファイル %1 の source_profile %2 は %3 にありません。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud profiles go round in a circle through source_profile (%1), so none of them gets keys: end the chain at a profile with an AccessKey.</source>
        <translation>Alibaba Cloud プロファイルが source_profile で循環しているため（%1）、どれもキーを取得できません。チェーンを AccessKey のあるプロファイルで終わらせてください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 takes its keys from an ECS instance&apos;s RAM role (EcsRamRole), which only an ECS instance has. On this computer, use a RamRoleArn profile with an AccessKey, or an AK profile.</source>
        <translation>Alibaba Cloud プロファイル %1 は ECS インスタンスの RAM ロール（EcsRamRole）からキーを取得しますが、それを持つのは ECS インスタンスだけです。このコンピューターでは、AccessKey を持つ RamRoleArn プロファイルか、AK プロファイルを使用してください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 gets its keys from a program or an address (%2 mode), which the console does not call yet. Use a profile in the AK, StsToken, RamRoleArn or ChainableRamRoleArn mode, or export the keys in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>Alibaba Cloud プロファイル %1 はプログラムまたはアドレスからキーを取得します（%2 モード）が、コンソールはまだそれを呼び出しません。AK、StsToken、RamRoleArn、ChainableRamRoleArn のいずれかのモードのプロファイルを使用するか、ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET にキーをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1 signs in with the %2 mode, which the console does not do itself. Use a profile in the AK, StsToken, RamRoleArn or ChainableRamRoleArn mode, or export the keys in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>Alibaba Cloud プロファイル %1 は %2 モードでサインインしますが、コンソールはこれを自身では行いません。AK、StsToken、RamRoleArn、ChainableRamRoleArn のいずれかのモードのプロファイルを使用するか、ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET にキーをエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>AlibabaProvider</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
</context>
<context>
    <name>AlibabaProviderUi</name>
    <message>
        <source>Allow on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で許可…</translation>
    </message>
    <message>
        <source>Reject on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で拒否…</translation>
    </message>
    <message>
        <source>Diagnose on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で診断…</translation>
    </message>
    <message>
        <source>Allow the endpoint connection request on the endpoint service, on Alibaba Cloud</source>
        <translation>Alibaba Cloud で、エンドポイントサービスへのエンドポイント接続リクエストを許可します</translation>
    </message>
    <message>
        <source>Reject the endpoint connection request on the endpoint service, on Alibaba Cloud</source>
        <translation>Alibaba Cloud で、エンドポイントサービスへのエンドポイント接続リクエストを拒否します</translation>
    </message>
    <message>
        <source>Check the endpoint service on Alibaba Cloud and find why the connection fails</source>
        <translation>Alibaba Cloud でエンドポイントサービスを確認し、接続が失敗する原因を調べます</translation>
    </message>
    <message>
        <source>Choose an Alibaba Cloud account for this profile (Profiles…) to act on the Alibaba Cloud side.</source>
        <translation>Alibaba Cloud 側を操作するには、このプロファイルの Alibaba Cloud アカウントを選択してください（プロファイル…）。</translation>
    </message>
    <message>
        <source>Open in Alibaba Cloud Console</source>
        <translation>Alibaba Cloud コンソールで開く</translation>
    </message>
    <message>
        <source>Open the Alibaba Cloud VPC console in the endpoint service&apos;s region; the endpoint service ID is copied for the search box</source>
        <translation>エンドポイントサービスのリージョンで Alibaba Cloud VPC コンソールを開きます。検索ボックス用にエンドポイントサービス ID をコピーします</translation>
    </message>
    <message>
        <source>Opened the Alibaba Cloud VPC console; the endpoint service ID is on the clipboard for its search box.</source>
        <translation>Alibaba Cloud VPC コンソールを開きました。検索ボックス用にエンドポイントサービス ID をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Or run the aliyun CLI command below. The connection becomes Active a few moments after the request is allowed.</source>
        <translation>または、下の aliyun CLI コマンドを実行してください。リクエストが許可されてまもなく、接続はアクティブになります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account ID is in the endpoint service&apos;s Service Whitelist.</source>
        <translation>TiDB Cloud のアカウント ID がエンドポイントサービスのサービスホワイトリストにあります。</translation>
    </message>
    <message>
        <source>With %1, the console checks each item on Alibaba Cloud once you have entered the endpoint service:</source>
        <translation>%1 があれば、エンドポイントサービスを入力した後、コンソールが Alibaba Cloud で各項目を確認します:</translation>
    </message>
    <message>
        <source>The cluster runs on Alibaba Cloud, so the connection goes to an Alibaba Cloud endpoint service; AWS Endpoint Service is for clusters on AWS.</source>
        <translation>クラスターは Alibaba Cloud 上で動作しているため、接続先は Alibaba Cloud エンドポイントサービスです。AWS エンドポイントサービスは AWS 上のクラスター用です。</translation>
    </message>
    <message>
        <source>Over Alibaba Cloud PrivateLink, never the public internet.</source>
        <translation>Alibaba Cloud PrivateLink 経由で、パブリックインターネットは通りません。</translation>
    </message>
    <message>
        <source>Zone ID:</source>
        <translation>ゾーン ID:</translation>
    </message>
    <message>
        <source>The endpoint must be in the same region as the service, %1, with a vSwitch in the zone listed above.</source>
        <translation>エンドポイントはサービスと同じリージョン %1 にあり、上に示したゾーンに vSwitch が必要です。</translation>
    </message>
    <message>
        <source>in the Alibaba Cloud console, the endpoint&apos;s security group</source>
        <translation>Alibaba Cloud コンソールでエンドポイントのセキュリティグループを設定</translation>
    </message>
    <message>
        <source>The name does not resolve: add the hosts line of the previous step on the host, with the endpoint&apos;s IP address.</source>
        <translation>名前が解決できない場合: 前のステップの hosts 行（エンドポイント IP アドレスを含む）をホストに追加してください。</translation>
    </message>
</context>
<context>
    <name>AlibabaSideJob</name>
    <message>
        <source>The endpoint service&apos;s name cannot be read as an Alibaba Cloud endpoint service (%1), so its side was not read.</source>
        <translation>エンドポイントサービス名を Alibaba Cloud のエンドポイントサービスとして読み取れない（%1）ため、クラウドプロバイダー側は読み取っていません。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not be read with %1: %2</source>
        <translation>%1 で Alibaba Cloud を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>Endpoint service %1 is not one of %2&apos;s: its owner adds TiDB Cloud&apos;s account to its Service Whitelist and allows its requests.</source>
        <translation>エンドポイントサービス %1 は %2 のものではありません：その所有者が TiDB Cloud のアカウントをサービスホワイトリストに追加し、リクエストを許可します。</translation>
    </message>
    <message>
        <source>Endpoint service %1 is %2&apos;s; TiDB Cloud&apos;s account for this cluster is not known yet, so its Service Whitelist was not judged.</source>
        <translation>エンドポイントサービス %1 は %2 のものです。このクラスターの TiDB Cloud のアカウントがまだ分からないため、サービスホワイトリストは判定していません。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Service Whitelist of endpoint service %2: the failure has another cause.</source>
        <translation>TiDB Cloud のアカウント %1 はエンドポイントサービス %2 のサービスホワイトリストにあります：失敗の原因は別にあります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Service Whitelist of your endpoint service %2: add it (Diagnose on Alibaba Cloud… adds it), then create the connection again.</source>
        <translation>TiDB Cloud のアカウント %1 がお使いのエンドポイントサービス %2 のサービスホワイトリストにありません：追加してから（「Alibaba Cloud で診断…」で追加できます）、接続を作成し直してください。</translation>
    </message>
    <message>
        <source>The Service Whitelist of endpoint service %1 could not be read with %2: %3</source>
        <translation>%2 でエンドポイントサービス %1 のサービスホワイトリストを読み取れませんでした：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 waits for you to allow it on endpoint service %2 (%3): allow it (Allow on Alibaba Cloud…) and the connection becomes ACTIVE.</source>
        <translation>TiDB Cloud のエンドポイント %1 が、エンドポイントサービス %2（%3）での許可を待っています：許可すると（「Alibaba Cloud で許可…」）、接続は ACTIVE になります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 is %2 on endpoint service %3: nothing waits on you; TiDB Cloud will see it at its next check.</source>
        <translation>TiDB Cloud のエンドポイント %1 はエンドポイントサービス %3 で %2 です：操作は不要です。TiDB Cloud は次の確認でこれを検出します。</translation>
    </message>
    <message>
        <source>Endpoint service %1 has no request from TiDB Cloud&apos;s endpoint yet: nothing waits on you.</source>
        <translation>エンドポイントサービス %1 には TiDB Cloud のエンドポイントからのリクエストがまだありません：操作は不要です。</translation>
    </message>
    <message>
        <source>The requests of endpoint service %1 could not be read with %2: %3</source>
        <translation>%2 でエンドポイントサービス %1 の接続リクエストを読み取れませんでした：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud has not named its endpoint and its account for this cluster is not known yet: which request on endpoint service %1 is TiDB Cloud&apos;s cannot be told.</source>
        <translation>TiDB Cloud がエンドポイントをまだ示しておらず、このクラスターの TiDB Cloud のアカウントも分からないため、エンドポイントサービス %1 のどのリクエストが TiDB Cloud のものか判断できません。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection and try again.</source>
        <translation>%1 に接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check the API URL of this profile and your DNS settings.</source>
        <translation>名前 %1 を解決できませんでした。このプロファイルの API URL と DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The service may be busy; try again in a moment.</source>
        <translation>%1 から時間内に応答がありませんでした。サービスが混み合っている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate could not be verified (%2). The console never ignores certificate errors.</source>
        <translation>%1 の証明書を検証できなかったため（%2）、安全な接続を拒否しました。コンソールが証明書エラーを無視することはありません。</translation>
    </message>
    <message>
        <source>The API URL must use HTTPS (plain HTTP is only allowed for this computer). Correct the API URL of this profile.</source>
        <translation>API URL には HTTPS を使用してください（暗号化されていない HTTP はこのコンピューター宛てのみ許可されます）。このプロファイルの API URL を修正してください。</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address, which the console does not follow with your API key. Check the API URL of this profile.</source>
        <translation>サーバーが別のアドレスへのリダイレクトを返しました。コンソールは API キーを付けたままリダイレクトをたどりません。このプロファイルの API URL を確認してください。</translation>
    </message>
    <message>
        <source>The server sent a larger answer than the console accepts. Try again later or contact TiDB Cloud Support.</source>
        <translation>サーバーの応答がコンソールで受け付けられるサイズを超えています。しばらくしてから再試行するか、TiDB Cloud サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). The API may have changed; check for an update of the console.</source>
        <translation>サーバーの応答を読み取れませんでした（%1）。API が変更された可能性があります。コンソールの更新を確認してください。</translation>
    </message>
    <message>
        <source>Too many requests were sent with this API key (429). Requests can be sent again at %1.</source>
        <translation>この API キーで送信されたリクエストが多すぎます（429）。%1 以降に再びリクエストを送信できます。</translation>
    </message>
    <message>
        <source>Too many requests were sent with this API key (429). Wait a minute and try again.</source>
        <translation>この API キーで送信されたリクエストが多すぎます（429）。1 分ほど待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400).</source>
        <translation>サーバーはリクエストを無効として拒否しました（400）。</translation>
    </message>
    <message>
        <source>The API key was rejected (401). Check the public and private key of this profile.</source>
        <translation>API キーが拒否されました（401）。このプロファイルの公開鍵と秘密鍵を確認してください。</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (403). Check the key&apos;s role in the TiDB Cloud console.</source>
        <translation>この API キーにはこの操作を行う権限がありません（403）。TiDB Cloud コンソールでキーのロールを確認してください。</translation>
    </message>
    <message>
        <source>The requested resource was not found (404). It may have been deleted.</source>
        <translation>要求されたリソースが見つかりません（404）。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource (409).</source>
        <translation>リクエストがリソースの現在の状態と競合しています（409）。</translation>
    </message>
    <message>
        <source>The TiDB Cloud API had an internal problem (%1). Try again in a moment.</source>
        <translation>TiDB Cloud API で内部エラーが発生しました（%1）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>サーバーがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>サーバーのメッセージ:「%1」</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer arrived in full. Refresh to see whether the change was made before trying again.</source>
        <translation>応答をすべて受信する前に %1 との接続が切断されました。再試行する前に、再読み込みして変更が反映されたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The request could not be sent to %1 within %2 s. Check your network connection and try again.</source>
        <translation>%2 秒以内に %1 へリクエストを送信できませんでした。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 said nothing for %2 s. The service may be busy; try again in a moment.</source>
        <translation>%1 から %2 秒間応答がありませんでした。サービスが混み合っている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s. The service may be busy; try again in a moment.</source>
        <translation>%1 の応答が %2 秒以内に完了しませんでした。サービスが混み合っている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request was not sent: its path “%1” would name another resource than the one meant. The server may have sent an ID that is not one.</source>
        <translation>リクエストは送信されませんでした。パス「%1」は意図したものとは別のリソースを指してしまいます。サーバーが不正な ID を返した可能性があります。</translation>
    </message>
    <message>
        <source>%1 asked for %2 authentication. The console answers only HTTP Digest, the scheme of the TiDB Cloud API, so the API key was not sent. Check the API URL of this profile.</source>
        <translation>%1 が %2 認証を要求しました。コンソールは TiDB Cloud API の認証方式である HTTP Digest にのみ応答するため、API キーは送信されませんでした。このプロファイルの API URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 sent the same page token twice, after %2 pages with %3 items. The list was stopped and is not shown as complete.</source>
        <translation>%1 は %2 ページ（%3 件）の後に同じページトークンを 2 回送信しました。一覧の読み込みを中止しました。表示内容は完全ではありません。</translation>
    </message>
    <message>
        <source>%1 kept naming another page of the list: after %2 pages with %3 items (it announced %4) it still named another. The list was stopped and is not shown as complete.</source>
        <translation>%1 は一覧の次のページを示し続けました。%2 ページ（%3 件、サーバーの示した総数は %4 件）を読み込んだ後もまだ次のページを示しています。一覧の読み込みを中止しました。表示内容は完全ではありません。</translation>
    </message>
    <message>
        <source>%1 kept naming another page of the list: after %2 pages with %3 items it still named another. The list was stopped and is not shown as complete.</source>
        <translation>%1 は一覧の次のページを示し続けました。%2 ページ（%3 件）を読み込んだ後もまだ次のページを示しています。一覧の読み込みを中止しました。表示内容は完全ではありません。</translation>
    </message>
    <message>
        <source>No API key is available for this profile, so nothing was sent. Enter its private key in the profile dialog.</source>
        <translation>このプロファイルには使用できる API キーがないため、何も送信されませんでした。プロファイルのダイアログで秘密鍵を入力してください。</translation>
    </message>
    <message>
        <source>No private key is stored for this profile. Enter it in the profile dialog.</source>
        <translation>このプロファイルには秘密鍵が保存されていません。プロファイルのダイアログで入力してください。</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the private key cannot be stored safely. You can keep it in memory for this session only; it will not be written to disk.</source>
        <translation>このコンピューターでは使用できるキーリング（Secret Service）がないため、秘密鍵を安全に保存できません。このセッションの間だけメモリに保持することはできます。ディスクには書き込まれません。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain and try again, or keep the key for this session only.</source>
        <translation>キーリングへのアクセスが拒否されました。キーリングのロックを解除して再試行するか、このセッションの間だけキーを保持してください。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>キーリングでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>ファイルを保存できませんでした。</translation>
    </message>
    <message>
        <source>The cloud provider&apos;s API refused the request (%1).</source>
        <translation>クラウドプロバイダーの API がリクエストを拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The request was stopped after it had been sent: it may have been carried out.</source>
        <translation>リクエストは送信後に停止されました。実行された可能性があります。</translation>
    </message>
</context>
<context>
    <name>AwsCommands</name>
    <message>
        <source>The console&apos;s AWS keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in its environment: run where the same are set.</source>
        <translation>コンソールの AWS キーは環境変数 AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY から取得されています。同じ変数を設定した環境で実行してください。</translation>
    </message>
    <message>
        <source>The console&apos;s AWS access key was typed into it and is in no AWS CLI profile: set it in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY first.</source>
        <translation>コンソールの AWS アクセスキーはコンソールに入力されたもので、どの AWS CLI プロファイルにもありません。先に AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY に設定してください。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS account at %1: its keys are made at each start and are in no profile.</source>
        <translation>%1 のサンドボックスの AWS アカウント: キーは起動のたびに作成され、どのプロファイルにもありません。</translation>
    </message>
</context>
<context>
    <name>AwsErrorText</name>
    <message>
        <source>No AWS credentials were found for this profile, so nothing was sent to AWS. Choose an AWS profile, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or enter a key.</source>
        <translation>このプロファイルの AWS 認証情報が見つからないため、AWS には何も送信していません。AWS プロファイルを選ぶか、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください。</translation>
    </message>
    <message>
        <source>AWS refused the request as expired: this computer&apos;s clock is more than 15 minutes off. Set the clock right and try again.</source>
        <translation>AWS はリクエストを期限切れとして拒否しました。このコンピューターの時計が 15 分以上ずれています。時計を合わせてから再試行してください。</translation>
    </message>
    <message>
        <source>AWS did not accept these credentials (%1). Check the access key and its secret, or renew the session if the keys are temporary.</source>
        <translation>AWS はこの認証情報を受け付けませんでした (%1)。アクセスキーとシークレットを確認してください。一時的なキーの場合はセッションを更新してください。</translation>
    </message>
    <message>
        <source>These AWS credentials may not call %1. Add ec2:%1 to their IAM policy (the user guide lists the minimal policy).</source>
        <translation>この AWS 認証情報には %1 を呼び出す権限がありません。IAM ポリシーに ec2:%1 を追加してください (最小限のポリシーはユーザーガイドにあります)。</translation>
    </message>
    <message>
        <source>AWS is throttling the requests of this account (%1). Wait a minute and try again.</source>
        <translation>AWS がこのアカウントのリクエストを制限しています (%1)。1 分ほど待ってから再試行してください。</translation>
    </message>
    <message>
        <source>AWS has no endpoint service with this ID in the account and region of these credentials. Check that the AWS profile belongs to the service&apos;s owner and that the region is the service&apos;s.</source>
        <translation>この認証情報のアカウントとリージョンには、この ID のエンドポイントサービスがありません。AWS プロファイルがサービスの所有者のものであること、リージョンがサービスのリージョンであることを確認してください。</translation>
    </message>
    <message>
        <source>The endpoint service does not exist in this region, or the account of these credentials is not allowed to see it.</source>
        <translation>このリージョンにそのエンドポイントサービスが存在しないか、この認証情報のアカウントには表示が許可されていません。</translation>
    </message>
    <message>
        <source>AWS refused the principal: an Allow principal is an IAM ARN such as arn:aws:iam::123456789012:root, or *.</source>
        <translation>AWS はプリンシパルを拒否しました。許可されたプリンシパルは arn:aws:iam::123456789012:root のような IAM ARN か * です。</translation>
    </message>
    <message>
        <source>This region is not enabled for the AWS account. Enable it in the AWS console&apos;s account settings first.</source>
        <translation>この AWS アカウントではこのリージョンが有効になっていません。先に AWS コンソールのアカウント設定で有効にしてください。</translation>
    </message>
    <message>
        <source>AWS says the change would succeed (dry run); nothing was changed.</source>
        <translation>AWS によると変更は成功します (ドライラン)。何も変更していません。</translation>
    </message>
    <message>
        <source>AWS could not answer %1 (HTTP %2). Try again in a moment.</source>
        <translation>AWS は %1 に応答できませんでした (HTTP %2)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>AWS refused %1 (HTTP %2).</source>
        <translation>AWS は %1 を拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>AWS refused %1 (%2).</source>
        <translation>AWS は %1 を拒否しました (%2)。</translation>
    </message>
    <message>
        <source>%1 AWS said: %2</source>
        <translation>%1 AWS の応答: %2</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region; expected one such as us-east-1.</source>
        <translation>「%1」は AWS のリージョンではありません。us-east-1 のようなリージョンを指定してください。</translation>
    </message>
    <message>
        <source>AWS did not accept the MFA code. Type the code the device shows now: each code is good for about 30 seconds.</source>
        <translation>AWS は MFA コードを受け付けませんでした。デバイスに今表示されているコードを入力してください。各コードの有効時間は約 30 秒です。</translation>
    </message>
    <message>
        <source>AWS does not know this MFA device for the keys that assume the role. mfa_serial must name the device of the IAM user whose keys these are.</source>
        <translation>ロールを引き受けるキーに対して、AWS はこの MFA デバイスを認識していません。mfa_serial には、これらのキーを持つ IAM ユーザーのデバイスを指定してください。</translation>
    </message>
    <message>
        <source>The session asked for is longer than the role allows. Lower duration_seconds: at most the role&apos;s maximum, and one hour when a role&apos;s keys assume another role.</source>
        <translation>要求したセッションの長さがロールの上限を超えています。duration_seconds を小さくしてください。ロールの最大値以下、ロールのキーで別のロールを引き受ける場合は 1 時間以下です。</translation>
    </message>
    <message>
        <source>AWS did not let these keys assume the role. The role&apos;s trust policy does not allow them, or it requires an external ID or MFA that the profile does not give. Check role_arn, external_id and mfa_serial with the role&apos;s owner.</source>
        <translation>AWS はこれらのキーによるロールの引き受けを許可しませんでした。ロールの信頼ポリシーがこれらのキーを許可していないか、プロファイルが指定していない外部 ID または MFA を要求しています。role_arn、external_id、mfa_serial をロールの所有者と確認してください。</translation>
    </message>
    <message>
        <source>AWS refused to assume the role (%1).</source>
        <translation>AWS はロールの引き受けを拒否しました（%1）。</translation>
    </message>
</context>
<context>
    <name>AwsIdentityCenter</name>
    <message>
        <source>IAM Identity Center does not give your sign-in role %1 in AWS account %2 (AWS profile %3). Check sso_account_id and sso_role_name, or ask for the permission set.</source>
        <translation>IAM Identity Center は、あなたのサインインに AWS アカウント %2 のロール %1 を与えていません（AWS プロファイル %3）。sso_account_id と sso_role_name を確認するか、許可セットを申請してください。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center, and there is no sign-in yet. Run %2 in a terminal, then try again.</source>
        <translation>AWS プロファイル %1 は IAM Identity Center でサインインしますが、まだサインインしていません。ターミナルで %2 を実行してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 could not be read (%2). Run %3 in a terminal, then try again.</source>
        <translation>AWS プロファイル %1 の IAM Identity Center のサインイン情報を読み取れませんでした（%2）。ターミナルで %3 を実行してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 is not one the AWS CLI wrote. Run %2 in a terminal, then try again.</source>
        <translation>AWS プロファイル %1 の IAM Identity Center のサインイン情報は AWS CLI が書いたものではありません。ターミナルで %2 を実行してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of AWS profile %1 expired at %2. Run %3 in a terminal, then try again.</source>
        <translation>AWS プロファイル %1 の IAM Identity Center のサインインは %2 に期限切れになりました。ターミナルで %3 を実行してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>IAM Identity Center no longer accepts the sign-in of AWS profile %1. Run %2 in a terminal, then try again.</source>
        <translation>IAM Identity Center は AWS プロファイル %1 のサインインをもう受け付けません。ターミナルで %2 を実行してから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>AwsInboundChecks</name>
    <message>
        <source>No VPC is chosen in %1.</source>
        <translation>%1 の VPC が選択されていません。</translation>
    </message>
    <message>
        <source>Choose the VPC your applications run in, in %1. An endpoint serves only the VPC it is in.</source>
        <translation>%1 でアプリケーションが動作している VPC を選択してください。エンドポイントは、それが置かれた VPC でのみ使えます。</translation>
    </message>
    <message>
        <source>VPC %1 (%2) is in %3, the region of the service.</source>
        <translation>VPC %1（%2）はサービスと同じリージョン %3 にあります。</translation>
    </message>
    <message>
        <source>The DNS attributes of VPC %1 could not be read.</source>
        <translation>VPC %1 の DNS 属性を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Private DNS needs DNS resolution and DNS hostnames on in the VPC; check them in the VPC console.</source>
        <translation>プライベート DNS には、VPC の DNS 解決と DNS ホスト名の両方が有効である必要があります。VPC コンソールで確認してください。</translation>
    </message>
    <message>
        <source>Private DNS cannot be used: DNS resolution is off in VPC %1.</source>
        <translation>プライベート DNS を使えません：VPC %1 の DNS 解決が無効です。</translation>
    </message>
    <message>
        <source>Private DNS cannot be used: DNS hostnames are off in VPC %1.</source>
        <translation>プライベート DNS を使えません：VPC %1 の DNS ホスト名が無効です。</translation>
    </message>
    <message>
        <source>Turn on DNS resolution and DNS hostnames for the VPC, or make the endpoint without private DNS and connect with its own DNS name.</source>
        <translation>VPC の DNS 解決と DNS ホスト名を有効にするか、プライベート DNS なしでエンドポイントを作成し、エンドポイント自身の DNS 名で接続してください。</translation>
    </message>
    <message>
        <source>DNS resolution and DNS hostnames are on in VPC %1: the cluster&apos;s host will resolve to the endpoint.</source>
        <translation>VPC %1 の DNS 解決と DNS ホスト名は有効です。クラスターのホスト名はこのエンドポイントに解決されます。</translation>
    </message>
    <message>
        <source>VPC %1 has no subnet in the service&apos;s zones (%2).</source>
        <translation>VPC %1 には、サービスのアベイラビリティーゾーン（%2）にサブネットがありません。</translation>
    </message>
    <message>
        <source>Create a subnet in one of these zones (by zone ID: zone names differ between accounts), then check again.</source>
        <translation>これらのゾーンのいずれかにサブネットを作成し（ゾーン名はアカウントごとに異なるため、アベイラビリティーゾーン ID で選んでください）、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1): %2.</source>
        <translation>サービスのゾーン（%1）にありません：%2。</translation>
    </message>
    <message>
        <source>Choose subnets in the service&apos;s zones only.</source>
        <translation>サービスのゾーンにあるサブネットだけを選択してください。</translation>
    </message>
    <message>
        <source>More than one subnet in a zone: %1.</source>
        <translation>1 つのゾーンに複数のサブネットがあります：%1。</translation>
    </message>
    <message>
        <source>Choose one subnet per zone.</source>
        <translation>ゾーンごとにサブネットを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>No subnet is chosen.</source>
        <translation>サブネットが選択されていません。</translation>
    </message>
    <message>
        <source>Choose at least one subnet; one in each zone the VPC shares with the service (%1) keeps the endpoint up when a zone fails.</source>
        <translation>サブネットを 1 つ以上選択してください。VPC とサービスに共通する各ゾーン（%1）に 1 つずつ選ぶと、ゾーン障害時もエンドポイントを使い続けられます。</translation>
    </message>
    <message>
        <source>Subnets in %1 of the %2 zones the VPC shares with the service (%3).</source>
        <translation>VPC とサービスに共通する %2 ゾーンのうち %1 ゾーンにサブネットがあります（%3）。</translation>
    </message>
    <message>
        <source>One subnet in each shared zone keeps the endpoint up when a zone fails.</source>
        <translation>共通する各ゾーンにサブネットを 1 つずつ選ぶと、ゾーン障害時もエンドポイントを使い続けられます。</translation>
    </message>
    <message>
        <source>A subnet in each zone the VPC shares with the service (%1).</source>
        <translation>VPC とサービスに共通するすべてのゾーンにサブネットがあります（%1）。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（送信元：%2）</translation>
    </message>
    <message>
        <source>No security group is chosen.</source>
        <translation>セキュリティグループが選択されていません。</translation>
    </message>
    <message>
        <source>Choose a group that lets TCP %1 in from your applications.</source>
        <translation>アプリケーションからの TCP %1 の受信を許可するセキュリティグループを選択してください。</translation>
    </message>
    <message>
        <source>None of the chosen security groups lets TCP %1 in.</source>
        <translation>選択したセキュリティグループはどれも TCP %1 の受信を許可していません。</translation>
    </message>
    <message>
        <source>Add an inbound rule for TCP %1 from the VPC (%2) or from your applications&apos; group.</source>
        <translation>VPC（%2）またはアプリケーションのセキュリティグループからの TCP %1 を許可するインバウンドルールを追加してください。</translation>
    </message>
    <message>
        <source>TCP %1 is let in: %2.</source>
        <translation>TCP %1 の受信が許可されています：%2。</translation>
    </message>
    <message>
        <source>VPC %1 already has endpoint %2 to this service (%3).</source>
        <translation>VPC %1 には、このサービスへのエンドポイント %2 がすでにあります（%3）。</translation>
    </message>
    <message>
        <source>Use that endpoint: one endpoint per VPC serves every cluster behind the service, and a second one with private DNS is refused (conflicting DNS domain).</source>
        <translation>そのエンドポイントを使ってください。VPC ごとに 1 つのエンドポイントで、サービスの背後にあるすべてのクラスターに接続できます。プライベート DNS を有効にした 2 つ目のエンドポイントは拒否されます（DNS ドメインの競合）。</translation>
    </message>
    <message>
        <source>No endpoint to this service in VPC %1 yet.</source>
        <translation>VPC %1 にはまだこのサービスへのエンドポイントがありません。</translation>
    </message>
    <message>
        <source>Check the account&apos;s permissions, then check again.</source>
        <translation>アカウントの権限を確認してから、もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>AwsInboundService</name>
    <message>
        <source>EC2 answered that it did not make the change. Read again, then try once more.</source>
        <translation>EC2 は変更を行わなかったと応答しました。読み取り直してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AwsLinkChecks</name>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1.</source>
        <translation>エンドポイントサービスはクラスターと同じリージョン %1 にあります。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, not in the cluster&apos;s region %2.</source>
        <translation>エンドポイントサービスは %1 にあり、クラスターのリージョン %2 にはありません。</translation>
    </message>
    <message>
        <source>Choose a service in %1, or set the endpoint service&apos;s region to %2 for a cross-region connection.</source>
        <translation>%1 のサービスを選ぶか、クロスリージョン接続としてエンドポイントサービスのリージョンに %2 を指定してください。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1, the cluster in %2: a cross-region connection.</source>
        <translation>エンドポイントサービスは %1、クラスターは %2 にあります。クロスリージョン接続です。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2 and belongs to the AWS account of these credentials.</source>
        <translation>エンドポイントサービス %1 は %2 に存在し、この認証情報の AWS アカウントが所有しています。</translation>
    </message>
    <message>
        <source>Endpoint service %1 exists in %2; it belongs to another AWS account, so its Allow principals cannot be read with these credentials.</source>
        <translation>エンドポイントサービス %1 は %2 に存在しますが、別の AWS アカウントのものなので、この認証情報では許可されたプリンシパルを読み取れません。</translation>
    </message>
    <message>
        <source>AWS account %1 neither owns nor may see endpoint service %2 in %3.</source>
        <translation>AWS アカウント %1 は %3 のエンドポイントサービス %2 を所有しておらず、表示も許可されていません。</translation>
    </message>
    <message>
        <source>Check the service name and its region. If the service belongs to another account, check it with that account&apos;s credentials, or ask its owner.</source>
        <translation>サービス名とリージョンを確認してください。サービスが別のアカウントのものなら、そのアカウントの認証情報で確認するか、所有者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The endpoint service could not be read: %1</source>
        <translation>エンドポイントサービスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Fix the AWS credentials or permissions, then check again.</source>
        <translation>AWS の認証情報または権限を修正してから、再確認してください。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is in the Allow principals.</source>
        <translation>TiDB Cloud のアカウント %1 は許可されたプリンシパルに含まれています。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not in the Allow principals, so TiDB Cloud cannot connect.</source>
        <translation>TiDB Cloud のアカウント %1 が許可されたプリンシパルに含まれていないため、TiDB Cloud は接続できません。</translation>
    </message>
    <message>
        <source>Add %1 to the endpoint service&apos;s Allow principals.</source>
        <translation>%1 をエンドポイントサービスの許可されたプリンシパル（Allow principals）に追加してください。</translation>
    </message>
    <message>
        <source>Whether TiDB Cloud&apos;s account %1 is allowed could not be checked with these credentials.</source>
        <translation>TiDB Cloud のアカウント %1 が許可されているかどうかは、この認証情報では確認できませんでした。</translation>
    </message>
    <message>
        <source>Ask the service&apos;s owner to make sure %1 is in its Allow principals.</source>
        <translation>%1 が許可されたプリンシパルに含まれていることを、サービスの所有者に確認してもらってください。</translation>
    </message>
    <message>
        <source>Zones in common with the cluster: %1.</source>
        <translation>クラスターと共通のアベイラビリティーゾーン: %1。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones (%1) have none in common with the cluster&apos;s (%2).</source>
        <translation>エンドポイントサービスのアベイラビリティーゾーン (%1) には、クラスターのもの (%2) と共通のものがありません。</translation>
    </message>
    <message>
        <source>Add a subnet in one of the cluster&apos;s zones (%1) to the service&apos;s load balancer. Zone names differ per account: compare zone IDs.</source>
        <translation>クラスターのアベイラビリティーゾーン (%1) のいずれかにあるサブネットを、サービスのロードバランサーに追加してください。ゾーン名はアカウントごとに異なるため、アベイラビリティーゾーン ID で比べてください。</translation>
    </message>
    <message>
        <source>The endpoint service&apos;s zones could not be read.</source>
        <translation>エンドポイントサービスのアベイラビリティーゾーンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Make sure the service has a zone among %1.</source>
        <translation>サービスに %1 のいずれかのアベイラビリティーゾーンがあることを確認してください。</translation>
    </message>
    <message>
        <source>Acceptance is required: the connection will wait in Pending Acceptance until the request is accepted on AWS.</source>
        <translation>承諾が必要です。AWS でリクエストが承諾されるまで、接続は承諾待ちのままです。</translation>
    </message>
    <message>
        <source>Acceptance is not required: AWS accepts the request at once.</source>
        <translation>承諾は不要です。AWS がリクエストをすぐに承諾します。</translation>
    </message>
    <message>
        <source>No cause was found on the AWS side, but not everything could be checked: %1</source>
        <translation>AWS 側に原因は見つかりませんでしたが、確認できなかった項目があります: %1</translation>
    </message>
    <message>
        <source>The AWS side looks right: the service exists, TiDB Cloud&apos;s account is allowed and a zone is in common.</source>
        <translation>AWS 側は問題なさそうです。サービスが存在し、TiDB Cloud のアカウントが許可され、共通のアベイラビリティーゾーンがあります。</translation>
    </message>
    <message>
        <source>A cross-region endpoint is made in the cluster&apos;s own zones (%1); the service&apos;s zones in %2 need not match them.</source>
        <translation>クロスリージョンのエンドポイントはクラスター自身のアベイラビリティーゾーン (%1) に作られます。%2 にあるサービスのアベイラビリティーゾーンと一致する必要はありません。</translation>
    </message>
</context>
<context>
    <name>AwsProfileResolver</name>
    <message>
        <source>environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>%2 のプロファイル %1</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 has an unclosed quote.</source>
        <translation>AWS プロファイル %1 の credential_process に閉じていない引用符があります。</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>プロファイル %1 の credential_process</translation>
    </message>
    <message>
        <source>AWS profile %1 has no keys and no credential_process.</source>
        <translation>AWS プロファイル %1 にはキーも credential_process もありません。</translation>
    </message>
    <message>
        <source>There is no AWS profile %1 in %2 or %3.</source>
        <translation>%2 にも %3 にも AWS プロファイル %1 はありません。</translation>
    </message>
    <message>
        <source>The role_arn of AWS profile %1 is not a role&apos;s ARN. It looks like arn:aws:iam::123456789012:role/RoleName.</source>
        <translation>AWS プロファイル %1 の role_arn はロールの ARN ではありません。ロールの ARN は arn:aws:iam::123456789012:role/RoleName の形式です。</translation>
    </message>
    <message>
        <source>The role_session_name of AWS profile %1 must be 2 to 64 letters, digits or the characters + = , . @ - (no spaces).</source>
        <translation>AWS プロファイル %1 の role_session_name は、2～64 文字の英字、数字、または + = , . @ - で指定してください（空白なし）。</translation>
    </message>
    <message>
        <source>The external_id of AWS profile %1 must be 2 to 1224 letters, digits or the characters + = , . @ : / - (no spaces).</source>
        <translation>AWS プロファイル %1 の external_id は、2～1224 文字の英字、数字、または + = , . @ : / - で指定してください（空白なし）。</translation>
    </message>
    <message>
        <source>The duration_seconds of AWS profile %1 must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours).</source>
        <translation>AWS プロファイル %1 の duration_seconds は、900（15 分）から 43200（12 時間）までの整数の秒数で指定してください。</translation>
    </message>
    <message>
        <source>The mfa_serial of AWS profile %1 must be the MFA device&apos;s ARN (arn:aws:iam::123456789012:mfa/name) or serial number.</source>
        <translation>AWS プロファイル %1 の mfa_serial には、MFA デバイスの ARN（arn:aws:iam::123456789012:mfa/name）またはシリアル番号を指定してください。</translation>
    </message>
    <message>
        <source>AWS profile %1 names both a source_profile and a credential_source: keep the one its keys come from.</source>
        <translation>AWS プロファイル %1 に source_profile と credential_source の両方が指定されています。キーの取得元である方だけを残してください。</translation>
    </message>
    <message>
        <source>AWS profile %1 has a role_arn but neither a source_profile nor a credential_source: add source_profile = the profile whose keys may assume the role.</source>
        <translation>AWS プロファイル %1 には role_arn がありますが、source_profile も credential_source もありません。source_profile = ロールを引き受けられるキーを持つプロファイル を追加してください。</translation>
    </message>
    <message>
        <source>AWS profile %1 takes its keys from %2, which only an EC2 instance or an ECS task has. On this computer, use source_profile = a profile with keys, or credential_source = Environment.</source>
        <translation>AWS プロファイル %1 は %2 からキーを取得しますが、それを持つのは EC2 インスタンスか ECS タスクだけです。このコンピューターでは、source_profile = キーを持つプロファイル、または credential_source = Environment を使用してください。</translation>
    </message>
    <message>
        <source>The credential_source %2 of AWS profile %1 is not one the AWS CLI knows: Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>AWS プロファイル %1 の credential_source %2 は AWS CLI が認識する値ではありません（Environment、Ec2InstanceMetadata、EcsContainer のいずれか）。</translation>
    </message>
    <message>
        <source>AWS profile %1 assumes its role with the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (credential_source = Environment), which are not set.</source>
        <translation>AWS プロファイル %1 は AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY のキーでロールを引き受けます（credential_source = Environment）が、これらは設定されていません。</translation>
    </message>
    <message>
        <source>The source_profile %2 of AWS profile %1 is not in %3 or %4.</source>
        <translation>AWS プロファイル %1 の source_profile %2 は %3 にも %4 にもありません。</translation>
    </message>
    <message>
        <source>The AWS profiles go round in a circle through source_profile (%1), so none of them gets keys: end the chain at a profile with keys.</source>
        <translation>AWS プロファイルが source_profile で循環しているため（%1）、どれもキーを取得できません。チェーンをキーのあるプロファイルで終わらせてください。</translation>
    </message>
    <message>
        <source>AWS profile %1, the source_profile of a role, has no keys and no credential_process.</source>
        <translation>ロールの source_profile である AWS プロファイル %1 には、キーも credential_process もありません。</translation>
    </message>
    <message>
        <source>AWS profile %1 names sso_session %2, which is not a [sso-session %2] section of %3.</source>
        <translation>AWS プロファイル %1 は sso_session %2 を指定していますが、%3 に [sso-session %2] セクションがありません。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but has no sso_start_url of the https://…/start shape.</source>
        <translation>AWS プロファイル %1 は IAM Identity Center でサインインしますが、https://…/start 形式の sso_start_url がありません。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but its sso_region is not an AWS region such as us-east-1.</source>
        <translation>AWS プロファイル %1 は IAM Identity Center でサインインしますが、その sso_region は us-east-1 のような AWS リージョンではありません。</translation>
    </message>
    <message>
        <source>AWS profile %1 signs in with IAM Identity Center but does not name an account and a role: sso_account_id is 12 digits, sso_role_name a permission set&apos;s name.</source>
        <translation>AWS プロファイル %1 は IAM Identity Center でサインインしますが、アカウントとロールを指定していません。sso_account_id は 12 桁の数字、sso_role_name は許可セットの名前です。</translation>
    </message>
    <message>
        <source>IAM Identity Center, profile %1</source>
        <translation>IAM Identity Center、プロファイル %1</translation>
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
        <translation>AWS で承諾…</translation>
    </message>
    <message>
        <source>Reject on AWS…</source>
        <translation>AWS で拒否…</translation>
    </message>
    <message>
        <source>Diagnose on AWS…</source>
        <translation>AWS で診断…</translation>
    </message>
    <message>
        <source>Accept the connection request on the endpoint service, on AWS</source>
        <translation>AWS で、エンドポイントサービスへの接続リクエストを承諾します</translation>
    </message>
    <message>
        <source>Reject the connection request on the endpoint service, on AWS</source>
        <translation>AWS で、エンドポイントサービスへの接続リクエストを拒否します</translation>
    </message>
    <message>
        <source>Check the endpoint service on AWS and find why the connection fails</source>
        <translation>AWS でエンドポイントサービスを確認し、接続が失敗する原因を探します</translation>
    </message>
    <message>
        <source>Choose an AWS account for this profile (Profiles…) to act on the AWS side.</source>
        <translation>AWS 側で操作するには、このプロファイルの AWS アカウントを選んでください (プロファイル…)。</translation>
    </message>
    <message>
        <source>Open in AWS Console</source>
        <translation>AWS コンソールで開く</translation>
    </message>
    <message>
        <source>Open the endpoint service in the AWS console</source>
        <translation>AWS コンソールでエンドポイントサービスを開きます</translation>
    </message>
    <message>
        <source>Opened the endpoint service in the AWS console.</source>
        <translation>AWS コンソールでエンドポイントサービスを開きました。</translation>
    </message>
    <message>
        <source>Or run the AWS CLI command below. The connection becomes Active a few moments after the request is accepted.</source>
        <translation>または、以下の AWS CLI コマンドを実行します。リクエストが承諾されると、まもなく接続は「アクティブ」になります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account (arn:aws:iam::&lt;account ID&gt;:root) is in the endpoint service&apos;s Allow principals list.</source>
        <translation>TiDB Cloud のアカウント（arn:aws:iam::&lt;アカウント ID&gt;:root）がエンドポイントサービスの許可されたプリンシパル（Allow principals）リストにあります。</translation>
    </message>
    <message>
        <source>With %1, the console checks each item on AWS once you have entered the endpoint service:</source>
        <translation>%1 を使い、エンドポイントサービスを入力した後でコンソールが AWS で各項目を確認します:</translation>
    </message>
    <message>
        <source>The cluster runs on AWS, so the connection goes to an AWS endpoint service; Alibaba Cloud Endpoint Service is for clusters on Alibaba Cloud.</source>
        <translation>クラスターは AWS 上で動作しているため、接続先は AWS エンドポイントサービスです。Alibaba Cloud エンドポイントサービスは Alibaba Cloud 上のクラスター用です。</translation>
    </message>
    <message>
        <source>Over AWS PrivateLink, never the public internet.</source>
        <translation>AWS PrivateLink 経由で、パブリックインターネットは通りません。</translation>
    </message>
    <message>
        <source>Availability Zone ID:</source>
        <translation>アベイラビリティーゾーン ID:</translation>
    </message>
    <message>
        <source>Before you start, make sure DNS hostnames and DNS resolution are both enabled in your VPC settings; they are off by default for a VPC created in the AWS Management Console.</source>
        <translation>始める前に、VPC の設定で DNS ホスト名と DNS 解決の両方が有効になっていることを確認してください。AWS マネジメントコンソールで作成した VPC では既定で無効です。</translation>
    </message>
    <message>
        <source>VPC &gt; Endpoints &gt; Manage security groups</source>
        <translation>VPC &gt; Endpoints &gt; Manage security groups（セキュリティグループの管理）</translation>
    </message>
    <message>
        <source>“private-dns-enabled cannot be set because there is already a conflicting DNS domain”: a private endpoint for this region already exists in the VPC; creating a new one is unnecessary.</source>
        <translation>「private-dns-enabled cannot be set because there is already a conflicting DNS domain」: この VPC には既にこのリージョンのプライベートエンドポイントが作成されているため、新規作成は不要です。</translation>
    </message>
</context>
<context>
    <name>AwsSideJob</name>
    <message>
        <source>The endpoint service&apos;s name cannot be read as an AWS endpoint service (%1), so its side was not read.</source>
        <translation>エンドポイントサービス名を AWS のエンドポイントサービスとして読み取れない（%1）ため、クラウドプロバイダー側は読み取っていません。</translation>
    </message>
    <message>
        <source>Endpoint service %1 is not one of %2&apos;s: its owner allows TiDB Cloud&apos;s account and accepts its requests.</source>
        <translation>エンドポイントサービス %1 は %2 のものではありません：その所有者が TiDB Cloud のアカウントを許可し、リクエストを承諾します。</translation>
    </message>
    <message>
        <source>AWS could not be read with %1: %2</source>
        <translation>%1 で AWS を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>Endpoint service %1 is %2&apos;s; TiDB Cloud&apos;s account for this cluster is not known yet, so its Allow principals were not judged.</source>
        <translation>エンドポイントサービス %1 は %2 のものです。このクラスターの TiDB Cloud のアカウントがまだ分からないため、許可されたプリンシパル（Allow principals）は判定していません。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is among the Allow principals of endpoint service %2: the failure has another cause.</source>
        <translation>TiDB Cloud のアカウント %1 はエンドポイントサービス %2 の許可されたプリンシパル（Allow principals）に含まれています：失敗の原因は別にあります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account %1 is not among the Allow principals of your endpoint service %2: add %3 (Diagnose on AWS… adds it), then create the connection again.</source>
        <translation>TiDB Cloud のアカウント %1 がお使いのエンドポイントサービス %2 の許可されたプリンシパル（Allow principals）にありません：%3 を追加してから（「AWS で診断…」で追加できます）、接続を作成し直してください。</translation>
    </message>
    <message>
        <source>The Allow principals of endpoint service %1 could not be read with %2: %3</source>
        <translation>%2 でエンドポイントサービス %1 の許可されたプリンシパル（Allow principals）を読み取れませんでした：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 waits for your acceptance on endpoint service %2 (%3): accept it (Accept on AWS…) and the connection becomes ACTIVE.</source>
        <translation>TiDB Cloud のエンドポイント %1 が、エンドポイントサービス %2（%3）での承諾を待っています：承諾すると（「AWS で承諾…」）、接続は ACTIVE になります。</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s endpoint %1 is %2 on endpoint service %3: nothing waits on you; TiDB Cloud will see it at its next check.</source>
        <translation>TiDB Cloud のエンドポイント %1 はエンドポイントサービス %3 で %2 です：操作は不要です。TiDB Cloud は次の確認でこれを検出します。</translation>
    </message>
    <message>
        <source>Endpoint service %1 has no request from TiDB Cloud&apos;s endpoint yet: nothing waits on you.</source>
        <translation>エンドポイントサービス %1 には TiDB Cloud のエンドポイントからのリクエストがまだありません：操作は不要です。</translation>
    </message>
    <message>
        <source>The requests of endpoint service %1 could not be read with %2: %3</source>
        <translation>%2 でエンドポイントサービス %1 の接続リクエストを読み取れませんでした：%3</translation>
    </message>
    <message>
        <source>TiDB Cloud has not named its endpoint and its account for this cluster is not known yet: which request on endpoint service %1 is TiDB Cloud&apos;s cannot be told.</source>
        <translation>TiDB Cloud がエンドポイントをまだ示しておらず、このクラスターの TiDB Cloud のアカウントも分からないため、エンドポイントサービス %1 のどのリクエストが TiDB Cloud のものか判断できません。</translation>
    </message>
</context>
<context>
    <name>ChangeMessages</name>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Attaching the domains…</source>
        <translation>ドメインをアタッチしています…</translation>
    </message>
    <message>
        <source>Detaching the domains…</source>
        <translation>ドメインをデタッチしています…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>The connection was not created. %1</source>
        <translation>接続は作成されませんでした。%1</translation>
    </message>
    <message>
        <source>The domains were not attached. %1</source>
        <translation>ドメインはアタッチされませんでした。%1</translation>
    </message>
    <message>
        <source>The domains were not detached. %1</source>
        <translation>ドメインはデタッチされませんでした。%1</translation>
    </message>
    <message>
        <source>The connection was not deleted. %1</source>
        <translation>接続は削除されませんでした。%1</translation>
    </message>
    <message>
        <source>It is not known whether the connection was created: %1 Check Again looks for it in the cluster&apos;s list; nothing is sent again until the list shows it was not created.</source>
        <translation>接続が作成されたかどうか不明です: %1 「再確認」でクラスターの一覧から探します。作成されていないと一覧で確認できるまで、リクエストは再送信されません。</translation>
    </message>
    <message>
        <source>It is not known whether the domains were attached: %1 Check Again reads the connection; nothing is sent again until it shows they were not attached.</source>
        <translation>ドメインがアタッチされたかどうか不明です: %1 「再確認」で接続を読み取ります。アタッチされていないと確認できるまで、リクエストは再送信されません。</translation>
    </message>
    <message>
        <source>It is not known whether the domains were detached: %1 Check Again reads the connection; nothing is sent again until it shows they were not detached.</source>
        <translation>ドメインがデタッチされたかどうか不明です: %1 「再確認」で接続を読み取ります。デタッチされていないと確認できるまで、リクエストは再送信されません。</translation>
    </message>
    <message>
        <source>It is not known whether the connection is being deleted: %1 Check Again reads the connection; nothing is sent again until it shows the delete was not made.</source>
        <translation>接続が削除中かどうか不明です: %1 「再確認」で接続を読み取ります。削除されていないと確認できるまで、リクエストは再送信されません。</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再確認</translation>
    </message>
</context>
<context>
    <name>CommandLineDescription</name>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Show the version and the Qt version, and exit.</source>
        <translation>バージョンと Qt のバージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（ビルド時は Qt %2）</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Set up and run private link connections of TiDB Cloud clusters.</source>
        <translation>TiDB Cloud クラスターのプライベートリンク接続を設定・運用します。</translation>
    </message>
    <message>
        <source>Wait for the first data load, save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>最初のデータ読み込みを待ち、メインウィンドウの PNG を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use this language: en, zh_CN or ja_JP.</source>
        <translation>使用する言語: en、zh_CN、ja_JP のいずれか。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use one of: %2.</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. See --help.</source>
        <translation>予期しない引数「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <source>Start on the saved profile &lt;name&gt;.</source>
        <translation>保存済みのプロファイル &lt;name&gt; で起動します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Use the API at &lt;url&gt; with the key in TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY, saving nothing.</source>
        <translation>TIDBCLOUD_PUBLIC_KEY と TIDBCLOUD_PRIVATE_KEY のキーで &lt;url&gt; の API を使用します。何も保存しません。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--api-url needs the API key in TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY.</source>
        <translation>--api-url には TIDBCLOUD_PUBLIC_KEY と TIDBCLOUD_PRIVATE_KEY の API キーが必要です。</translation>
    </message>
    <message>
        <source>Use either --profile or --api-url, not both.</source>
        <translation>--profile と --api-url はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Print &quot;ready&quot; and exit once the first cluster&apos;s connections are shown (for start-up measurements and smoke tests).</source>
        <translation>最初のクラスターの接続が表示されたら &quot;ready&quot; と出力して終了します（起動時間の測定とスモークテスト用）。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>The time limit of each step of --check-endpoint (default 5).</source>
        <translation>--check-endpoint の各ステップの制限時間（既定値 5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--check-timeout takes a number of seconds from 0.1 to 120.</source>
        <translation>--check-timeout には 0.1 から 120 までの秒数を指定します。</translation>
    </message>
    <message>
        <source>A desktop console for the private links between TiDB Cloud clusters and the rest of a cloud: it lists clusters, their private link connections for dataflow and attached domains, and creates, attaches, detaches and deletes them with guided wizards through the TiDB Cloud Serverless API. With the profile&apos;s AWS or Alibaba Cloud account it also checks and changes the provider&apos;s side of a link (the endpoint service&apos;s Allow principals or Service Whitelist, its zones, the connection request to accept).</source>
        <translation>TiDB Cloud クラスターとクラウドのほかの部分との間のプライベートリンクを扱うデスクトップコンソールです。TiDB Cloud Serverless API を通じて、クラスター、データフロー用のプライベートリンク接続、アタッチされたドメインを一覧表示し、ウィザードで作成・アタッチ・デタッチ・削除します。プロファイルの AWS または Alibaba Cloud アカウントがあれば、リンクのクラウドプロバイダー側（エンドポイントサービスの許可されたプリンシパルまたはサービスホワイトリスト、アベイラビリティーゾーン、承諾する接続リクエスト）も確認・変更します。</translation>
    </message>
    <message>
        <source>Without a profile it runs on an embedded sandbox that emulates the API and the cloud provider&apos;s side, so everything can be tried offline. Profiles, keys and languages are chosen in the window; nothing is changed on a cloud account before the user confirms it.</source>
        <translation>プロファイルがない場合は、API とクラウドプロバイダー側をエミュレートする組み込みサンドボックス上で動作するため、すべてをオフラインで試せます。プロファイル、キー、言語はウィンドウで選択します。ユーザーが確認するまで、クラウドアカウント上では何も変更されません。</translation>
    </message>
    <message>
        <source>Check that the database at &lt;host:port&gt; answers (name resolution, TCP connection, MySQL greeting; no password needed), print what was found and exit: 0 when the database answered, 1 when not. Needs no display.</source>
        <translation>&lt;host:port&gt; のデータベースが応答するか確認し（名前解決、TCP 接続、MySQL のグリーティング。パスワードは不要）、結果を表示して終了します。データベースが応答した場合は 0、しなかった場合は 1。ディスプレイは不要です。</translation>
    </message>
    <message>
        <source>The console was closed, --check-endpoint found the database answering, or --screenshot saved its file.</source>
        <translation>コンソールが閉じられた、--check-endpoint でデータベースの応答を確認した、または --screenshot がファイルを保存した。</translation>
    </message>
    <message>
        <source>--check-endpoint found no database answering (the output says where it stopped and why), or the first load of --screenshot or --exit-when-ready failed, or the screenshot could not be saved.</source>
        <translation>--check-endpoint で応答するデータベースが見つからなかった（どこで止まったか、なぜかを出力に示します）、--screenshot または --exit-when-ready の最初の読み込みに失敗した、またはスクリーンショットを保存できなかった。</translation>
    </message>
    <message>
        <source>The arguments are not valid, or --profile names no saved profile.</source>
        <translation>引数が無効、または --profile に指定したプロファイルが保存されていない。</translation>
    </message>
    <message>
        <source>A TiDB Cloud API key pair. When both are set they take the place of the active profile&apos;s key (and --api-url needs them). Held in memory only.</source>
        <translation>TiDB Cloud API キーペア。両方が設定されている場合、アクティブなプロファイルのキーの代わりに使われます（--api-url にはこれが必要です）。メモリにのみ保持されます。</translation>
    </message>
    <message>
        <source>The AWS CLI profile that a profile&apos;s default AWS credentials use (else &quot;default&quot;).</source>
        <translation>プロファイルのデフォルトの AWS 認証情報が使う AWS CLI のプロファイル（未設定なら &quot;default&quot;）。</translation>
    </message>
    <message>
        <source>AWS credentials for the default AWS credentials, read as the AWS CLI reads them.</source>
        <translation>デフォルトの AWS 認証情報に使う AWS 認証情報。AWS CLI と同じように読み取ります。</translation>
    </message>
    <message>
        <source>The AWS region when the profile names none.</source>
        <translation>プロファイルにリージョンの指定がない場合の AWS リージョン。</translation>
    </message>
    <message>
        <source>Where the AWS CLI&apos;s config and credentials files are (read, never written).</source>
        <translation>AWS CLI の config ファイルと credentials ファイルの場所（読み取りのみ、書き込みはしません）。</translation>
    </message>
    <message>
        <source>Other EC2 and STS endpoints, as the AWS CLI honours them.</source>
        <translation>別の EC2 と STS のエンドポイント。AWS CLI と同じように扱います。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud AccessKey for the default Alibaba Cloud credentials.</source>
        <translation>デフォルトの Alibaba Cloud 認証情報に使う Alibaba Cloud の AccessKey。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile to use (else the current one in ~/.aliyun/config.json).</source>
        <translation>使用する aliyun CLI のプロファイル（未設定なら ~/.aliyun/config.json の current のもの）。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud region when the profile names none.</source>
        <translation>プロファイルにリージョンの指定がない場合の Alibaba Cloud リージョン。</translation>
    </message>
    <message>
        <source>Another PrivateLink endpoint, as the aliyun CLI honours it (https, or http only to this computer).</source>
        <translation>別の PrivateLink エンドポイント。aliyun CLI と同じように扱います（https、またはこのコンピューターに対してのみ http）。</translation>
    </message>
    <message>
        <source>&quot;offscreen&quot; runs --screenshot without a display.</source>
        <translation>&quot;offscreen&quot; にすると、ディスプレイなしで --screenshot を実行できます。</translation>
    </message>
    <message>
        <source>&quot;plc.api.requests.debug=true&quot; also writes the request log (never a key or a header value) to the debug log.</source>
        <translation>&quot;plc.api.requests.debug=true&quot; にすると、リクエストログ（キーやヘッダーの値は含みません）をデバッグログにも書き込みます。</translation>
    </message>
    <message>
        <source>Settings: profiles with their API URL and public key, the language, the window&apos;s layout. Never a private key: keys are in the keychain (the Secret Service) under the service &quot;privatelink-console&quot;.</source>
        <translation>設定: API URL と公開鍵を含むプロファイル、言語、ウィンドウのレイアウト。秘密鍵は含みません。キーはキーリング（Secret Service）のサービス &quot;privatelink-console&quot; に保存されます。</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s profiles and keys (read, never written).</source>
        <translation>AWS CLI のプロファイルとキー（読み取りのみ、書き込みはしません）。</translation>
    </message>
    <message>
        <source>The aliyun CLI&apos;s profiles (read, never written).</source>
        <translation>aliyun CLI のプロファイル（読み取りのみ、書き込みはしません）。</translation>
    </message>
    <message>
        <source>The ticloud CLI&apos;s profiles, read by Import from ticloud (never written).</source>
        <translation>ticloud CLI のプロファイル。「ticloud からインポート」で読み取ります（書き込みはしません）。</translation>
    </message>
    <message>
        <source>Run the embedded sandbox on a generated fleet of &lt;clusters:connections&gt; (1 to 2000 clusters, 0 to 50000 connections), kept in a data file of its own and made anew at each start; the same numbers always give the same fleet, which then changes by itself every 20 seconds.</source>
        <translation>組み込みサンドボックスを、生成した &lt;clusters:connections&gt; 規模のフリート（クラスター 1〜2000、接続 0〜50000）で実行します。フリートは専用のデータファイルに保存され、起動のたびに作り直されます。同じ数値からは常に同じフリートが生成され、その後 20 秒ごとに自動で変化します。</translation>
    </message>
    <message>
        <source>clusters:connections</source>
        <translation>clusters:connections</translation>
    </message>
    <message>
        <source>--fleet takes &lt;clusters:connections&gt;, such as 300:3000: from 1 to %1 clusters and from 0 to %2 connections, not “%3”.</source>
        <translation>--fleet には 300:3000 のような &lt;clusters:connections&gt; を指定します：クラスターは 1〜%1、接続は 0〜%2 です（「%3」は指定できません）。</translation>
    </message>
    <message>
        <source>The console&apos;s data: sandbox.sqlite, the embedded sandbox&apos;s; sandbox-fleet-C-N.sqlite, the embedded sandbox&apos;s with --fleet C:N, made anew at each start; fleet/, the fleet view&apos;s snapshots, one SQLite file per profile, readable by you only, holding only what the API returned.</source>
        <translation>コンソールのデータ：sandbox.sqlite は組み込みサンドボックスのデータ、sandbox-fleet-C-N.sqlite は --fleet C:N 指定時の組み込みサンドボックスのデータで起動のたびに作り直されます。fleet/ はフリートのスナップショットで、プロファイルごとに 1 つの SQLite ファイルです。あなただけが読み取れ、API が返した内容だけを保持します。</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagram</name>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Private link connection</source>
        <translation>プライベートリンク接続</translation>
    </message>
    <message>
        <source>Endpoint ID: %1</source>
        <translation>エンドポイント ID: %1</translation>
    </message>
    <message>
        <source>Endpoint service</source>
        <translation>エンドポイントサービス</translation>
    </message>
    <message>
        <source>Cross-region: %1</source>
        <translation>クロスリージョン: %1</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>まだ報告されていません</translation>
    </message>
    <message>
        <source>No availability zone in common with the cluster</source>
        <translation>クラスターと共通のアベイラビリティーゾーンがありません</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <translation>共通: %1</translation>
    </message>
    <message>
        <source>Attached domains</source>
        <translation>アタッチされたドメイン</translation>
    </message>
    <message>
        <source>No domains attached</source>
        <translation>アタッチされたドメインはありません</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Changefeeds</source>
        <translation>Changefeed</translation>
    </message>
    <message>
        <source>No changefeed runs through it</source>
        <translation>この接続を経由する Changefeed はありません</translation>
    </message>
    <message>
        <source>%1 · port %2</source>
        <translation>%1 · ポート %2</translation>
    </message>
</context>
<context>
    <name>ConnectionInput</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Enter a name for the private link connection.</source>
        <translation>プライベートリンク接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>This cluster already has a private link connection named “%1”; choose another name.</source>
        <translation>このクラスターには「%1」という名前のプライベートリンク接続がすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>This is an %1 endpoint service name, but the cluster runs on %2; expected a name that starts with %3.</source>
        <translation>これは %1 のエンドポイントサービス名ですが、クラスターは %2 上で動作しています。%3 で始まる名前を入力してください。</translation>
    </message>
    <message>
        <source>The name is in the region %1, but the endpoint service region is %2; they must be the same.</source>
        <translation>名前のリージョンは %1 ですが、エンドポイントサービスのリージョンは %2 です。同じである必要があります。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1 but the cluster is in %2. Use an endpoint service in %2, or enter %1 as the endpoint service region for a cross-region service.</source>
        <translation>エンドポイントサービスは %1 にありますが、クラスターは %2 にあります。%2 のエンドポイントサービスを使用するか、クロスリージョンのサービスならエンドポイントサービスのリージョンに %1 を入力してください。</translation>
    </message>
    <message>
        <source>The endpoint service is in %1 but the cluster is in %2; an Alibaba Cloud endpoint service must be in the cluster&apos;s region.</source>
        <translation>エンドポイントサービスは %1 にありますが、クラスターは %2 にあります。Alibaba Cloud のエンドポイントサービスはクラスターと同じリージョンにある必要があります。</translation>
    </message>
    <message>
        <source>Enter an AWS region code such as us-west-2, or leave it empty when the endpoint service is in the cluster&apos;s region.</source>
        <translation>us-west-2 のような AWS リージョンコードを入力してください。エンドポイントサービスがクラスターと同じリージョンにある場合は空のままにします。</translation>
    </message>
    <message>
        <source>%1 is the cluster&apos;s own region; leave the endpoint service region empty.</source>
        <translation>%1 はクラスター自身のリージョンです。エンドポイントサービスのリージョンは空のままにしてください。</translation>
    </message>
    <message>
        <source>A TiDB Cloud managed unique name is 26 lowercase letters a-z and digits 2-7; leave it empty to have one generated by the dry run.</source>
        <translation>TiDB Cloud マネージドの一意の名前は小文字 a-z と数字 2-7 の 26 文字です。空のままにするとドライランで生成されます。</translation>
    </message>
    <message>
        <source>Enter the unique name, or paste the Confluent network&apos;s DNS subdomain above.</source>
        <translation>一意の名前を入力するか、上に Confluent ネットワークの DNS サブドメインを貼り付けてください。</translation>
    </message>
    <message>
        <source>A Confluent unique name is the network ID and its AWS region, for example domnprzqrog.us-east-1.</source>
        <translation>Confluent の一意の名前はネットワーク ID とその AWS リージョンです（例: domnprzqrog.us-east-1）。</translation>
    </message>
    <message>
        <source>This is not a Confluent network DNS subdomain; expected, for example, use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud.</source>
        <translation>Confluent ネットワークの DNS サブドメインではありません。例: use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud</translation>
    </message>
    <message>
        <source>The Confluent Cloud network is in %1, but the cluster is in %2. Use a network in %2.</source>
        <translation>この Confluent Cloud ネットワークは %1 にありますが、クラスターは %2 にあります。%2 のネットワークを使用してください。</translation>
    </message>
    <message>
        <source>The domains of %1 are already attached to this private link connection.</source>
        <translation>%1 のドメインは既にこのプライベートリンク接続にアタッチされています。</translation>
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
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>アップグレード中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Modifying</source>
        <translation>変更中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止済み</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>再開中</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>承諾待ち</translation>
    </message>
    <message>
        <source>AWS Endpoint Service</source>
        <translation>AWS エンドポイントサービス</translation>
    </message>
    <message>
        <source>Alibaba Cloud Endpoint Service</source>
        <translation>Alibaba Cloud エンドポイントサービス</translation>
    </message>
    <message>
        <source>TiDB Cloud Managed</source>
        <translation>TiDB Cloud マネージド</translation>
    </message>
    <message>
        <source>Confluent Cloud</source>
        <translation>Confluent Cloud</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Create failed</source>
        <translation>作成失敗</translation>
    </message>
    <message>
        <source>Running failed</source>
        <translation>実行失敗</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>Alibaba Cloud endpoint connection: waiting for the owner to allow it</comment>
        <translation>変更中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>切断中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>Alibaba Cloud endpoint connection: rejected or not connected</comment>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Deleting</source>
        <comment>Alibaba Cloud endpoint connection</comment>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Service Deleted</source>
        <comment>Alibaba Cloud endpoint connection: its endpoint service is gone</comment>
        <translation>エンドポイントサービス削除済み</translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>Enter the host name or IP address of the endpoint.</source>
        <translation>エンドポイントのホスト名または IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>ホストに空白は使用できません。</translation>
    </message>
    <message>
        <source>The host contains a character that only looks like a letter, digit or dot. Type it again or copy it from the connection dialog.</source>
        <translation>ホストに、英字・数字・ドットに似た別の文字が含まれています。入力し直すか、接続ダイアログからコピーしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name; expected a name such as gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com or an IP address.</source>
        <translation>「%1」は有効なホスト名ではありません。gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com のような名前か IP アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Enter the port (4000 for TiDB Cloud, 6001 for MatrixOne Cloud).</source>
        <translation>ポートを入力してください（TiDB Cloud は 4000、MatrixOne Cloud は 6001）。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; TiDB Cloud uses 4000, MatrixOne Cloud 6001.</source>
        <translation>ポートは 1 から 65535 までの数値です。TiDB Cloud は 4000、MatrixOne Cloud は 6001 を使用します。</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets followed by the port, for example [fd00::12]:4000.</source>
        <translation>IPv6 アドレスは角かっこで囲み、その後にポートを付けてください（例: [fd00::12]:4000）。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>「%1」は IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>Add the port after a colon, for example %1:4000.</source>
        <translation>コロンの後にポートを付けてください（例: %1:4000）。</translation>
    </message>
</context>
<context>
    <name>EndpointCheckText</name>
    <message>
        <source>Checking %1</source>
        <translation>%1 を確認しています</translation>
    </message>
    <message>
        <source>%1 is this machine&apos;s loopback address; nothing to resolve.</source>
        <translation>%1 はこのマシンのループバックアドレスです。名前解決は不要です。</translation>
    </message>
    <message>
        <source>%1 is a private IP address; nothing to resolve.</source>
        <translation>%1 はプライベート IP アドレスです。名前解決は不要です。</translation>
    </message>
    <message>
        <source>%1 is a public IP address; a private endpoint has a private address in your VPC.</source>
        <translation>%1 はパブリック IP アドレスです。プライベートエンドポイントは VPC 内のプライベートアドレスを持ちます。</translation>
    </message>
    <message>
        <source>%1 does not resolve to any address.</source>
        <translation>%1 はどのアドレスにも解決されません。</translation>
    </message>
    <message>
        <source>No DNS answer for %1 within %2 s.</source>
        <translation>%2 秒以内に %1 の DNS 応答がありませんでした。</translation>
    </message>
    <message>
        <source>Resolving %1 was cancelled.</source>
        <translation>%1 の名前解決はキャンセルされました。</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>%1 を名前解決しています…</translation>
    </message>
    <message>
        <source>%1 resolved to %2, this machine&apos;s loopback address, in %3 ms.</source>
        <translation>%1 は %3 ミリ秒で %2（このマシンのループバックアドレス）に解決されました。</translation>
    </message>
    <message>
        <source>%1 resolved to %2, private addresses, in %3 ms.</source>
        <translation>%1 は %3 ミリ秒でプライベートアドレス %2 に解決されました。</translation>
    </message>
    <message>
        <source>%1 resolved to %2, which includes a public address: this answer did not come from your VPC&apos;s private DNS.</source>
        <translation>%1 は %2 に解決されましたが、パブリックアドレスが含まれています。この応答は VPC のプライベート DNS からのものではありません。</translation>
    </message>
    <message>
        <source>Connecting was not tried.</source>
        <translation>接続は試行されませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 がポート %2 への接続を拒否しました。</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 within %3 s.</source>
        <translation>%3 秒以内に %1 のポート %2 から応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this machine (%2).</source>
        <translation>このマシンから %1 に到達できません（%2）。</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3.</source>
        <translation>%1 のポート %2 に接続できませんでした: %3。</translation>
    </message>
    <message>
        <source>Connected to %1 on port %2 in %3 ms.</source>
        <translation>%3 ミリ秒で %1 のポート %2 に接続しました。</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>%1 のポート %2 に接続しています…</translation>
    </message>
    <message>
        <source>Connect over TCP to port %1.</source>
        <translation>TCP でポート %1 に接続します。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered in %1 ms: %2, version %3. It offers TLS.</source>
        <translation>MySQL プロトコルのサーバーが %1 ミリ秒で応答しました: %2、バージョン %3。TLS に対応しています。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered in %1 ms: %2, version %3. It does not offer TLS.</source>
        <translation>MySQL プロトコルのサーバーが %1 ミリ秒で応答しました: %2、バージョン %3。TLS には対応していません。</translation>
    </message>
    <message>
        <source>A MySQL-protocol server answered, and refused this machine: error %1, “%2”.</source>
        <translation>MySQL プロトコルのサーバーが応答しましたが、このマシンを拒否しました: エラー %1「%2」。</translation>
    </message>
    <message>
        <source>Connected, but nothing was said within %1 s.</source>
        <translation>接続しましたが、%1 秒以内に何も送られてきませんでした。</translation>
    </message>
    <message>
        <source>The other end closed the connection without a greeting.</source>
        <translation>相手側がグリーティングを送らずに接続を閉じました。</translation>
    </message>
    <message>
        <source>Something that is not a MySQL-protocol server answered: “%1”.</source>
        <translation>MySQL プロトコル以外のサーバーが応答しました:「%1」。</translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s greeting…</source>
        <translation>データベースのグリーティングを待っています…</translation>
    </message>
    <message>
        <source>The database&apos;s greeting was not read.</source>
        <translation>データベースのグリーティングは読み取られませんでした。</translation>
    </message>
    <message>
        <source>Read the MySQL protocol&apos;s greeting (no password is sent).</source>
        <translation>MySQL プロトコルのグリーティングを読み取ります（パスワードは送信しません）。</translation>
    </message>
    <message>
        <source>The database answered at %1, on this machine (a loopback address).</source>
        <translation>%1 のデータベースが応答しました。このマシン上です（ループバックアドレス）。</translation>
    </message>
    <message>
        <source>The database answered at %1 over a private address: the private endpoint works from this machine.</source>
        <translation>%1 のデータベースがプライベートアドレス経由で応答しました。このマシンからプライベートエンドポイントを利用できます。</translation>
    </message>
    <message>
        <source>The database answered at %1, but not over a private address: this connection does not go through a private endpoint.</source>
        <translation>%1 のデータベースが応答しましたが、プライベートアドレス経由ではありません。この接続はプライベートエンドポイントを通っていません。</translation>
    </message>
    <message>
        <source>The database at %1 is reachable but refused this machine (error %2).</source>
        <translation>%1 のデータベースには到達できますが、このマシンを拒否しました（エラー %2）。</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>%1 の確認はキャンセルされました。</translation>
    </message>
    <message>
        <source>The database at %1 did not answer.</source>
        <translation>%1 のデータベースは応答しませんでした。</translation>
    </message>
    <message>
        <source>The name does not resolve here. Most likely private DNS is off: on AWS, select Enable DNS name on the endpoint and turn on DNS hostnames and DNS resolution in the VPC; on Alibaba Cloud, add the hosts line (the endpoint&apos;s IP, then the name) to /etc/hosts. Run the check from a host inside the endpoint&apos;s VPC.</source>
        <translation>この名前はここでは解決できません。プライベート DNS が無効になっている可能性が最も高いです。AWS ではエンドポイントで「DNS 名を有効にする」（Enable DNS name）を選択し、VPC で DNS ホスト名と DNS 解決を有効にしてください。Alibaba Cloud では hosts 行（エンドポイント IP、続けて名前）を hosts ファイル（/etc/hosts）に追加してください。確認はエンドポイントの VPC 内のホストから実行してください。</translation>
    </message>
    <message>
        <source>No DNS server answered. Check this machine&apos;s DNS settings and try again.</source>
        <translation>DNS サーバーが応答しませんでした。このマシンの DNS 設定を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing answered the connection. Most likely the endpoint&apos;s security group does not allow inbound TCP on port %1 from this host, or the endpoint has no subnet (vSwitch) in the service&apos;s availability zone. On AWS: VPC &gt; Endpoints &gt; Manage security groups.</source>
        <translation>接続に応答がありませんでした。エンドポイントのセキュリティグループがこのホストからのポート %1 への TCP の受信アクセスを許可していないか、サービスのアベイラビリティーゾーンにエンドポイントのサブネット（vSwitch）がない可能性が最も高いです。AWS では: VPC &gt; Endpoints &gt; Manage security groups（セキュリティグループの管理）。</translation>
    </message>
    <message>
        <source>The address answered, but nothing listens on port %1: the port is most likely wrong. TiDB Cloud uses 4000, MatrixOne Cloud 6001; the connection dialog shows the port.</source>
        <translation>アドレスは応答しましたが、ポート %1 で待ち受けているものがありません。ポートが誤っている可能性が最も高いです。TiDB Cloud は 4000、MatrixOne Cloud は 6001 を使用します。ポートは接続ダイアログに表示されます。</translation>
    </message>
    <message>
        <source>There is no route from this machine to the endpoint. Run the check from a host in the endpoint&apos;s VPC, or in a network connected to it.</source>
        <translation>このマシンからエンドポイントへの経路がありません。エンドポイントの VPC、またはそれに接続されたネットワーク内のホストから確認を実行してください。</translation>
    </message>
    <message>
        <source>Check the address and this machine&apos;s network connection, then try again.</source>
        <translation>アドレスとこのマシンのネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something accepted the connection and closed it at once, such as a load balancer with no database behind it or a service that expects TLS first. Check the host and the port.</source>
        <translation>何かが接続を受け付けてすぐに閉じました。背後にデータベースのないロードバランサーや、先に TLS を求めるサービスなどです。ホストとポートを確認してください。</translation>
    </message>
    <message>
        <source>Something accepted the connection but said nothing. A MySQL-protocol database speaks first, so this is another kind of service or the wrong port.</source>
        <translation>何かが接続を受け付けましたが、何も送ってきませんでした。MySQL プロトコルのデータベースは先に話しかけるため、これは別の種類のサービスか、誤ったポートです。</translation>
    </message>
    <message>
        <source>A web server answered, not a database: the port is most likely wrong. Check it against the connection dialog.</source>
        <translation>データベースではなく Web サーバーが応答しました。ポートが誤っている可能性が最も高いです。接続ダイアログと照らし合わせてください。</translation>
    </message>
    <message>
        <source>Another kind of service answered, not a database: the port is most likely wrong. Check it against the connection dialog.</source>
        <translation>データベースではなく別の種類のサービスが応答しました。ポートが誤っている可能性が最も高いです。接続ダイアログと照らし合わせてください。</translation>
    </message>
    <message>
        <source>The network path works. The database itself does not accept connections from this machine: check the endpoint&apos;s authorized networks or the database&apos;s allowed hosts.</source>
        <translation>ネットワーク経路は機能しています。データベース自体がこのマシンからの接続を受け付けていません。エンドポイントの許可されたネットワーク、またはデータベースの許可ホストを確認してください。</translation>
    </message>
    <message>
        <source>In sandbox mode, %1 is endpoint %2, which the sandbox made. The sandbox stands in for your VPC&apos;s DNS: its database listens at %3, port %4.</source>
        <translation>サンドボックスモードでは、%1 はサンドボックスが作成したエンドポイント %2 です。サンドボックスが VPC の DNS の代わりを務めます。そのデータベースは %3 のポート %4 で待ち受けています。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s database answered for %1 through endpoint %2: in sandbox mode, the endpoint works. With your own account, run this check from a machine in the endpoint&apos;s VPC.</source>
        <translation>サンドボックスのデータベースがエンドポイント %2 を経由して %1 に応答しました。サンドボックスモードでは、このエンドポイントは使用できます。ご自身のアカウントでは、エンドポイントの VPC 内のマシンからこのチェックを実行してください。</translation>
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
        <translation>英字・数字・ハイフンに似た別の文字が含まれています。入力し直すか、コンソールからコピーしてください。</translation>
    </message>
    <message>
        <source>Enter the ID of the VPC your application runs in, for example vpc-0a1b2c3d4e5f67890.</source>
        <translation>アプリケーションが動作する VPC の ID を入力してください（例: vpc-0a1b2c3d4e5f67890）。</translation>
    </message>
    <message>
        <source>A VPC ID is vpc- followed by 8 or 17 hexadecimal digits (0-9, a-f), for example vpc-0a1b2c3d4e5f67890.</source>
        <translation>VPC ID は vpc- に続く 8 桁または 17 桁の 16 進数（0-9、a-f）です（例: vpc-0a1b2c3d4e5f67890）。</translation>
    </message>
    <message>
        <source>Enter the subnet ID in the availability zone listed above, for example subnet-0123456789abcdef0.</source>
        <translation>上に示したアベイラビリティーゾーンのサブネット ID を入力してください（例: subnet-0123456789abcdef0）。</translation>
    </message>
    <message>
        <source>“%1” is not a subnet ID; expected subnet- followed by 8 or 17 hexadecimal digits, for example subnet-0123456789abcdef0.</source>
        <translation>「%1」はサブネット ID ではありません。subnet- に続く 8 桁または 17 桁の 16 進数を指定してください（例: subnet-0123456789abcdef0）。</translation>
    </message>
    <message>
        <source>A subnet is listed twice; list each subnet once.</source>
        <translation>同じサブネットが 2 回指定されています。各サブネットは 1 回だけ指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) entered, but the service is in only %1 zone(s); an endpoint takes one subnet per availability zone.</source>
        <translation>
            <numerusform>%n 個のサブネットが入力されましたが、サービスは %1 個のゾーンにしかありません。エンドポイントはアベイラビリティーゾーンごとに 1 つのサブネットを使用します。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a security group ID; expected sg- followed by 8 or 17 hexadecimal digits, for example sg-0f1e2d3c4b5a69788.</source>
        <translation>「%1」はセキュリティグループ ID ではありません。sg- に続く 8 桁または 17 桁の 16 進数を指定してください（例: sg-0f1e2d3c4b5a69788）。</translation>
    </message>
    <message>
        <source>A security group is listed twice; list each one once.</source>
        <translation>同じセキュリティグループが 2 回指定されています。それぞれ 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>An endpoint takes at most %1 security groups.</source>
        <translation>エンドポイントに指定できるセキュリティグループは最大 %1 個です。</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s IP address from the Zones and Network Interfaces tab, for example 172.16.0.12.</source>
        <translation>「ゾーンとネットワークインターフェイス」（Zones and Network Interfaces）タブにあるエンドポイント IP アドレスを入力してください（例: 172.16.0.12）。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address; expected four numbers from 0 to 255 separated by dots, for example 172.16.0.12.</source>
        <translation>「%1」は IPv4 アドレスではありません。0 から 255 までの 4 つの数値をドットで区切って指定してください（例: 172.16.0.12）。</translation>
    </message>
    <message>
        <source>%1 is not a private address. The endpoint&apos;s IP is in your vSwitch&apos;s range, usually 10.x, 172.16-31.x or 192.168.x; check that you copied the endpoint&apos;s address.</source>
        <translation>%1 はプライベートアドレスではありません。エンドポイント IP アドレスは vSwitch の範囲内（通常は 10.x、172.16-31.x、192.168.x）にあります。エンドポイントのアドレスをコピーしたか確認してください。</translation>
    </message>
    <message>
        <source>Enter a name for this target, for example “MatrixOne orders”.</source>
        <translation>このターゲットの名前を入力してください（例:「MatrixOne orders」）。</translation>
    </message>
    <message>
        <source>A target named “%1” is already saved; choose another name.</source>
        <translation>「%1」という名前のターゲットは既に保存されています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>This is an AWS service name; an Alibaba Cloud service name starts with com.aliyuncs.privatelink.</source>
        <translation>これは AWS のサービス名です。Alibaba Cloud のサービス名は com.aliyuncs.privatelink. で始まります。</translation>
    </message>
    <message>
        <source>This is an Alibaba Cloud service name; an AWS service name starts with com.amazonaws.vpce.</source>
        <translation>これは Alibaba Cloud のサービス名です。AWS のサービス名は com.amazonaws.vpce. で始まります。</translation>
    </message>
    <message>
        <source>Enter the Region ID, for example cn-hangzhou or us-east-1.</source>
        <translation>リージョン ID を入力してください（例: cn-hangzhou、us-east-1）。</translation>
    </message>
    <message>
        <source>“%1” is not a region ID; expected, for example, cn-hangzhou or us-east-1.</source>
        <translation>「%1」はリージョン ID ではありません。cn-hangzhou や us-east-1 のように指定してください。</translation>
    </message>
    <message>
        <source>The service name is in %1, so the Region ID is %1 too.</source>
        <translation>サービス名は %1 にあるため、リージョン ID も %1 です。</translation>
    </message>
    <message>
        <source>Enter the zone ID shown with the service name, for example cn-hangzhou-j.</source>
        <translation>サービス名と一緒に表示されるゾーン ID を入力してください（例: cn-hangzhou-j）。</translation>
    </message>
    <message>
        <source>Enter the availability zone ID shown with the service name, for example use1-az1.</source>
        <translation>サービス名と一緒に表示されるアベイラビリティーゾーン ID を入力してください（例: use1-az1）。</translation>
    </message>
    <message>
        <source>“%1” is not an AWS availability zone ID; expected, for example, use1-az1.</source>
        <translation>「%1」は AWS のアベイラビリティーゾーン ID ではありません。use1-az1 のように指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an Alibaba Cloud zone ID; expected, for example, cn-hangzhou-j.</source>
        <translation>「%1」は Alibaba Cloud のゾーン ID ではありません。cn-hangzhou-j のように指定してください。</translation>
    </message>
    <message>
        <source>The zone %1 is not in the region %2; its ID starts with %2-.</source>
        <translation>ゾーン %1 はリージョン %2 にありません。このリージョンのゾーン ID は %2- で始まります。</translation>
    </message>
    <message>
        <source>Enter the database user; for MatrixOne Cloud it is account:admin:role, for example acme:admin:accountadmin.</source>
        <translation>データベースユーザーを入力してください。MatrixOne Cloud では account:admin:role の形式です（例: acme:admin:accountadmin）。</translation>
    </message>
    <message>
        <source>A MatrixOne Cloud user has three parts, account:admin:role, for example acme:admin:accountadmin.</source>
        <translation>MatrixOne Cloud のユーザーは account:admin:role の 3 つの部分からなります（例: acme:admin:accountadmin）。</translation>
    </message>
    <message>
        <source>The user can contain letters, digits and . _ - @ % + but no spaces or quotes.</source>
        <translation>ユーザーには英字、数字、. _ - @ % + を使用できます。空白や引用符は使用できません。</translation>
    </message>
</context>
<context>
    <name>EndpointServiceName</name>
    <message>
        <source>Enter the endpoint service name.</source>
        <translation>エンドポイントサービス名を入力してください。</translation>
    </message>
    <message>
        <source>The endpoint service name cannot contain spaces.</source>
        <translation>エンドポイントサービス名にスペースは使用できません。</translation>
    </message>
    <message>
        <source>The endpoint service name contains a character that only looks like a letter, digit or dot. Type it again or copy it from the provider&apos;s console.</source>
        <translation>エンドポイントサービス名に、英字・数字・ドットに似た別の文字が含まれています。入力し直すか、クラウドプロバイダーのコンソールからコピーしてください。</translation>
    </message>
    <message>
        <source>An endpoint service name starts with com.amazonaws.vpce. (AWS) or com.aliyuncs.privatelink. (Alibaba Cloud).</source>
        <translation>エンドポイントサービス名は com.amazonaws.vpce.（AWS）または com.aliyuncs.privatelink.（Alibaba Cloud）で始まります。</translation>
    </message>
    <message>
        <source>The region part of the name is not valid; expected, for example, com.amazonaws.vpce.us-east-1.… or com.aliyuncs.privatelink.cn-hangzhou.…</source>
        <translation>名前のリージョン部分が正しくありません。例: com.amazonaws.vpce.us-east-1.… または com.aliyuncs.privatelink.cn-hangzhou.…</translation>
    </message>
    <message>
        <source>An Alibaba Cloud endpoint service name ends with epsrv- and 17 lowercase letters or digits.</source>
        <translation>Alibaba Cloud エンドポイントサービス名は、epsrv- と 17 文字の英小文字または数字で終わります。</translation>
    </message>
    <message>
        <source>An AWS endpoint service name ends with vpce-svc- and 17 hexadecimal digits (0-9, a-f).</source>
        <translation>AWS エンドポイントサービス名は、vpce-svc- と 17 桁の 16 進数（0-9、a-f）で終わります。</translation>
    </message>
</context>
<context>
    <name>FleetAttention</name>
    <message>
        <source>The connection failed and TiDB Cloud gave no reason: check the endpoint service, then delete the connection and create it again.</source>
        <translation>接続が失敗しましたが、TiDB Cloud は理由を示していません。エンドポイントサービスを確認してから、接続を削除して作り直してください。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Waiting for the endpoint service&apos;s owner to accept TiDB Cloud&apos;s request; nothing flows through it until then.</source>
        <translation>エンドポイントサービスの所有者が TiDB Cloud のリクエストを承諾するのを待っています。それまでこの接続を通るデータはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting for %n minute(s); a deletion usually ends within a few minutes.</source>
        <translation>
            <numerusform>%n 分間削除中です。削除は通常数分で終わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1.</source>
        <translation>
            <numerusform>この接続を通る %n 個の Changefeed が失敗しました：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1 (%2).</source>
        <translation>
            <numerusform>この接続を通る %n 個の Changefeed が失敗しました：%1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection in warning: %1.</source>
        <translation>
            <numerusform>この接続を通る %n 個の Changefeed が警告状態です：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed.</source>
        <translation>
            <numerusform>アタッチした %n 個のドメインが失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed: %1</source>
        <translation>
            <numerusform>アタッチした %n 個のドメインが失敗しました：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続が失敗</translation>
    </message>
    <message>
        <source>Changefeed failed</source>
        <translation>Changefeed が失敗</translation>
    </message>
    <message>
        <source>Waiting for acceptance</source>
        <translation>承諾待ち</translation>
    </message>
    <message>
        <source>Domains failed</source>
        <translation>ドメインが失敗</translation>
    </message>
    <message>
        <source>Changefeed warning</source>
        <translation>Changefeed が警告</translation>
    </message>
    <message>
        <source>Deleting for long</source>
        <translation>削除が長引いている</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（ほか %2 件）</translation>
    </message>
    <message>
        <source>TiDB Cloud not allowed</source>
        <translation>TiDB Cloud が許可されていません</translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation>あなたの対応待ち</translation>
    </message>
</context>
<context>
    <name>FleetChange</name>
    <message>
        <source>%1 on %2 (profile %3)</source>
        <translation>%2 の %1（プロファイル %3）</translation>
    </message>
    <message>
        <source>%1: new, %2.</source>
        <translation>%1：新規、%2。</translation>
    </message>
    <message>
        <source>%1: no longer listed.</source>
        <translation>%1：一覧にありません。</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1：%2 → %3。</translation>
    </message>
    <message>
        <source>%1: changefeed %2 is %3.</source>
        <translation>%1：Changefeed %2 は %3 です。</translation>
    </message>
    <message>
        <source>%1: changefeed %2 is %3: %4</source>
        <translation>%1：Changefeed %2 は %3 です：%4</translation>
    </message>
    <message>
        <source>%1: its domains finished attaching or detaching.</source>
        <translation>%1：ドメインのアタッチまたはデタッチが終わりました。</translation>
    </message>
</context>
<context>
    <name>FleetReader</name>
    <message>
        <source>Profile %1: the fleet cannot be read with its API key: %2</source>
        <translation>プロファイル %1：その API キーではフリートを読み取れません：%2</translation>
    </message>
    <message>
        <source>Profile %1: TiDB Cloud is limiting this API key&apos;s requests; the fleet goes on reading at %2, and your own actions keep their share.</source>
        <translation>プロファイル %1：TiDB Cloud がこの API キーのリクエストを制限しています。フリートは %2 に読み取りを再開し、あなた自身の操作の分は確保されます。</translation>
    </message>
    <message>
        <source>Profile %1: the cluster list could not be read: %2 It is read again at the next pass.</source>
        <translation>プロファイル %1：クラスター一覧を読み取れませんでした：%2 次の巡回で再度読み取ります。</translation>
    </message>
</context>
<context>
    <name>FleetSnapshotStore</name>
    <message>
        <source>The fleet snapshot of profile %1 %2; it was set aside as %3 and is being made again from the API.</source>
        <translation>プロファイル %1 のフリートのスナップショットは%2。%3 として退避し、API から作り直しています。</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>壊れていました</translation>
    </message>
    <message>
        <source>was written by another version of the console (format %1)</source>
        <translation>別のバージョンのコンソールが書いたものでした（形式 %1）</translation>
    </message>
    <message>
        <source>belonged to another profile</source>
        <translation>別のプロファイルのものでした</translation>
    </message>
    <message>
        <source>The fleet snapshot of profile %1 could not be written (%2); the fleet is shown, but it will not be there at the next start.</source>
        <translation>プロファイル %1 のフリートのスナップショットを書き込めませんでした（%2）。フリートは表示されますが、次回の起動時には残りません。</translation>
    </message>
    <message>
        <source>was larger than a snapshot can be</source>
        <translation>スナップショットとしてありえない大きさでした</translation>
    </message>
    <message>
        <source>was of the account the profile named before (another API or key)</source>
        <translation>プロファイルが以前指していたアカウント（別の API またはキー）のものでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Filter by name, ID, provider, region or state</source>
        <translation>名前、ID、クラウドプロバイダー、リージョン、ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>クラスターを絞り込む</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Load the clusters again from the API</source>
        <translation>API からクラスターを再読み込みします</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Private Link Console</source>
        <translation>プライベートリンクコンソールについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointTarget</name>
    <message>
        <source>The API gives no private endpoint for %1 (only clusters on AWS and Alibaba Cloud have one); once the cluster is Active it usually does.</source>
        <translation>API は %1 のプライベートエンドポイントを返していません（AWS と Alibaba Cloud のクラスターにのみあります）。通常、クラスターがアクティブになると返されます。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>プロファイル名を入力してください。</translation>
    </message>
    <message>
        <source>The profile name cannot start or end with a space.</source>
        <translation>プロファイル名の先頭と末尾にスペースは使用できません。</translation>
    </message>
    <message>
        <source>The profile name can have at most %1 characters.</source>
        <translation>プロファイル名は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>“%1” is the built-in sandbox profile; choose another name.</source>
        <translation>「%1」は組み込みのサンドボックスのプロファイルです。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The profile name cannot contain “/”, “\” or control characters.</source>
        <translation>プロファイル名に「/」「\」や制御文字は使用できません。</translation>
    </message>
    <message>
        <source>Enter the API URL, for example %1.</source>
        <translation>API URL を入力してください（例: %1）。</translation>
    </message>
    <message>
        <source>This is not a valid URL; expected, for example, %1.</source>
        <translation>有効な URL ではありません。例: %1</translation>
    </message>
    <message>
        <source>The API URL must start with https:// (http:// is allowed only for this computer, such as a local sandbox).</source>
        <translation>API URL は https:// で始まる必要があります（http:// はローカルのサンドボックスなど、このコンピューター宛てのみ使用できます）。</translation>
    </message>
    <message>
        <source>The API URL cannot contain a user name, a query or a fragment.</source>
        <translation>API URL にユーザー名、クエリ、フラグメントは含められません。</translation>
    </message>
    <message>
        <source>Enter the public key of the API key.</source>
        <translation>API キーの公開鍵を入力してください。</translation>
    </message>
    <message>
        <source>The public key is too long; copy it again from the TiDB Cloud console.</source>
        <translation>公開鍵が長すぎます。TiDB Cloud コンソールからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The public key can contain only letters, digits and punctuation, without spaces.</source>
        <translation>公開鍵に使用できるのは英字、数字、記号のみで、スペースは使用できません。</translation>
    </message>
    <message>
        <source>Enter the private key of the API key.</source>
        <translation>API キーの秘密鍵を入力してください。</translation>
    </message>
    <message>
        <source>The private key is too long; copy it again from the TiDB Cloud console.</source>
        <translation>秘密鍵が長すぎます。TiDB Cloud コンソールからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The private key can contain only letters, digits and punctuation, without spaces.</source>
        <translation>秘密鍵に使用できるのは英字、数字、記号のみで、スペースは使用できません。</translation>
    </message>
</context>
<context>
    <name>ProviderSide</name>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>Another account&apos;s service</source>
        <translation>別のアカウントのサービス</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account not allowed</source>
        <translation>TiDB Cloud のアカウントが未許可</translation>
    </message>
    <message>
        <source>Nothing waits on you</source>
        <translation>操作は不要</translation>
    </message>
    <message>
        <source>No account with this cloud</source>
        <translation>このクラウドのアカウント未設定</translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation>あなたの対応待ち</translation>
    </message>
</context>
<context>
    <name>ProviderUis</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>Joins the names of cloud providers: &quot;AWS, Azure or Alibaba Cloud&quot;.</extracomment>
        <translation>%1 または %2</translation>
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
        <translation>先にクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Private link connections for dataflow are available for clusters on AWS and Alibaba Cloud; %1 is on %2.</source>
        <translation>データフローのプライベートリンク接続は AWS と Alibaba Cloud 上のクラスターで利用できます。%1 は %2 上にあります。</translation>
    </message>
    <message>
        <source>The cluster is %1; private link connections can be created only while it is Active.</source>
        <translation>クラスターは「%1」です。プライベートリンク接続はクラスターが「アクティブ」のときにのみ作成できます。</translation>
    </message>
    <message>
        <source>Confluent Cloud Dedicated clusters are reached through an AWS endpoint service; %1 is on %2.</source>
        <translation>Confluent Cloud Dedicated クラスターには AWS エンドポイントサービスを介して接続します。%1 は %2 上にあります。</translation>
    </message>
    <message>
        <source>Select a private link connection first.</source>
        <translation>先にプライベートリンク接続を選択してください。</translation>
    </message>
    <message>
        <source>Domains can be attached only to an Active private link connection; this one is %1.</source>
        <translation>ドメインは「アクティブ」のプライベートリンク接続にのみアタッチできます。この接続は「%1」です。</translation>
    </message>
    <message>
        <source>The console does not know this connection type: %1.</source>
        <translation>コンソールはこの接続タイプを認識できません: %1。</translation>
    </message>
    <message>
        <source>The private link connection is being deleted.</source>
        <translation>このプライベートリンク接続は削除中です。</translation>
    </message>
    <message>
        <source>The private link connection is already being deleted.</source>
        <translation>このプライベートリンク接続はすでに削除中です。</translation>
    </message>
    <message>
        <source>The attached domains are still loading.</source>
        <translation>アタッチされたドメインを読み込み中です。</translation>
    </message>
    <message>
        <source>No domains are attached to this private link connection.</source>
        <translation>このプライベートリンク接続にはドメインがアタッチされていません。</translation>
    </message>
    <message>
        <source>The endpoint service name cannot be read: %1</source>
        <translation>エンドポイントサービス名を読み取れません: %1</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account</source>
        <translation>TiDB Cloud のアカウント</translation>
    </message>
    <message>
        <source>Next step: in the AWS console, open the detail page of the endpoint service %1, go to the Endpoint Connections tab and accept the endpoint connection request from TiDB Cloud (endpoint %2, account %3).</source>
        <translation>次の手順: AWS コンソールでエンドポイントサービス %1 のエンドポイントサービスの詳細ページを開き、[エンドポイント接続（Endpoint Connections）] タブで TiDB Cloud からのエンドポイント接続リクエストを承諾してください（エンドポイント %2、アカウント %3）。</translation>
    </message>
    <message>
        <source>Next step: in the Alibaba Cloud console, open the detail page of the endpoint service %1, go to the Endpoint Connections tab and allow the endpoint connection request from TiDB Cloud (endpoint %2, account %3).</source>
        <translation>次の手順: Alibaba Cloud コンソールでエンドポイントサービス %1 のエンドポイントサービスの詳細ページを開き、[エンドポイント接続（Endpoint Connections）] タブで TiDB Cloud からのエンドポイント接続リクエストを許可してください（エンドポイント %2、アカウント %3）。</translation>
    </message>
    <message>
        <source>Most likely TiDB Cloud&apos;s account ID is not in the endpoint service&apos;s Allow principals list (AWS) or Service Whitelist (Alibaba Cloud). Add it, then create the connection again.</source>
        <translation>TiDB Cloud のアカウント ID がエンドポイントサービスの許可されたプリンシパル（Allow principals、AWS）またはサービスホワイトリスト（Alibaba Cloud）にない可能性が高いです。追加してから接続を作成し直してください。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service has no availability zone in common with the cluster. Add a load balancer subnet in one of the cluster&apos;s zones, then create the connection again.</source>
        <translation>エンドポイントサービスとクラスターに共通のアベイラビリティーゾーンがない可能性が高いです。クラスターのゾーンのいずれかにロードバランサーのサブネットを追加してから、接続を作成し直してください。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service name is wrong or the service was deleted. Copy the name again from the provider&apos;s console.</source>
        <translation>エンドポイントサービス名が間違っているか、サービスが削除された可能性が高いです。プロバイダーのコンソールから名前をコピーし直してください。</translation>
    </message>
    <message>
        <source>Most likely the endpoint service is in another region than the cluster. Use a service in the cluster&apos;s region, or give its region for a cross-region AWS service.</source>
        <translation>エンドポイントサービスがクラスターと別のリージョンにある可能性が高いです。クラスターのリージョンのサービスを使用するか、クロスリージョンの AWS サービスならそのリージョンを指定してください。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>理由は示されていません</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export as JSON</source>
        <translation>JSON としてエクスポート</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV としてエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>TerraformCopy</name>
    <message>
        <source>The endpoint is gone: there is nothing to write.</source>
        <translation>エンドポイントは存在しません。書き出すものはありません。</translation>
    </message>
    <message>
        <source>The endpoint could not be read, so nothing was copied: %1</source>
        <translation>エンドポイントを読み取れなかったため、何もコピーしていません：%1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名前の先頭と末尾にスペースは使えません。</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs or line breaks.</source>
        <translation>名前にタブや改行などの制御文字は使えません。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>名前は %1 文字です。最大 %2 文字まで使用できます。</translation>
    </message>
</context>
<context>
    <name>TicloudConfigImporter</name>
    <message>
        <source>There is no ticloud configuration at %1.</source>
        <translation>%1 に ticloud の設定がありません。</translation>
    </message>
    <message>
        <source>The ticloud configuration %1 cannot be read: %2</source>
        <translation>ticloud の設定 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a ticloud configuration.</source>
        <translation>%1 は ticloud の設定ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The ticloud configuration is not valid TOML (line %1, column %2): %3</source>
        <translation>ticloud の設定が有効な TOML ではありません（%1 行 %2 列）: %3</translation>
    </message>
    <message>
        <source>The ticloud configuration has no profiles.</source>
        <translation>ticloud の設定にプロファイルがありません。</translation>
    </message>
</context>
<context>
    <name>TicloudImport</name>
    <message>
        <source>%1 (exists already)</source>
        <translation>%1（既に存在します）</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>インポート済み: %1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>インポートされなかったもの: %1。</translation>
    </message>
    <message>
        <source>Import Private Keys</source>
        <translation>秘密鍵のインポート</translation>
    </message>
    <message numerus="yes">
        <source>config.toml also holds the private keys of %n profile(s). Move them into the keychain? The file itself is not changed.</source>
        <translation>
            <numerusform>config.toml には %n 件のプロファイルの秘密鍵も含まれています。キーリングに移しますか? ファイル自体は変更されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>plc::AboutDialog</name>
    <message>
        <source>About Private Link Console</source>
        <translation>プライベートリンクコンソールについて</translation>
    </message>
    <message>
        <source>Private Link Console</source>
        <translation>プライベートリンクコンソール</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Set up and run the private link connections of TiDB Cloud clusters, and the cloud provider&apos;s side of each link.</source>
        <translation>TiDB Cloud クラスターのプライベートリンク接続と、各リンクのクラウドプロバイダー側を設定・運用します。</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt; の下でライセンスされています。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Talking to the embedded sandbox at %1: nothing leaves this computer.</source>
        <translation>%1 の組み込みサンドボックスと通信しています。このコンピューターの外には何も送られません。</translation>
    </message>
    <message>
        <source>Not talking to any API yet.</source>
        <translation>まだどの API とも通信していません。</translation>
    </message>
    <message>
        <source>Talking to the API at %1.</source>
        <translation>%1 の API と通信しています。</translation>
    </message>
    <message>
        <source>Talking to the API at %1 with the profile “%2”.</source>
        <translation>プロファイル「%2」で %1 の API と通信しています。</translation>
    </message>
</context>
<context>
    <name>plc::AccountZonesBar</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the account ID</source>
        <translation>アカウント ID をコピー</translation>
    </message>
    <message>
        <source>Copy the availability zones</source>
        <translation>アベイラビリティーゾーンをコピー</translation>
    </message>
    <message>
        <source>TiDB Cloud account ID: %1</source>
        <translation>TiDB Cloud アカウント ID: %1</translation>
    </message>
    <message>
        <source>Availability zones: %1</source>
        <translation>アベイラビリティーゾーン: %1</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaAccount</name>
    <message>
        <source>the AccessKey kept in the keychain</source>
        <translation>キーリングに保管した AccessKey</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey of this profile is not in the keychain: enter it in the profile dialog.</source>
        <translation>このプロファイルの Alibaba Cloud AccessKey はキーリングにありません。プロファイルのダイアログで入力してください。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>AccessKey ID を入力してください。</translation>
    </message>
    <message>
        <source>An AccessKey ID is 16 to 128 letters and digits, such as LTAI5tExampleKeyId1234.</source>
        <translation>AccessKey ID は 16～128 文字の英字と数字です（例: LTAI5tExampleKeyId1234）。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>AccessKey Secret を入力してください。</translation>
    </message>
    <message>
        <source>An AccessKey secret is up to 128 printable characters without spaces.</source>
        <translation>AccessKey Secret は空白を含まない 128 文字以内の印字可能文字です。</translation>
    </message>
    <message>
        <source>the sandbox&apos;s Alibaba Cloud account</source>
        <translation>サンドボックスの Alibaba Cloud アカウント</translation>
    </message>
    <message>
        <source>no Alibaba Cloud account</source>
        <translation>Alibaba Cloud アカウントなし</translation>
    </message>
    <message>
        <source>aliyun CLI profile %1</source>
        <translation>aliyun CLI プロファイル %1</translation>
    </message>
    <message>
        <source>the aliyun CLI&apos;s current profile</source>
        <translation>aliyun CLI の現在のプロファイル</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey of this profile is being read from the keychain.</source>
        <translation>このプロファイルの Alibaba Cloud AccessKey をキーリングから読み込んでいます。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud AccessKey kept in the keychain for this profile is unreadable: enter it again in the profile dialog.</source>
        <translation>このプロファイル用にキーリングに保管した Alibaba Cloud AccessKey を読み取れません。プロファイルのダイアログで入力し直してください。</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Alibaba Cloud profile %1</source>
        <translation>Alibaba Cloud プロファイル %1</translation>
    </message>
    <message>
        <source>RAM role %1 (%2)</source>
        <translation>RAM ロール %1（%2）</translation>
    </message>
    <message>
        <source>%1 in Alibaba Cloud account %2 (%3)</source>
        <translation>Alibaba Cloud アカウント %2 の %1（%3）</translation>
    </message>
    <message>
        <source>These keys last until %1, and are renewed by themselves before then.</source>
        <translation>これらのキーは %1 まで有効で、それまでに自動的に更新されます。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaAccountEditor</name>
    <message>
        <source>Verify Alibaba Clou&amp;d</source>
        <translation>Alibaba Cloud を検証(&amp;D)</translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <translation>Alibaba Cloud アカウント</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey ID</source>
        <translation>Alibaba Cloud AccessKey ID</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey secret</source>
        <translation>Alibaba Cloud AccessKey Secret</translation>
    </message>
    <message>
        <source>AccessKey ID (LTAI…)</source>
        <translation>AccessKey ID (LTAI…)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new AccessKey to replace it</source>
        <translation>キーリングに保管済み。置き換えるには新しい AccessKey を入力</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>キーリングに保管済み</translation>
    </message>
    <message>
        <source>With an Alibaba Cloud account, the console checks the endpoint service, adds TiDB Cloud&apos;s account to its Service Whitelist and allows endpoint connection requests for you. Keys stay in ~/.aliyun/config.json or the environment.</source>
        <translation>Alibaba Cloud アカウントがあれば、コンソールがエンドポイントサービスを確認し、TiDB Cloud のアカウントをサービスホワイトリストに追加し、エンドポイント接続リクエストを許可します。キーは ~/.aliyun/config.json または環境変数に置いたままです。</translation>
    </message>
    <message>
        <source>The sandbox has an Alibaba Cloud account of its own, with an AccessKey made for each start.</source>
        <translation>サンドボックスには専用の Alibaba Cloud アカウントがあり、起動ごとに AccessKey を作ります。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s Alibaba Cloud account</source>
        <translation>サンドボックスの Alibaba Cloud アカウント</translation>
    </message>
    <message>
        <source>None: check the Alibaba Cloud side by hand</source>
        <translation>なし: Alibaba Cloud 側は手動で確認</translation>
    </message>
    <message>
        <source>Default credentials (environment, current aliyun CLI profile)</source>
        <translation>既定の認証情報 (環境変数、aliyun CLI の現在のプロファイル)</translation>
    </message>
    <message>
        <source>An AccessKey kept in the keychain</source>
        <translation>キーリングに保管した AccessKey</translation>
    </message>
    <message>
        <source>aliyun CLI profile %1</source>
        <translation>aliyun CLI プロファイル %1</translation>
    </message>
    <message>
        <source>Type the AccessKey to verify it.</source>
        <translation>検証するには AccessKey を入力してください。</translation>
    </message>
    <message>
        <source>Asking Alibaba Cloud who these credentials are…</source>
        <translation>この認証情報が誰のものか Alibaba Cloud に問い合わせています…</translation>
    </message>
    <message>
        <source>✓ Alibaba Cloud account %1, as %2 (%3).</source>
        <translation>✓ Alibaba Cloud アカウント %1、%2 として (%3)。</translation>
    </message>
    <message>
        <source>Alibaba &amp;Cloud account:</source>
        <translation>Alibaba Cloud アカウント(&amp;C):</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaChecksPage</name>
    <message>
        <source>Add TiDB Cloud&apos;s Account to the Service &amp;Whitelist…</source>
        <translation>TiDB Cloud のアカウントをサービスホワイトリストに追加(&amp;W)…</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands</source>
        <translation>同等の aliyun CLI コマンド</translation>
    </message>
    <message>
        <source>Check the Alibaba Cloud side</source>
        <translation>Alibaba Cloud 側の確認</translation>
    </message>
    <message>
        <source>Read on Alibaba Cloud with %1. Nothing changes on Alibaba Cloud unless you choose it.</source>
        <translation>%1 で Alibaba Cloud から読み取ります。選ばない限り何も変更しません。</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands:</source>
        <translation>同等の aliyun CLI コマンド:</translation>
    </message>
    <message>
        <source>Checking endpoint service %1 on Alibaba Cloud…</source>
        <translation>Alibaba Cloud でエンドポイントサービス %1 を確認しています…</translation>
    </message>
    <message>
        <source>The Alibaba Cloud side is ready for TiDB Cloud to connect.</source>
        <translation>Alibaba Cloud 側の準備ができており、TiDB Cloud が接続できます。</translation>
    </message>
    <message>
        <source>Change the Alibaba Cloud account?</source>
        <translation>Alibaba Cloud アカウントを変更しますか?</translation>
    </message>
    <message>
        <source>Add Alibaba Cloud account %1 (TiDB Cloud&apos;s) to the Service Whitelist of endpoint service %2 in %3?</source>
        <translation>Alibaba Cloud アカウント %1（TiDB Cloud のアカウント）を %3 のエンドポイントサービス %2 のサービスホワイトリストに追加しますか?</translation>
    </message>
    <message>
        <source>This changes %1: TiDB Cloud&apos;s account may then connect to the service. The same change with the aliyun CLI:
%2</source>
        <translation>これにより %1 が変更され、TiDB Cloud のアカウントがサービスに接続できるようになります。aliyun CLI での同じ変更:
%2</translation>
    </message>
    <message>
        <source>&amp;Add to Service Whitelist</source>
        <translation>サービスホワイトリストに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Adding TiDB Cloud&apos;s account to the Service Whitelist…</source>
        <translation>TiDB Cloud のアカウントをサービスホワイトリストに追加しています…</translation>
    </message>
    <message>
        <source>It is not known whether the account was added: %1 Choose Add again to find out; it is not sent twice.</source>
        <translation>アカウントが追加されたかどうか不明です: %1 もう一度「追加」を選ぶと確認できます。二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>The account was not added to the Service Whitelist: %1</source>
        <translation>アカウントはサービスホワイトリストに追加されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaDecisionDialog</name>
    <message>
        <source>Equivalent aliyun CLI command</source>
        <translation>同等の aliyun CLI コマンド</translation>
    </message>
    <message>
        <source>Allow on Alibaba Cloud</source>
        <translation>Alibaba Cloud で許可</translation>
    </message>
    <message>
        <source>Reject on Alibaba Cloud</source>
        <translation>Alibaba Cloud で拒否</translation>
    </message>
    <message>
        <source>Allow the endpoint connection request of connection %1 to endpoint service %2 (%3), with %4.</source>
        <translation>%4 で、接続 %1 からエンドポイントサービス %2（%3）へのエンドポイント接続リクエストを許可します。</translation>
    </message>
    <message>
        <source>Reject the endpoint connection request of connection %1 to endpoint service %2 (%3), with %4. TiDB Cloud then shows the connection as Failed; it has to be deleted and created again to connect later.</source>
        <translation>%4 で、接続 %1 からエンドポイントサービス %2（%3）へのエンドポイント接続リクエストを拒否します。TiDB Cloud では接続が失敗と表示され、後で接続するには削除して作成し直す必要があります。</translation>
    </message>
    <message>
        <source>&amp;Allow Request</source>
        <translation>リクエストを許可(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject Request…</source>
        <translation>リクエストを拒否(&amp;R)…</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI command:</source>
        <translation>同等の aliyun CLI コマンド:</translation>
    </message>
    <message>
        <source>Looking for the request of endpoint %1 on Alibaba Cloud…</source>
        <translation>Alibaba Cloud でエンドポイント %1 のリクエストを探しています…</translation>
    </message>
    <message>
        <source>Alibaba Cloud shows no request from endpoint %1 on service %2 in this account. Check that the Alibaba Cloud account is the service&apos;s owner.</source>
        <translation>このアカウントでは、サービス %2 へのエンドポイント %1 からのリクエストが Alibaba Cloud に表示されません。Alibaba Cloud アカウントがサービスの所有者であることを確認してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Request from endpoint %1 of Alibaba Cloud account %2, zones %3. Status on Alibaba Cloud: %4.</source>
        <translation>Alibaba Cloud アカウント %2 のエンドポイント %1 からのリクエスト、アベイラビリティーゾーン %3。Alibaba Cloud での状態: %4。</translation>
    </message>
    <message>
        <source>There is nothing to decide: the request is %1 on Alibaba Cloud.</source>
        <translation>決めることはありません。このリクエストは Alibaba Cloud で「%1」です。</translation>
    </message>
    <message>
        <source>Reject the request?</source>
        <translation>リクエストを拒否しますか?</translation>
    </message>
    <message>
        <source>Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and it cannot be allowed afterwards.</source>
        <translation>エンドポイント %1 のリクエストを拒否しますか? TiDB Cloud では接続 %2 が失敗と表示され、後から許可することはできません。</translation>
    </message>
    <message>
        <source>&amp;Reject Request</source>
        <translation>リクエストを拒否(&amp;R)</translation>
    </message>
    <message>
        <source>Allowing on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で許可しています…</translation>
    </message>
    <message>
        <source>Rejecting on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で拒否しています…</translation>
    </message>
    <message>
        <source>Allowed on Alibaba Cloud. TiDB Cloud shows the connection as Active within a minute; the table follows it.</source>
        <translation>Alibaba Cloud で許可しました。1 分以内に TiDB Cloud で接続がアクティブと表示され、表にも反映されます。</translation>
    </message>
    <message>
        <source>Rejected on Alibaba Cloud. TiDB Cloud shows the connection as Failed within a minute.</source>
        <translation>Alibaba Cloud で拒否しました。1 分以内に TiDB Cloud で接続が失敗と表示されます。</translation>
    </message>
    <message>
        <source>It is not known whether Alibaba Cloud took the decision: %1 Choose the button again to find out; it is not sent twice.</source>
        <translation>Alibaba Cloud が決定を受け付けたかどうか不明です: %1 もう一度ボタンを選ぶと確認できます。二重に送信されることはありません。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaDiagnosisDialog</name>
    <message>
        <source>Equivalent aliyun CLI commands</source>
        <translation>同等の aliyun CLI コマンド</translation>
    </message>
    <message>
        <source>Diagnose on Alibaba Cloud: %1</source>
        <translation>Alibaba Cloud で診断: %1</translation>
    </message>
    <message>
        <source>Endpoint service %1, read on Alibaba Cloud with %2.</source>
        <translation>エンドポイントサービス %1、%2 で Alibaba Cloud から読み取り。</translation>
    </message>
    <message>
        <source>Equivalent aliyun CLI commands:</source>
        <translation>同等の aliyun CLI コマンド:</translation>
    </message>
    <message>
        <source>Checking on Alibaba Cloud…</source>
        <translation>Alibaba Cloud で確認しています…</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account is on the Service Whitelist now.</source>
        <translation>TiDB Cloud のアカウントがサービスホワイトリストに追加されました。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaEndpointPage</name>
    <message>
        <source>hosts file line</source>
        <translation>hosts ファイルの行</translation>
    </message>
    <message>
        <source>Create an Alibaba Cloud interface endpoint</source>
        <translation>Alibaba Cloud のインターフェイスエンドポイントを作成</translation>
    </message>
    <message>
        <source>In the Alibaba Cloud VPC console, then tell your hosts the endpoint&apos;s IP.</source>
        <translation>Alibaba Cloud の VPC コンソールで作成し、エンドポイント IP アドレスをホストに設定します。</translation>
    </message>
    <message>
        <source>Endpoint IP address</source>
        <translation>エンドポイント IP アドレス</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Endpoint IP address:</source>
        <translation>エンドポイント IP アドレス:</translation>
    </message>
    <message>
        <source>Sign in to the Alibaba Cloud console, open the VPC console and select the region %1.</source>
        <translation>Alibaba Cloud コンソールにサインインし、VPC コンソールを開いてリージョン %1 を選択します。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Endpoints&lt;/b&gt; in the navigation pane, then &lt;b&gt;Create Endpoint&lt;/b&gt;.</source>
        <translation>ナビゲーションペインで &lt;b&gt;エンドポイント&lt;/b&gt; をクリックし、&lt;b&gt;エンドポイントの作成&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <source>Select &lt;b&gt;Interface Endpoint&lt;/b&gt;.</source>
        <translation>&lt;b&gt;インターフェイスエンドポイント&lt;/b&gt; を選択します。</translation>
    </message>
    <message>
        <source>Search for the service name &lt;code&gt;%1&lt;/code&gt; and select the available service.</source>
        <translation>サービス名 &lt;code&gt;%1&lt;/code&gt; を検索し、表示されたサービスを選択します。</translation>
    </message>
    <message>
        <source>Select the VPC your application runs in.</source>
        <translation>アプリケーションが動作する VPC を選択します。</translation>
    </message>
    <message>
        <source>Select a security group, or create one, that allows inbound access on port %1.</source>
        <translation>ポート %1 への受信アクセスを許可するセキュリティグループを選択するか、作成します。</translation>
    </message>
    <message>
        <source>For the zone, select a vSwitch in %1 (create one there if there is none). The form offers two zones by default: delete the second.</source>
        <translation>ゾーンには %1 の vSwitch を選択します（なければそこに作成します）。フォームには既定で 2 つのゾーンがあるので、2 つ目を削除します。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create&lt;/b&gt; and wait until the endpoint is created; its details page shows the VPC endpoint ID.</source>
        <translation>&lt;b&gt;作成&lt;/b&gt; をクリックし、エンドポイントが作成されるまで待ちます。詳細ページに VPC エンドポイント ID が表示されます。</translation>
    </message>
    <message>
        <source>On the endpoint&apos;s &lt;b&gt;Zones and Network Interfaces&lt;/b&gt; tab, copy the endpoint&apos;s IP address into the field below.</source>
        <translation>エンドポイントの &lt;b&gt;ゾーンとネットワークインターフェイス&lt;/b&gt;（Zones and Network Interfaces）タブで、エンドポイント IP アドレスを下の欄にコピーします。</translation>
    </message>
    <message>
        <source>On each ECS instance in the endpoint&apos;s VPC that does not resolve %1 through private DNS, add this line to the hosts file (/etc/hosts):</source>
        <translation>エンドポイントの VPC 内で、プライベート DNS で %1 を解決しない各 ECS インスタンスの hosts ファイル（/etc/hosts）に次の行を追加します:</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s IP address first.</source>
        <translation>先にエンドポイント IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Make it myself, in the Alibaba Cloud console</source>
        <translation>Alibaba Cloud コンソールで自分で作成する</translation>
    </message>
    <message>
        <source>Read and made with the profile&apos;s Alibaba Cloud account; each change is shown and confirmed first.</source>
        <translation>プロファイルの Alibaba Cloud アカウントで読み取りと作成を行います。各変更は先に表示して確認します。</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaInboundSession</name>
    <message>
        <source>vSwitches</source>
        <translation>vSwitch</translation>
    </message>
    <message>
        <source>aliyun CLI command</source>
        <translation>aliyun CLI コマンド</translation>
    </message>
    <message>
        <source>Acting as %1. The same with the aliyun CLI:
%2</source>
        <translation>%1 として実行します。aliyun CLI で同じ操作：
%2</translation>
    </message>
    <message>
        <source>does not let TCP %1 in</source>
        <translation>TCP %1 の受信を許可していません</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2</source>
        <translation>%2 からの TCP %1 の受信を許可しています</translation>
    </message>
    <message>
        <source>Open Port %1…</source>
        <translation>ポート %1 を開く…</translation>
    </message>
    <message>
        <source>Changing security group %1 on Alibaba Cloud…</source>
        <translation>Alibaba Cloud でセキュリティグループ %1 を変更しています…</translation>
    </message>
    <message>
        <source>Security group %1 lets TCP %2 in now.</source>
        <translation>セキュリティグループ %1 は TCP %2 の受信を許可するようになりました。</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in vSwitches %3, with security groups %4?</source>
        <translation>VPC %1 に %2 へのインターフェイスエンドポイントを作成しますか？vSwitch：%3、セキュリティグループ：%4。</translation>
    </message>
    <message>
        <source>does not let TCP %1 in; a cloud product manages it, so it cannot be changed</source>
        <translation>TCP %1 の受信を許可していません。クラウドプロダクトが管理しているため変更できません</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2; a cloud product manages it, so it cannot be changed</source>
        <translation>%2 からの TCP %1 の受信を許可しています。クラウドプロダクトが管理しているため変更できません</translation>
    </message>
    <message>
        <source>Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer reach %3 through it.</source>
        <translation>VPC %2 のインターフェイスエンドポイント %1 を削除しますか？VPC 内のアプリケーションはこれを経由して %3 に接続できなくなります。</translation>
    </message>
    <message>
        <source>vSwitches:</source>
        <translation>vSwitch：</translation>
    </message>
</context>
<context>
    <name>plc::AlibabaKeysJob</name>
    <message>
        <source>Assuming RAM role %1 for Alibaba Cloud profile %2: %3</source>
        <translation>Alibaba Cloud プロファイル %2 のために RAM ロール %1 を引き受けています：%3</translation>
    </message>
</context>
<context>
    <name>plc::AttachDomainsWizard</name>
    <message>
        <source>Attach Domains</source>
        <translation>ドメインをアタッチ</translation>
    </message>
</context>
<context>
    <name>plc::AttachPreviewPage</name>
    <message>
        <source>Attach Domains</source>
        <translation>ドメインをアタッチ</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>同等の ticloud コマンド</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>プレビュー（ドライラン）</translation>
    </message>
    <message>
        <source>A dry run shows what will be attached; nothing changes until you click Attach Domains.</source>
        <translation>ドライランでアタッチされる内容を確認します。「ドメインをアタッチ」をクリックするまで何も変更されません。</translation>
    </message>
    <message>
        <source>Domains that will be attached</source>
        <translation>アタッチされるドメイン</translation>
    </message>
    <message>
        <source>Domains that will be attached:</source>
        <translation>アタッチされるドメイン:</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>ticloud CLI で同じことを行うには:</translation>
    </message>
    <message>
        <source>Running the dry run…</source>
        <translation>ドライランを実行しています…</translation>
    </message>
    <message>
        <source>The dry run did not succeed, so nothing can be attached yet. %1</source>
        <translation>ドライランが成功しなかったため、まだアタッチできません。%1</translation>
    </message>
    <message>
        <source>Private link connection</source>
        <translation>プライベートリンク接続</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>ドメインタイプ</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>一意の名前</translation>
    </message>
    <message>
        <source>(dry run…)</source>
        <translation>（ドライラン中…）</translation>
    </message>
</context>
<context>
    <name>plc::AttachTypePage</name>
    <message>
        <source>Domain type</source>
        <translation>ドメインタイプ</translation>
    </message>
    <message>
        <source>Traffic from TiDB Cloud dataflow to the attached domains goes through %1. Choose the kind of domains.</source>
        <translation>TiDB Cloud のデータフローからアタッチしたドメインへのトラフィックは %1 を経由します。ドメインの種類を選択してください。</translation>
    </message>
    <message>
        <source>TiDB Cloud generates the domains, one per availability zone, for example *.use1-az1.&lt;unique name&gt;.aws.plc.tidbcloud.com. The dry run on the next page shows the unique name and every domain.</source>
        <translation>TiDB Cloud はアベイラビリティーゾーンごとにドメインを生成します（例: *.use1-az1.&lt;一意の名前&gt;.aws.plc.tidbcloud.com）。次のページのドライランで一意の名前とすべてのドメインを確認できます。</translation>
    </message>
    <message>
        <source>The domains of a Confluent Cloud Dedicated cluster&apos;s network, *.&lt;unique name&gt;.aws.confluent.cloud and one per zone. Enter the network&apos;s unique name:</source>
        <translation>Confluent Cloud Dedicated クラスターのネットワークのドメイン（*.&lt;一意の名前&gt;.aws.confluent.cloud とゾーンごとに 1 つ）。ネットワークの一意の名前を入力してください:</translation>
    </message>
    <message>
        <source>Confluent Cloud domains can be attached only to an AWS Endpoint Service connection; this one is %1.</source>
        <translation>Confluent Cloud のドメインは AWS エンドポイントサービスの接続にのみアタッチできます。この接続は %1 です。</translation>
    </message>
</context>
<context>
    <name>plc::AwsAccount</name>
    <message>
        <source>the sandbox&apos;s AWS account</source>
        <translation>サンドボックスの AWS アカウント</translation>
    </message>
    <message>
        <source>no AWS account</source>
        <translation>AWS アカウントなし</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS プロファイル %1</translation>
    </message>
    <message>
        <source>the access key kept in the keychain</source>
        <translation>キーリングに保管したアクセスキー</translation>
    </message>
    <message>
        <source>The AWS access key of this profile is not in the keychain: enter it in the profile dialog.</source>
        <translation>このプロファイルの AWS アクセスキーがキーリングにありません。プロファイルのダイアログで入力してください。</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>アクセスキー ID を入力してください。</translation>
    </message>
    <message>
        <source>An access key ID is 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE.</source>
        <translation>アクセスキー ID は 16～128 文字の英大文字と数字です (例: AKIAIOSFODNN7EXAMPLE)。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>シークレットアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>A secret access key is up to 128 printable characters without spaces.</source>
        <translation>シークレットアクセスキーは空白を含まない 128 文字以内の印字可能文字です。</translation>
    </message>
    <message>
        <source>The AWS key of this profile is being read from the keychain.</source>
        <translation>このプロファイルの AWS キーをキーリングから読み取っています。</translation>
    </message>
    <message>
        <source>The AWS key kept in the keychain for this profile is unreadable: enter it again in the profile dialog.</source>
        <translation>キーリングにあるこのプロファイルの AWS キーを読み取れません。プロファイルのダイアログでもう一度入力してください。</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>role %1 in the sandbox&apos;s AWS account</source>
        <translation>サンドボックスの AWS アカウントのロール %1</translation>
    </message>
    <message>
        <source>%1 in the sandbox&apos;s AWS account %2</source>
        <translation>サンドボックスの AWS アカウント %2 の %1</translation>
    </message>
    <message>
        <source>role %1 (AWS profile %2)</source>
        <translation>ロール %1（AWS プロファイル %2）</translation>
    </message>
    <message>
        <source>%1 in AWS account %2 (AWS profile %3)</source>
        <translation>AWS アカウント %2 の %1（AWS プロファイル %3）</translation>
    </message>
    <message>
        <source>These keys last until %1. Renewing them asks for a code from MFA device %2; a change is never interrupted to ask for it.</source>
        <translation>これらのキーは %1 まで有効です。更新には MFA デバイス %2 のコードが必要です。そのために変更が途中で中断されることはありません。</translation>
    </message>
    <message>
        <source>These keys last until %1, and are renewed by themselves before then.</source>
        <translation>これらのキーは %1 まで有効で、それまでに自動的に更新されます。</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in AWS account %2 (AWS profile %3)</source>
        <translation>AWS アカウント %2 の IAM Identity Center ロール %1（AWS プロファイル %3）</translation>
    </message>
</context>
<context>
    <name>plc::AwsAccountEditor</name>
    <message>
        <source>AWS account</source>
        <translation>AWS アカウント</translation>
    </message>
    <message>
        <source>The sandbox has an AWS account of its own, with a key pair made for each start.</source>
        <translation>サンドボックスには専用の AWS アカウントがあり、起動のたびにキーペアが作られます。</translation>
    </message>
    <message>
        <source>With an AWS account, the console checks the endpoint service, adds TiDB Cloud&apos;s account to its Allow principals and accepts connection requests for you. Keys stay in ~/.aws, the environment or your credential_process.</source>
        <translation>AWS アカウントを設定すると、コンソールがエンドポイントサービスを確認し、TiDB Cloud のアカウントを許可されたプリンシパルに追加し、接続リクエストを承諾します。キーは ~/.aws、環境変数、または credential_process に置いたままです。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS account</source>
        <translation>サンドボックスの AWS アカウント</translation>
    </message>
    <message>
        <source>None: check the AWS side by hand</source>
        <translation>なし: AWS 側は手動で確認する</translation>
    </message>
    <message>
        <source>Default AWS credentials (environment, AWS_PROFILE)</source>
        <translation>既定の AWS 認証情報 (環境変数、AWS_PROFILE)</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS プロファイル %1</translation>
    </message>
    <message>
        <source>Asking AWS who these credentials are…</source>
        <translation>この認証情報が誰のものかを AWS に問い合わせています…</translation>
    </message>
    <message>
        <source>✓ AWS account %1, as %2 (%3).</source>
        <translation>✓ AWS アカウント %1、%2 として (%3)。</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS アクセスキー ID</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>AWS シークレットアクセスキー</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new key to replace it</source>
        <translation>キーリングに保管済み。置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>Access key ID (AKIA…)</source>
        <translation>アクセスキー ID (AKIA…)</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>キーリングに保管済み</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>An access key kept in the keychain</source>
        <translation>キーリングに保管したアクセスキー</translation>
    </message>
    <message>
        <source>Type the access key to test it.</source>
        <translation>テストするにはアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Verify AWS</source>
        <translation>AWS を確認(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;WS account:</source>
        <translation>AWS アカウント(&amp;W):</translation>
    </message>
</context>
<context>
    <name>plc::AwsChecksPage</name>
    <message>
        <source>Add TiDB Cloud&apos;s Account to Allow &amp;Principals…</source>
        <translation>TiDB Cloud のアカウントを許可されたプリンシパルに追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Check the AWS side</source>
        <translation>AWS 側の確認</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands</source>
        <translation>同等の AWS CLI コマンド</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands:</source>
        <translation>同等の AWS CLI コマンド:</translation>
    </message>
    <message>
        <source>Checking endpoint service %1 on AWS…</source>
        <translation>AWS でエンドポイントサービス %1 を確認しています…</translation>
    </message>
    <message>
        <source>The AWS side is ready for TiDB Cloud to connect.</source>
        <translation>AWS 側は TiDB Cloud が接続できる状態です。</translation>
    </message>
    <message>
        <source>Change the AWS account?</source>
        <translation>AWS アカウントを変更しますか?</translation>
    </message>
    <message>
        <source>Add %1 to the Allow principals of endpoint service %2 in %3?</source>
        <translation>%3 のエンドポイントサービス %2 の許可されたプリンシパルに %1 を追加しますか?</translation>
    </message>
    <message>
        <source>This changes %1: TiDB Cloud&apos;s account may then connect to the service. The same change with the AWS CLI:
%2</source>
        <translation>これは %1 を変更します。以後、TiDB Cloud のアカウントがサービスに接続できます。AWS CLI での同じ変更:
%2</translation>
    </message>
    <message>
        <source>&amp;Add to Allow Principals</source>
        <translation>許可されたプリンシパルに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Adding TiDB Cloud&apos;s account to the Allow principals…</source>
        <translation>TiDB Cloud のアカウントを許可されたプリンシパルに追加しています…</translation>
    </message>
    <message>
        <source>It is not known whether the principal was added: %1 Choose Add again to find out; it is not sent twice.</source>
        <translation>プリンシパルが追加されたかどうか不明です: %1 もう一度「追加」を選ぶと確認します。二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>The principal was not added: %1</source>
        <translation>プリンシパルは追加されませんでした: %1</translation>
    </message>
    <message>
        <source>Read on AWS with %1. Nothing changes on AWS unless you choose it.</source>
        <translation>%1 で AWS から読み取ります。選ばない限り AWS では何も変更しません。</translation>
    </message>
</context>
<context>
    <name>plc::AwsDecisionDialog</name>
    <message>
        <source>Accept on AWS</source>
        <translation>AWS で承諾</translation>
    </message>
    <message>
        <source>Reject on AWS</source>
        <translation>AWS で拒否</translation>
    </message>
    <message>
        <source>Accept the request of connection %1 to endpoint service %2 (%3), with %4.</source>
        <translation>%4 で、接続 %1 からエンドポイントサービス %2 (%3) へのリクエストを承諾します。</translation>
    </message>
    <message>
        <source>Reject the request of connection %1 to endpoint service %2 (%3), with %4. TiDB Cloud then shows the connection as Failed; it has to be deleted and created again to connect later.</source>
        <translation>%4 で、接続 %1 からエンドポイントサービス %2 (%3) へのリクエストを拒否します。TiDB Cloud では接続が失敗と表示され、後で接続するには削除して作り直す必要があります。</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI command</source>
        <translation>同等の AWS CLI コマンド</translation>
    </message>
    <message>
        <source>&amp;Accept Request</source>
        <translation>リクエストを承諾(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject Request</source>
        <translation>リクエストを拒否(&amp;R)</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI command:</source>
        <translation>同等の AWS CLI コマンド:</translation>
    </message>
    <message>
        <source>Looking for the request of endpoint %1 on AWS…</source>
        <translation>AWS でエンドポイント %1 のリクエストを探しています…</translation>
    </message>
    <message>
        <source>AWS shows no request from endpoint %1 on service %2 in this account. Check that the AWS profile belongs to the service&apos;s owner.</source>
        <translation>このアカウントでは、エンドポイント %1 からサービス %2 へのリクエストは AWS に表示されません。AWS プロファイルがサービスの所有者のものか確認してください。</translation>
    </message>
    <message>
        <source>Request from endpoint %1 of AWS account %2, made %3. State on AWS: %4.</source>
        <translation>AWS アカウント %2 のエンドポイント %1 からのリクエスト (%3)。AWS での状態: %4。</translation>
    </message>
    <message>
        <source>There is nothing to decide: the request is %1 on AWS.</source>
        <translation>判断することはありません。リクエストは AWS で %1 です。</translation>
    </message>
    <message>
        <source>Accepting on AWS…</source>
        <translation>AWS で承諾しています…</translation>
    </message>
    <message>
        <source>Rejecting on AWS…</source>
        <translation>AWS で拒否しています…</translation>
    </message>
    <message>
        <source>AWS did not take the decision (%1): %2</source>
        <translation>AWS は判断を反映しませんでした (%1): %2</translation>
    </message>
    <message>
        <source>Accepted on AWS. TiDB Cloud shows the connection as Active within a minute; the table follows it.</source>
        <translation>AWS で承諾しました。1 分以内に TiDB Cloud で接続がアクティブになり、表にも反映されます。</translation>
    </message>
    <message>
        <source>Rejected on AWS. TiDB Cloud shows the connection as Failed within a minute.</source>
        <translation>AWS で拒否しました。1 分以内に TiDB Cloud で接続が失敗と表示されます。</translation>
    </message>
    <message>
        <source>It is not known whether AWS took the decision: %1 Choose the button again to find out; it is not sent twice.</source>
        <translation>AWS が判断を反映したかどうか不明です: %1 もう一度ボタンを選ぶと確認します。二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Reject Request…</source>
        <translation>リクエストを拒否(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject the request?</source>
        <translation>リクエストを拒否しますか?</translation>
    </message>
    <message>
        <source>Reject the request of endpoint %1? TiDB Cloud shows connection %2 as Failed, and it cannot be accepted afterwards.</source>
        <translation>エンドポイント %1 のリクエストを拒否しますか? TiDB Cloud では接続 %2 が失敗と表示され、後から承諾することはできません。</translation>
    </message>
</context>
<context>
    <name>plc::AwsDiagnosisDialog</name>
    <message>
        <source>Diagnose on AWS: %1</source>
        <translation>AWS で診断: %1</translation>
    </message>
    <message>
        <source>Endpoint service %1, read on AWS with %2.</source>
        <translation>エンドポイントサービス %1 (%2 で AWS から読み取り)。</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands</source>
        <translation>同等の AWS CLI コマンド</translation>
    </message>
    <message>
        <source>Equivalent AWS CLI commands:</source>
        <translation>同等の AWS CLI コマンド:</translation>
    </message>
    <message>
        <source>Checking on AWS…</source>
        <translation>AWS で確認しています…</translation>
    </message>
    <message>
        <source>TiDB Cloud&apos;s account is in the Allow principals now.</source>
        <translation>TiDB Cloud のアカウントが許可されたプリンシパルに追加されました。</translation>
    </message>
</context>
<context>
    <name>plc::AwsEndpointPage</name>
    <message>
        <source>AWS CLI command</source>
        <translation>AWS CLI コマンド</translation>
    </message>
    <message>
        <source>Create an AWS interface endpoint</source>
        <translation>AWS のインターフェイスエンドポイントを作成</translation>
    </message>
    <message>
        <source>In the AWS Management Console, or with the AWS CLI command below.</source>
        <translation>AWS マネジメントコンソールで作成するか、下の AWS CLI コマンドを使用します。</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>Subnet IDs</source>
        <translation>サブネット ID</translation>
    </message>
    <message>
        <source>optional: sg-0f1e2d3c4b5a69788</source>
        <translation>省略可: sg-0f1e2d3c4b5a69788</translation>
    </message>
    <message>
        <source>Security group IDs</source>
        <translation>セキュリティグループ ID</translation>
    </message>
    <message>
        <source>VPC ID:</source>
        <translation>VPC ID:</translation>
    </message>
    <message>
        <source>Subnet IDs:</source>
        <translation>サブネット ID:</translation>
    </message>
    <message>
        <source>Security group IDs:</source>
        <translation>セキュリティグループ ID:</translation>
    </message>
    <message>
        <source>Or use the AWS CLI (fill in the IDs to copy it):</source>
        <translation>または AWS CLI を使用します（ID を入力するとコピーできます）:</translation>
    </message>
    <message>
        <source>Sign in to the AWS Management Console and open the Amazon VPC console in %1.</source>
        <translation>AWS マネジメントコンソールにサインインし、%1 の Amazon VPC コンソールを開きます。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Endpoints&lt;/b&gt; in the navigation pane, then &lt;b&gt;Create endpoint&lt;/b&gt;.</source>
        <translation>ナビゲーションペインで &lt;b&gt;Endpoints&lt;/b&gt;（エンドポイント）をクリックし、&lt;b&gt;Create endpoint&lt;/b&gt;（エンドポイントを作成）をクリックします。</translation>
    </message>
    <message>
        <source>Select &lt;b&gt;Endpoint services that use NLBs and GWLBs&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Endpoint services that use NLBs and GWLBs&lt;/b&gt;（NLB と GWLB を使用するエンドポイントサービス）を選択します。</translation>
    </message>
    <message>
        <source>Enter the service name &lt;code&gt;%1&lt;/code&gt; and click &lt;b&gt;Verify service&lt;/b&gt;.</source>
        <translation>サービス名 &lt;code&gt;%1&lt;/code&gt; を入力し、&lt;b&gt;Verify service&lt;/b&gt;（サービスの検証）をクリックします。</translation>
    </message>
    <message>
        <source>Select your VPC. Expand &lt;b&gt;Additional settings&lt;/b&gt; and select the &lt;b&gt;Enable DNS name&lt;/b&gt; checkbox.</source>
        <translation>VPC を選択します。&lt;b&gt;Additional settings&lt;/b&gt;（追加設定）を展開し、&lt;b&gt;Enable DNS name&lt;/b&gt;（DNS 名を有効にする）チェックボックスを選択します。</translation>
    </message>
    <message>
        <source>In &lt;b&gt;Subnets&lt;/b&gt;, select the availability zone %1 and the subnet ID in it.</source>
        <translation>&lt;b&gt;Subnets&lt;/b&gt;（サブネット）でアベイラビリティーゾーン %1 とその中のサブネット ID を選択します。</translation>
    </message>
    <message>
        <source>In &lt;b&gt;Security groups&lt;/b&gt;, select a group that allows inbound access from your application (for example your EC2 instances) on port %1.</source>
        <translation>&lt;b&gt;Security groups&lt;/b&gt;（セキュリティグループ）で、アプリケーション（EC2 インスタンスなど）からのポート %1 への受信アクセスを許可するグループを選択します。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create endpoint&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Create endpoint&lt;/b&gt;（エンドポイントを作成）をクリックします。</translation>
    </message>
    <message>
        <source>If AWS answers “private-dns-enabled cannot be set because there is already a conflicting DNS domain”, this VPC already has a private endpoint for the region: you do not need another one; go on to Connect With.</source>
        <translation>AWS が「private-dns-enabled cannot be set because there is already a conflicting DNS domain」と返した場合、この VPC には既にこのリージョンのプライベートエンドポイントが作成されているため、新規作成は不要です。「接続方法」に進んでください。</translation>
    </message>
    <message>
        <source>Fill in a valid VPC ID and subnet ID first.</source>
        <translation>先に有効な VPC ID とサブネット ID を入力してください。</translation>
    </message>
    <message>
        <source>Make it myself, in the AWS console or with the AWS CLI</source>
        <translation>自分で作成する（AWS コンソールまたは AWS CLI）</translation>
    </message>
    <message>
        <source>Read and made with the profile&apos;s AWS account; each change is shown and confirmed first.</source>
        <translation>プロファイルの AWS アカウントで読み取り、作成します。変更はすべて事前に表示され、確認を求められます。</translation>
    </message>
</context>
<context>
    <name>plc::AwsInboundSession</name>
    <message>
        <source>Subnets</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>AWS CLI command</source>
        <translation>AWS CLI コマンド</translation>
    </message>
    <message>
        <source>Acting as %1. The same with the AWS CLI:
%2</source>
        <translation>%1 として実行します。AWS CLI での同じ操作：
%2</translation>
    </message>
    <message>
        <source>does not let TCP %1 in</source>
        <translation>TCP %1 の受信を許可していません</translation>
    </message>
    <message>
        <source>lets TCP %1 in from %2</source>
        <translation>%2 からの TCP %1 の受信を許可しています</translation>
    </message>
    <message>
        <source>Turn On DNS Resolution…</source>
        <translation>DNS 解決を有効にする…</translation>
    </message>
    <message>
        <source>Turn On DNS Hostnames…</source>
        <translation>DNS ホスト名を有効にする…</translation>
    </message>
    <message>
        <source>Turn on DNS resolution for VPC %1?</source>
        <translation>VPC %1 の DNS 解決を有効にしますか？</translation>
    </message>
    <message>
        <source>Turn on DNS hostnames for VPC %1? Instances in it get public DNS names when they have public addresses.</source>
        <translation>VPC %1 の DNS ホスト名を有効にしますか？パブリックアドレスを持つインスタンスにはパブリック DNS 名が付きます。</translation>
    </message>
    <message>
        <source>Changing VPC %1 on AWS…</source>
        <translation>AWS 上で VPC %1 を変更しています…</translation>
    </message>
    <message>
        <source>VPC %1 changed on AWS.</source>
        <translation>AWS 上で VPC %1 を変更しました。</translation>
    </message>
    <message>
        <source>Open Port %1…</source>
        <translation>ポート %1 を開く…</translation>
    </message>
    <message>
        <source>Changing security group %1 on AWS…</source>
        <translation>AWS 上でセキュリティグループ %1 を変更しています…</translation>
    </message>
    <message>
        <source>Security group %1 lets TCP %2 in now.</source>
        <translation>セキュリティグループ %1 は TCP %2 の受信を許可するようになりました。</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in subnets %3, with security groups %4, and private DNS on?</source>
        <translation>VPC %1 に %2 へのインターフェイスエンドポイントを、サブネット %3、セキュリティグループ %4、プライベート DNS 有効で作成しますか？</translation>
    </message>
    <message>
        <source>Create an interface endpoint in VPC %1 to %2, in subnets %3, with security groups %4, and private DNS off?</source>
        <translation>VPC %1 に %2 へのインターフェイスエンドポイントを、サブネット %3、セキュリティグループ %4、プライベート DNS 無効で作成しますか？</translation>
    </message>
    <message>
        <source>Delete interface endpoint %1 in VPC %2? Applications in the VPC can no longer reach %3 through it.</source>
        <translation>VPC %2 のインターフェイスエンドポイント %1 を削除しますか？VPC 内のアプリケーションはこれを経由して %3 に接続できなくなります。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS stays as it is.</source>
        <translation>インターフェイスエンドポイント %1 を変更しますか？追加するサブネット：%2、削除するサブネット：%3。追加するセキュリティグループ：%4、削除するセキュリティグループ：%5。プライベート DNS はそのままです。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS is turned on.</source>
        <translation>インターフェイスエンドポイント %1 を変更しますか？追加するサブネット：%2、削除するサブネット：%3。追加するセキュリティグループ：%4、削除するセキュリティグループ：%5。プライベート DNS をオンにします。</translation>
    </message>
    <message>
        <source>Change interface endpoint %1? Subnets added: %2; removed: %3. Security groups added: %4; removed: %5. Private DNS is turned off.</source>
        <translation>インターフェイスエンドポイント %1 を変更しますか？追加するサブネット：%2、削除するサブネット：%3。追加するセキュリティグループ：%4、削除するセキュリティグループ：%5。プライベート DNS をオフにします。</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>サブネット：</translation>
    </message>
</context>
<context>
    <name>plc::AwsKeysJob</name>
    <message>
        <source>Role %1 needs a code from MFA device %2, and nothing here can ask for it.</source>
        <translation>ロール %1 には MFA デバイス %2 のコードが必要ですが、ここではそれを尋ねることができません。</translation>
    </message>
    <message>
        <source>Assuming role %1 for AWS profile %2: %3</source>
        <translation>AWS プロファイル %2 のためにロール %1 を引き受けています：%3</translation>
    </message>
</context>
<context>
    <name>plc::BackgroundSave</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
        <translation>シンク</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>plc::ChangefeedUsageView</name>
    <message>
        <source>Copied the changefeed ID %1.</source>
        <translation>Changefeed ID %1 をコピーしました。</translation>
    </message>
    <message>
        <source>Copied the ticloud command.</source>
        <translation>ticloud コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>The changefeeds could not be read: %1</source>
        <translation>Changefeed を読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Reading the changefeeds…</source>
        <translation>Changefeed を読み取っています…</translation>
    </message>
    <message>
        <source>No changefeed runs through this connection. Changefeeds on a public network are not listed here.</source>
        <translation>この接続を経由する Changefeed はありません。パブリックネットワークを使う Changefeed はここには表示されません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Changefeeds through this connection</source>
        <translation>この接続を経由する Changefeed</translation>
    </message>
    <message>
        <source>Copy Changefeed &amp;ID</source>
        <translation>Changefeed ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;ticloud Command</source>
        <translation>ticloud コマンドをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the ticloud command that describes this changefeed</source>
        <translation>この Changefeed を表示する ticloud コマンドをコピーします</translation>
    </message>
</context>
<context>
    <name>plc::ClusterTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>クラスター ID</translation>
    </message>
    <message>
        <source>Cloud Provider</source>
        <translation>クラウドプロバイダー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Service Plan</source>
        <translation>サービスプラン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>plc::CodeQuestionDialog</name>
    <message>
        <source>MFA Code</source>
        <translation>MFA コード</translation>
    </message>
    <message>
        <source>To assume role %1, enter the code your MFA device shows now.</source>
        <translation>ロール %1 を引き受けるには、MFA デバイスに今表示されているコードを入力してください。</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 桁の数字</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA コード</translation>
    </message>
    <message>
        <source>The code is used once, to assume the role, and is not kept. The role&apos;s keys stay in memory until they expire.</source>
        <translation>コードはロールを引き受けるために一度だけ使われ、保存されません。ロールのキーは有効期限までメモリ内にのみ保持されます。</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>MFA device:</source>
        <translation>MFA デバイス：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your MFA device shows now.</source>
        <translation>MFA デバイスに今表示されている 6 桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>A code is 6 digits, such as 123456.</source>
        <translation>コードは 123456 のような 6 桁の数字です。</translation>
    </message>
    <message>
        <source>No MFA code was given, so role %1 was not assumed and nothing was sent with it.</source>
        <translation>MFA コードが入力されなかったため、ロール %1 は引き受けられず、それを使って何も送信されていません。</translation>
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
        <translation>コマンドをコピー</translation>
    </message>
</context>
<context>
    <name>plc::ConfirmedChanges</name>
    <message>
        <source>Change on %1</source>
        <translation>%1 での変更</translation>
    </message>
    <message>
        <source>Make the Change</source>
        <translation>変更する</translation>
    </message>
    <message>
        <source>Reading on %1 whether the change was made…</source>
        <translation>%1 で変更が行われたかを読み取っています…</translation>
    </message>
    <message>
        <source>It is not known whether %1 made the change: %2 Press the same button again: the console reads first and never sends it twice.</source>
        <translation>%1 が変更を行ったかどうかは不明です：%2 同じボタンをもう一度押してください。コンソールは先に状態を読み取り、二度送信することはありません。</translation>
    </message>
    <message>
        <source>%1 did not make the change: %2</source>
        <translation>%1 は変更を行いませんでした：%2</translation>
    </message>
    <message>
        <source>The change no longer fits what was read. Read again and try once more: nothing was sent.</source>
        <translation>変更が読み取った内容と合わなくなりました。もう一度読み取ってから再試行してください。何も送信されていません。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentChecklistPage</name>
    <message>
        <source>Step 2. Add a PrivateLink Access to the network</source>
        <translation>ステップ 2. ネットワークに PrivateLink Access を追加する</translation>
    </message>
    <message>
        <source>In Confluent Cloud, add a PrivateLink Access to the network with TiDB Cloud&apos;s AWS account ID.</source>
        <translation>Confluent Cloud で、TiDB Cloud の AWS アカウント ID を使ってネットワークに PrivateLink Access を追加します。</translation>
    </message>
    <message>
        <source>Give the PrivateLink Access the TiDB Cloud AWS account ID below. Confluent Cloud then shows a VPC Service Endpoint, in the form com.amazonaws.vpce.&lt;region&gt;.vpce-svc-xxxxxxxxxxxxxxxxx; keep it for step 4.</source>
        <translation>PrivateLink Access に下の TiDB Cloud の AWS アカウント ID を指定します。Confluent Cloud に com.amazonaws.vpce.&lt;リージョン&gt;.vpce-svc-xxxxxxxxxxxxxxxxx 形式の VPC Service Endpoint が表示されるので、ステップ 4 のために控えておいてください。</translation>
    </message>
    <message>
        <source>I added the PrivateLink Access and saved its VPC Service Endpoint.</source>
        <translation>PrivateLink Access を追加し、その VPC Service Endpoint を控えました。</translation>
    </message>
    <message>
        <source>Step 3. Create a Confluent Cloud Dedicated cluster under the network</source>
        <translation>ステップ 3. ネットワーク内に Confluent Cloud Dedicated クラスターを作成する</translation>
    </message>
    <message>
        <source>Only Confluent Cloud Dedicated clusters support private link connections.</source>
        <translation>プライベートリンク接続をサポートするのは Confluent Cloud Dedicated クラスターのみです。</translation>
    </message>
    <message>
        <source>The Dedicated cluster is created in this network.</source>
        <translation>Dedicated クラスターをこのネットワークに作成しました。</translation>
    </message>
    <message>
        <source>In Confluent Cloud, create the Dedicated cluster and choose the existing network %1 from step 1 for it.</source>
        <translation>Confluent Cloud で Dedicated クラスターを作成し、ステップ 1 の既存のネットワーク %1 を選択します。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentEndpointPage</name>
    <message>
        <source>Create and Attach</source>
        <translation>作成してアタッチ</translation>
    </message>
    <message>
        <source>Equivalent ticloud commands</source>
        <translation>同等の ticloud コマンド</translation>
    </message>
    <message>
        <source>Step 4. Create a private link connection in TiDB Cloud</source>
        <translation>ステップ 4. TiDB Cloud でプライベートリンク接続を作成する</translation>
    </message>
    <message>
        <source>Enter the VPC Service Endpoint from the PrivateLink Access. Confluent Cloud accepts the connection request by itself.</source>
        <translation>PrivateLink Access の VPC Service Endpoint を入力します。Confluent Cloud は接続リクエストを自動的に承諾します。</translation>
    </message>
    <message>
        <source>VPC Service Endpoint</source>
        <translation>VPC Service Endpoint</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>プライベートリンク接続名</translation>
    </message>
    <message>
        <source>VPC Service Endpoint:</source>
        <translation>VPC Service Endpoint:</translation>
    </message>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>プライベートリンク接続名:</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>ticloud CLI で同じことを行うには:</translation>
    </message>
    <message>
        <source>Create and Attach creates the private link connection %1 to the VPC Service Endpoint, waits until Confluent Cloud has accepted it (it becomes Active), then attaches the Confluent domains of network %2 and follows them until they are Active.</source>
        <translation>「作成してアタッチ」は VPC Service Endpoint へのプライベートリンク接続 %1 を作成し、Confluent Cloud が承諾する（アクティブになる）まで待ってから、ネットワーク %2 の Confluent ドメインをアタッチし、アクティブになるまで追跡します。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentNameEditor</name>
    <message>
        <source>DNS subdomain of the Confluent Cloud network</source>
        <translation>Confluent Cloud ネットワークの DNS サブドメイン</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>一意の名前</translation>
    </message>
    <message>
        <source>In Confluent Cloud: Environments › your environment › Network management › For dedicated clusters › Network overview shows the DNS subdomain.</source>
        <translation>Confluent Cloud の Environments › 対象の環境 › Network management › For dedicated clusters › Network overview に DNS サブドメインが表示されます。</translation>
    </message>
    <message>
        <source>DNS subdomain:</source>
        <translation>DNS サブドメイン:</translation>
    </message>
    <message>
        <source>Unique name:</source>
        <translation>一意の名前:</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentNetworkPage</name>
    <message>
        <source>Step 1. Set up a Confluent Cloud network</source>
        <translation>ステップ 1. Confluent Cloud ネットワークを設定する</translation>
    </message>
    <message>
        <source>Identify the Confluent Cloud network to use, or create one on AWS in Confluent Cloud.</source>
        <translation>使用する Confluent Cloud ネットワークを特定するか、Confluent Cloud で AWS 上に作成します。</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>（未読み込み）</translation>
    </message>
    <message>
        <source>The network must be a PrivateLink network, in %1 like the cluster, with availability zones that overlap the cluster&apos;s: %2.</source>
        <translation>ネットワークは PrivateLink ネットワークで、クラスターと同じ %1 にあり、アベイラビリティーゾーンがクラスターのもの（%2）と重なっている必要があります。</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The console carries out the remaining steps. You can close this window; the table keeps showing the state, but the domains are attached only while it is open.</source>
        <translation>残りの手順はコンソールが実行します。このウィンドウを閉じても表に状態は表示され続けますが、ドメインのアタッチはウィンドウが開いている間のみ行われます。</translation>
    </message>
    <message>
        <source>The connection was deleted while this wizard was open.</source>
        <translation>このウィザードを開いている間に接続が削除されました。</translation>
    </message>
    <message>
        <source>TiDB Cloud is creating its endpoint.</source>
        <translation>TiDB Cloud がエンドポイントを作成しています。</translation>
    </message>
    <message>
        <source>Confluent Cloud usually accepts within moments. If the connection stays Pending acceptance, the VPC Service Endpoint may not be the one of this network&apos;s PrivateLink Access; check it in Confluent Cloud.</source>
        <translation>Confluent Cloud は通常すぐに承諾します。接続が承諾待ちのままの場合、VPC Service Endpoint がこのネットワークの PrivateLink Access のものではない可能性があります。Confluent Cloud で確認してください。</translation>
    </message>
    <message>
        <source>The connection is %1; the run stops here.</source>
        <translation>接続は%1です。処理はここで停止します。</translation>
    </message>
    <message>
        <source>Attaching the Confluent domains of %1…</source>
        <translation>%1 の Confluent ドメインをアタッチしています…</translation>
    </message>
    <message>
        <source>Done. TiDB Cloud dataflow such as changefeeds now reaches the Confluent Cloud Dedicated cluster through %1. Use its bootstrap server as usual.</source>
        <translation>完了しました。Changefeed などの TiDB Cloud のデータフローは %1 を経由して Confluent Cloud Dedicated クラスターに到達します。これまでどおりブートストラップサーバーを使用してください。</translation>
    </message>
    <message>
        <source>Create the private link connection</source>
        <translation>プライベートリンク接続を作成</translation>
    </message>
    <message>
        <source>Confluent Cloud accepts the connection request (automatically)</source>
        <translation>Confluent Cloud が接続リクエストを承諾（自動）</translation>
    </message>
    <message>
        <source>Attach the Confluent domains</source>
        <translation>Confluent ドメインをアタッチ</translation>
    </message>
    <message>
        <source>The domains become Active</source>
        <translation>ドメインがアクティブになる</translation>
    </message>
</context>
<context>
    <name>plc::ConfluentWizard</name>
    <message>
        <source>Connect to Confluent Cloud</source>
        <translation>Confluent Cloud に接続</translation>
    </message>
    <message>
        <source>The Confluent domains are not attached yet. If you close this window, the console does not attach them; the connection stays, and you can attach them later with Attach Domains…. Close anyway?</source>
        <translation>Confluent ドメインはまだアタッチされていません。このウィンドウを閉じると、コンソールはドメインをアタッチしません。接続は残るので、後で「ドメインをアタッチ…」でアタッチできます。閉じますか?</translation>
    </message>
</context>
<context>
    <name>plc::ConnectWithPage</name>
    <message>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>TLS を必須にし、サーバー証明書を検証する</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>接続文字列</translation>
    </message>
    <message>
        <source>Connect With</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Connect to the database through the endpoint from a host in your VPC.</source>
        <translation>VPC 内のホストからエンドポイント経由でデータベースに接続します。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Connect With:</source>
        <translation>接続方法:</translation>
    </message>
    <message>
        <source>The password is never part of the connection string: the MySQL CLI asks for it, and the code reads it from the DB_PASSWORD environment variable. Run it on a host in the VPC of the endpoint; the host name resolves only there.</source>
        <translation>パスワードは接続文字列に含まれません。MySQL CLI は入力を求め、コードは環境変数 DB_PASSWORD から読み取ります。エンドポイントの VPC 内のホストで実行してください。ホスト名はそこでのみ解決されます。</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionActions</name>
    <message>
        <source>Copied the private link connection ID.</source>
        <translation>プライベートリンク接続 ID をコピーしました。</translation>
    </message>
    <message>
        <source>Copied the ticloud command.</source>
        <translation>ticloud コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>Create a private link connection to an endpoint service</source>
        <translation>エンドポイントサービスへのプライベートリンク接続を作成します</translation>
    </message>
    <message>
        <source>Attach domains to the selected private link connection</source>
        <translation>選択したプライベートリンク接続にドメインをアタッチします</translation>
    </message>
    <message>
        <source>Detach a domain group from the selected private link connection</source>
        <translation>選択したプライベートリンク接続からドメイングループをデタッチします</translation>
    </message>
    <message>
        <source>Delete the selected private link connection</source>
        <translation>選択したプライベートリンク接続を削除します</translation>
    </message>
    <message>
        <source>Copy the private link connection ID</source>
        <translation>プライベートリンク接続 ID をコピーします</translation>
    </message>
    <message>
        <source>Copy the ticloud CLI command that shows this connection</source>
        <translation>この接続を表示する ticloud CLI コマンドをコピーします</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>エクスポートする行がありません。</translation>
    </message>
    <message>
        <source>Save the visible rows and columns as CSV</source>
        <translation>表示中の行と列を CSV として保存します</translation>
    </message>
    <message>
        <source>Save the visible rows and columns as JSON</source>
        <translation>表示中の行と列を JSON として保存します</translation>
    </message>
    <message>
        <source>Show this connection</source>
        <translation>この接続を表示</translation>
    </message>
    <message>
        <source>List the cluster&apos;s availability zones</source>
        <translation>クラスターのアベイラビリティーゾーンを一覧表示</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 をデタッチ</translation>
    </message>
    <message>
        <source>Delete this connection</source>
        <translation>この接続を削除</translation>
    </message>
    <message>
        <source>Create Private Link Connection…</source>
        <translation>プライベートリンク接続の作成…</translation>
    </message>
    <message>
        <source>Attach Domains…</source>
        <translation>ドメインをアタッチ…</translation>
    </message>
    <message>
        <source>Detach Domains…</source>
        <translation>ドメインをデタッチ…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Copy ticloud Command</source>
        <translation>ticloud コマンドをコピー</translation>
    </message>
    <message>
        <source>Copy ticloud Command For</source>
        <translation>次の操作の ticloud コマンドをコピー</translation>
    </message>
    <message>
        <source>Open in Provider Console</source>
        <translation>プロバイダーのコンソールで開く</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV としてエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
    <message>
        <source>Connect the cluster to a Confluent Cloud Dedicated cluster, step by step</source>
        <translation>クラスターを Confluent Cloud Dedicated クラスターに段階的に接続します</translation>
    </message>
    <message>
        <source>Connect to Confluent Cloud…</source>
        <translation>Confluent Cloud に接続…</translation>
    </message>
    <message>
        <source>Ask TiDB Cloud to reach a Kafka or MySQL sink through the selected connection</source>
        <translation>選択した接続を経由して Kafka または MySQL のシンクに到達できるか TiDB Cloud で確認します</translation>
    </message>
    <message>
        <source>Test Through This Connection…</source>
        <translation>この接続経由でテスト…</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>テスト…</translation>
    </message>
    <message>
        <source>Only a connection in Pending Acceptance has a request to accept or reject.</source>
        <translation>承諾または拒否するリクエストがあるのは、承諾待ちの接続だけです。</translation>
    </message>
    <message>
        <source>Only a connection to an %1 endpoint service has a provider side.</source>
        <translation>%1 のエンドポイントサービスへの接続にのみ、クラウドプロバイダー側があります。</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionDetailsPane</name>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>プライベートリンク接続名:</translation>
    </message>
    <message>
        <source>Private Link Connection ID:</source>
        <translation>プライベートリンク接続 ID:</translation>
    </message>
    <message>
        <source>Connection Type:</source>
        <translation>接続タイプ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Endpoint Service Name:</source>
        <translation>エンドポイントサービス名:</translation>
    </message>
    <message>
        <source>Endpoint service region:</source>
        <translation>エンドポイントサービスのリージョン:</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>エンドポイント ID:</translation>
    </message>
    <message>
        <source>Availability zones:</source>
        <translation>アベイラビリティーゾーン:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Attached domains</source>
        <translation>アタッチされたドメイン</translation>
    </message>
    <message>
        <source>Select a private link connection to see its details.</source>
        <translation>詳細を表示するプライベートリンク接続を選択してください。</translation>
    </message>
    <message>
        <source>Private link connection “%1”</source>
        <translation>プライベートリンク接続「%1」</translation>
    </message>
    <message>
        <source>the cluster&apos;s region</source>
        <translation>クラスターのリージョン</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>未割り当て</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n domain name(s).</source>
        <translation>
            <numerusform>%n 件のドメイン名をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Domain</source>
        <translation>ドメインをコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected domain names, whole</source>
        <translation>選択したドメイン名を省略せずにコピー</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionPages</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>図</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionPicturePane</name>
    <message>
        <source>There is no picture to export; select a private link connection first.</source>
        <translation>エクスポートする図がありません。先にプライベートリンク接続を選択してください。</translation>
    </message>
    <message>
        <source>Private link connection %1</source>
        <translation>プライベートリンク接続 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the image could not be encoded.</source>
        <translation>%1 に書き込めません: 画像をエンコードできませんでした。</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Saved the picture to %1.</source>
        <translation>図を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Export Picture…</source>
        <translation>図をエクスポート…</translation>
    </message>
    <message>
        <source>Save this picture as a PNG image or an SVG drawing</source>
        <translation>この図を PNG 画像または SVG 図として保存します</translation>
    </message>
    <message>
        <source>Select a private link connection to see how it links the cluster to the endpoint service.</source>
        <translation>プライベートリンク接続を選択すると、クラスターとエンドポイントサービスのつながりが表示されます。</translation>
    </message>
    <message>
        <source>Picture of the private link connection</source>
        <translation>プライベートリンク接続の図</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionRequestTableModel</name>
    <message>
        <source>Pending acceptance</source>
        <translation>承諾待ち</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>エンドポイント ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Private Link Connection ID</source>
        <translation>プライベートリンク接続 ID</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>クラスター ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Private Link Connection ID</source>
        <translation>プライベートリンク接続 ID</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>接続タイプ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>エンドポイントサービス名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>エンドポイント ID</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>The changefeeds could not be read.</source>
        <translation>Changefeed を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No changefeed runs through this connection.</source>
        <translation>この接続を経由する Changefeed はありません。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n 件の Changefeed</numerusform>
        </translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>使用元</translation>
    </message>
</context>
<context>
    <name>plc::ConnectionsPanel</name>
    <message>
        <source>All states</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>承諾待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>ステータスの絞り込み</translation>
    </message>
    <message>
        <source>Filter by name, ID, endpoint service, zone…</source>
        <translation>名前、ID、エンドポイントサービス、ゾーンで絞り込み…</translation>
    </message>
    <message>
        <source>Filter private link connections</source>
        <translation>プライベートリンク接続を絞り込む</translation>
    </message>
    <message>
        <source>Private link connections</source>
        <translation>プライベートリンク接続</translation>
    </message>
    <message>
        <source>Private link connections for dataflow of %1</source>
        <translation>%1 の Dataflow のプライベートリンク接続</translation>
    </message>
    <message>
        <source>Private link connections for dataflow</source>
        <translation>Dataflow のプライベートリンク接続</translation>
    </message>
    <message>
        <source>Select a cluster to see its private link connections for dataflow.</source>
        <translation>クラスターを選択すると、そのデータフローのプライベートリンク接続が表示されます。</translation>
    </message>
    <message>
        <source>Loading private link connections…</source>
        <translation>プライベートリンク接続を読み込み中…</translation>
    </message>
    <message>
        <source>No private link connection matches the filter.</source>
        <translation>絞り込み条件に一致するプライベートリンク接続はありません。</translation>
    </message>
    <message>
        <source>No private link connection of this cluster is in this state.</source>
        <translation>このクラスターには、このステータスのプライベートリンク接続はありません。</translation>
    </message>
    <message>
        <source>The private link connections could not be loaded.</source>
        <translation>プライベートリンク接続を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No private link connections for this cluster yet — create one with Create Private Link Connection…</source>
        <translation>このクラスターにはまだプライベートリンク接続がありません。[プライベートリンク接続の作成…] で作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n private link connection(s) to %1.</source>
        <translation>
            <numerusform>%n 件のプライベートリンク接続を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n private link connection(s) to %1…</source>
        <translation>
            <numerusform>%n 件のプライベートリンク接続を %1 にエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Private link connection actions</source>
        <translation>プライベートリンク接続の操作</translation>
    </message>
</context>
<context>
    <name>plc::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
</context>
<context>
    <name>plc::CreateConnectionWizard</name>
    <message>
        <source>Create Private Link Connection</source>
        <translation>プライベートリンク接続の作成</translation>
    </message>
</context>
<context>
    <name>plc::CreateDetailsPage</name>
    <message>
        <source>Connection details</source>
        <translation>接続の詳細</translation>
    </message>
    <message>
        <source>Name the connection and enter the endpoint service it connects to.</source>
        <translation>接続に名前を付け、接続先のエンドポイントサービスを入力します。</translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s region (%1)</source>
        <translation>空欄: クラスターのリージョン（%1）</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>プライベートリンク接続名</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>エンドポイントサービス名</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>エンドポイントサービスのリージョン</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>接続タイプ</translation>
    </message>
    <message>
        <source>Private Link Connection Name:</source>
        <translation>プライベートリンク接続名:</translation>
    </message>
    <message>
        <source>Connection Type:</source>
        <translation>接続タイプ:</translation>
    </message>
    <message>
        <source>Endpoint Service Name:</source>
        <translation>エンドポイントサービス名:</translation>
    </message>
    <message>
        <source>Endpoint service region (cross-region only):</source>
        <translation>エンドポイントサービスのリージョン（クロスリージョンのみ）:</translation>
    </message>
</context>
<context>
    <name>plc::CreatePrerequisitesPage</name>
    <message>
        <source>Before you create the connection</source>
        <translation>接続を作成する前に</translation>
    </message>
    <message>
        <source>Set up the endpoint service on the %1 side first; TiDB Cloud connects to it from the account and zones below.</source>
        <translation>まず %1 側でエンドポイントサービスを設定してください。TiDB Cloud は以下のアカウントとゾーンから接続します。</translation>
    </message>
    <message>
        <source>The endpoint service is in the cluster&apos;s region, %1 (or, on AWS, you know its region for a cross-region connection).</source>
        <translation>エンドポイントサービスはクラスターのリージョン %1 にあります（AWS では、クロスリージョン接続用にそのリージョンがわかっている場合も可）。</translation>
    </message>
    <message>
        <source>The endpoint service has at least one availability zone in common with the cluster&apos;s zones above.</source>
        <translation>エンドポイントサービスに、上記のクラスターのゾーンと共通のアベイラビリティーゾーンが少なくとも 1 つあります。</translation>
    </message>
    <message>
        <source>Check each item:</source>
        <translation>各項目を確認してください:</translation>
    </message>
</context>
<context>
    <name>plc::CreateProgressPage</name>
    <message>
        <source>Open in Provider Console</source>
        <translation>プロバイダーのコンソールで開く</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The console follows the connection until it is ready. You can close this window; the table keeps showing its state.</source>
        <translation>コンソールは接続の準備ができるまで追跡します。このウィンドウは閉じてもかまいません。表に状態が表示され続けます。</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>この接続はもう存在しません。</translation>
    </message>
    <message>
        <source>It was deleted while this wizard was open.</source>
        <translation>このウィザードを開いている間に削除されました。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>TiDB Cloud is creating its endpoint and sending the connection request to %1.</source>
        <translation>TiDB Cloud がエンドポイントを作成し、%1 に接続リクエストを送信しています。</translation>
    </message>
    <message>
        <source>An endpoint service owned by Confluent Cloud accepts requests automatically; there is nothing to do for it.</source>
        <translation>Confluent Cloud が所有するエンドポイントサービスはリクエストを自動的に承諾するため、操作は不要です。</translation>
    </message>
    <message>
        <source>The private link connection is Active. Next: attach domains to it (Attach Domains…) so that dataflow such as changefeeds can reach the service by name.</source>
        <translation>プライベートリンク接続は「アクティブ」です。次に、changefeed などのデータフローが名前でサービスに到達できるよう、ドメインをアタッチしてください（ドメインをアタッチ…）。</translation>
    </message>
    <message>
        <source>Fix the cause, delete this connection and create it again.</source>
        <translation>原因を解消し、この接続を削除してから作成し直してください。</translation>
    </message>
    <message>
        <source>The connection is being deleted.</source>
        <translation>この接続は削除中です。</translation>
    </message>
    <message>
        <source>The server reports the state %1.</source>
        <translation>サーバーが報告した状態は %1 です。</translation>
    </message>
    <message>
        <source>Equivalent CLI command</source>
        <translation>同等の CLI コマンド</translation>
    </message>
</context>
<context>
    <name>plc::CreateSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Check what will be created. Create sends the request to TiDB Cloud.</source>
        <translation>作成される内容を確認してください。「作成」をクリックすると TiDB Cloud にリクエストが送信されます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>同等の ticloud コマンド</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>ticloud CLI で同じことを行うには:</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Private Link Connection Name</source>
        <translation>プライベートリンク接続名</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>接続タイプ</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>エンドポイントサービス名</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>エンドポイントサービスのリージョン</translation>
    </message>
    <message>
        <source>TiDB Cloud creates an endpoint in its account %1 and sends a connection request to the endpoint service. Unless the service accepts requests automatically, you then accept (AWS) or allow (Alibaba Cloud) it on the provider&apos;s side; this wizard shows how.</source>
        <translation>TiDB Cloud はアカウント %1 にエンドポイントを作成し、エンドポイントサービスに接続リクエストを送信します。サービスがリクエストを自動承諾しない場合は、プロバイダー側で承諾（AWS）または許可（Alibaba Cloud）します。このウィザードで手順を案内します。</translation>
    </message>
    <message>
        <source>(account ID not loaded)</source>
        <translation>（アカウント ID 未読み込み）</translation>
    </message>
</context>
<context>
    <name>plc::CredentialProcessJob</name>
    <message>
        <source>it did not print a JSON object</source>
        <translation>JSON オブジェクトを出力しませんでした</translation>
    </message>
    <message>
        <source>its answer is not Version 1</source>
        <translation>応答が Version 1 ではありません</translation>
    </message>
    <message>
        <source>its Expiration is not an ISO 8601 time</source>
        <translation>Expiration が ISO 8601 の時刻ではありません</translation>
    </message>
    <message>
        <source>its answer has no AccessKeyId or SecretAccessKey</source>
        <translation>応答に AccessKeyId または SecretAccessKey がありません</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>出力: %1</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 could not be started: %2 is not a program that can be run.</source>
        <translation>AWS プロファイル %1 の credential_process を開始できませんでした: %2 は実行できるプログラムではありません。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 is empty.</source>
        <translation>AWS プロファイル %1 の credential_process が空です。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 gave no answer within %2 s and was stopped.</source>
        <translation>AWS プロファイル %1 の credential_process が %2 秒以内に応答しなかったため停止しました。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 printed more than 64 KB and was stopped.</source>
        <translation>AWS プロファイル %1 の credential_process の出力が 64 KB を超えたため停止しました。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 failed (exit code %2).</source>
        <translation>AWS プロファイル %1 の credential_process が失敗しました (終了コード %2)。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 answered, but %2.</source>
        <translation>AWS プロファイル %1 の credential_process は応答しましたが、%2。</translation>
    </message>
    <message>
        <source>The credential_process of AWS profile %1 gave keys that have already expired.</source>
        <translation>AWS プロファイル %1 の credential_process が返したキーはすでに期限切れです。</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>プロファイル %1 の credential_process</translation>
    </message>
</context>
<context>
    <name>plc::CustomTargetPage</name>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Service to connect to</source>
        <translation>接続先のサービス</translation>
    </message>
    <message>
        <source>Saved targets</source>
        <translation>保存済みのターゲット</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>クラウドプロバイダー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>MatrixOne orders</source>
        <translation>MatrixOne orders</translation>
    </message>
    <message>
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Zone IDs</source>
        <translation>ゾーン ID</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>リージョン ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>empty: the service name</source>
        <translation>空欄: サービス名</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Saved targets:</source>
        <translation>保存済みのターゲット:</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>クラウドプロバイダー:</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新しいターゲット</translation>
    </message>
    <message>
        <source>Remove Saved Target</source>
        <translation>保存済みのターゲットを削除</translation>
    </message>
    <message>
        <source>Remove the saved target “%1” from this profile? The endpoint itself is not changed.</source>
        <translation>保存済みのターゲット「%1」をこのプロファイルから削除しますか？エンドポイント自体は変更されません。</translation>
    </message>
    <message>
        <source>The target could not be saved in the settings file; check that it is writable. Nothing else was changed.</source>
        <translation>ターゲットを設定ファイルに保存できませんでした。書き込み可能か確認してください。その他は何も変更されていません。</translation>
    </message>
    <message>
        <source>For a service the TiDB Cloud API does not list, such as a MatrixOne Cloud instance.</source>
        <translation>TiDB Cloud API に含まれないサービス（MatrixOne Cloud インスタンスなど）向けです。</translation>
    </message>
    <message>
        <source>Enter what the service&apos;s console shows for a private link connection (for MatrixOne Cloud: Connect &gt; Connect with third-party tools &gt; Private Link). Next saves it in this profile; no password is asked for or kept.</source>
        <translation>サービスのコンソールにプライベートリンク用として表示される内容を入力してください（MatrixOne Cloud では: 接続 &gt; サードパーティツールで接続 &gt; プライベートリンク）。「次へ」でこのプロファイルに保存します。パスワードは尋ねず、保存もしません。</translation>
    </message>
</context>
<context>
    <name>plc::DeleteConfirmPage</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>同等の ticloud コマンド</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Check what depends on the connection first.</source>
        <translation>削除は元に戻せません。先にこの接続に依存しているものを確認してください。</translation>
    </message>
    <message>
        <source>Type the connection&apos;s name to confirm</source>
        <translation>確認のため接続名を入力</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>確認のため %1 と入力:</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>ticloud CLI で同じことを行うには:</translation>
    </message>
    <message>
        <source>Type the name exactly as shown: %1</source>
        <translation>表示どおりに名前を正確に入力してください: %1</translation>
    </message>
    <message>
        <source>TiDB Cloud removes its endpoint for %1 (%2). Anything in TiDB Cloud that reaches a service through this connection stops:</source>
        <translation>TiDB Cloud は %1（%2）用のエンドポイントを削除します。この接続を介してサービスに到達している TiDB Cloud 内のものはすべて停止します:</translation>
    </message>
    <message>
        <source>reading its attached domains…</source>
        <translation>アタッチされたドメインを読み取っています…</translation>
    </message>
    <message>
        <source>no domains are attached to it.</source>
        <translation>アタッチされたドメインはありません。</translation>
    </message>
    <message numerus="yes">
        <source>its %n attached domain group(s) are removed with it; their domains stop resolving (%1 in all).</source>
        <translation>
            <numerusform>アタッチされた %n 個のドメイングループも削除され、そのドメイン（合計 %1 個）は解決されなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint service on the provider&apos;s side is not changed.</source>
        <translation>クラウドプロバイダー側のエンドポイントサービスは変更されません。</translation>
    </message>
    <message>
        <source>the changefeeds through it could not be read; any changefeed or Data Migration task that uses it fails;</source>
        <translation>この接続を経由する Changefeed を読み取れませんでした。これを使う Changefeed や Data Migration タスクはすべて失敗します。</translation>
    </message>
    <message>
        <source>the changefeeds through it could not be read (%1); any changefeed or Data Migration task that uses it fails;</source>
        <translation>この接続を経由する Changefeed を読み取れませんでした（%1）。これを使う Changefeed や Data Migration タスクはすべて失敗します。</translation>
    </message>
    <message>
        <source>no changefeed runs through it (Data Migration tasks are not listed here);</source>
        <translation>この接続を経由する Changefeed はありません（Data Migration タスクはここには表示されません）。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 on port %4</source>
        <translation>%1 — %2、%3、ポート %4</translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) run through it and fail:</source>
        <translation>
            <numerusform>%n 件の Changefeed がこの接続を経由しており、失敗します：</numerusform>
        </translation>
    </message>
    <message>
        <source>I understand that the running changefeeds through %1 will fail.</source>
        <translation>%1 を経由して実行中の Changefeed が失敗することを理解しました。</translation>
    </message>
    <message>
        <source>I understand that changefeeds through %1 may be running and will fail.</source>
        <translation>%1 を経由する Changefeed が実行中の可能性があり、失敗することを理解しました。</translation>
    </message>
</context>
<context>
    <name>plc::DeleteConnectionWizard</name>
    <message>
        <source>Delete Private Link Connection</source>
        <translation>プライベートリンク接続の削除</translation>
    </message>
</context>
<context>
    <name>plc::DesktopNotifier</name>
    <message>
        <source>No D-Bus session bus, so desktop notifications cannot be shown. They need a desktop session with a notification server.</source>
        <translation>D-Bus セッションバスがないため、デスクトップ通知を表示できません。通知サーバーのあるデスクトップセッションが必要です。</translation>
    </message>
    <message>
        <source>No notification server answers on the D-Bus session bus, so desktop notifications cannot be shown.</source>
        <translation>D-Bus セッションバスで応答する通知サーバーがないため、デスクトップ通知を表示できません。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server did not answer in time, so desktop notifications may not be shown.</source>
        <translation>デスクトップの通知サーバーが時間内に応答しなかったため、デスクトップ通知が表示されない可能性があります。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server refused the call (%1), so desktop notifications may not be shown.</source>
        <translation>デスクトップの通知サーバーが呼び出しを拒否したため（%1）、デスクトップ通知が表示されない可能性があります。</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification server does not support actions, so clicking a notification will not open its connection.</source>
        <translation>デスクトップの通知サーバーがアクションに対応していないため、通知をクリックしても該当する接続は開きません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放済み</translation>
    </message>
</context>
<context>
    <name>plc::DetachConfirmPage</name>
    <message>
        <source>Detach Domains</source>
        <translation>ドメインをデタッチ</translation>
    </message>
    <message>
        <source>Equivalent ticloud command</source>
        <translation>同等の ticloud コマンド</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check what stops working. Detach Domains sends the request to TiDB Cloud.</source>
        <translation>何が動作しなくなるかを確認してください。「ドメインをデタッチ」で TiDB Cloud にリクエストを送信します。</translation>
    </message>
    <message>
        <source>The same with the ticloud CLI:</source>
        <translation>ticloud CLI で同じことを行うには:</translation>
    </message>
    <message numerus="yes">
        <source>These %n domain(s) will no longer resolve through %1:</source>
        <translation>
            <numerusform>次の %n 個のドメインは %1 を介して解決されなくなります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataflow that reaches the service by these names — for example a changefeed to a Kafka cluster whose advertised listeners use them — stops working until the domains are attached again. The connection itself stays Active.</source>
        <translation>これらの名前でサービスに到達するデータフロー（例: Kafka のアドバタイズリスナーがこれらの名前を使う Kafka クラスターへの Changefeed）は、ドメインを再びアタッチするまで動作しなくなります。接続自体はアクティブのままです。</translation>
    </message>
    <message>
        <source>The cluster&apos;s changefeeds could not be read: check in the TiDB Cloud console which Kafka changefeeds use this connection before you detach.</source>
        <translation>クラスターの Changefeed を読み取れませんでした。デタッチする前に、この接続を使う Kafka の Changefeed を TiDB Cloud コンソールで確認してください。</translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation>%1（%2）、ポート %3</translation>
    </message>
    <message>
        <source>No Kafka changefeed runs through this connection.</source>
        <translation>この接続を経由する Kafka の Changefeed はありません。</translation>
    </message>
    <message>
        <source>These Kafka changefeeds run through this connection; their brokers are found through the attached domains:</source>
        <translation>次の Kafka の Changefeed がこの接続を経由しています。ブローカーはアタッチされたドメインで解決されます：</translation>
    </message>
</context>
<context>
    <name>plc::DetachDomainsWizard</name>
    <message>
        <source>Detach Domains</source>
        <translation>ドメインをデタッチ</translation>
    </message>
</context>
<context>
    <name>plc::DetachPickPage</name>
    <message>
        <source>Attached domains</source>
        <translation>アタッチされたドメイン</translation>
    </message>
    <message>
        <source>Pick the domain group to detach from %1.</source>
        <translation>%1 からデタッチするドメイングループを選択してください。</translation>
    </message>
    <message>
        <source>Attached domain groups</source>
        <translation>アタッチされたドメイングループ</translation>
    </message>
    <message>
        <source>Reading the attached domains…</source>
        <translation>アタッチされたドメインを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n domain(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 個のドメイン</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach domain ID: %1</source>
        <translation>ドメインアタッチ ID: %1</translation>
    </message>
    <message>
        <source>This private link connection has no attached domains.</source>
        <translation>このプライベートリンク接続にアタッチされたドメインはありません。</translation>
    </message>
    <message>
        <source>Domains in this group:</source>
        <translation>このグループのドメイン:</translation>
    </message>
</context>
<context>
    <name>plc::DomainTableModel</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Attach Domain ID</source>
        <translation>ドメインアタッチ ID</translation>
    </message>
    <message>
        <source>Domain Type</source>
        <translation>ドメインタイプ</translation>
    </message>
    <message>
        <source>Unique Name</source>
        <translation>一意の名前</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>plc::DomainsProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The console follows the domains until they are Active. You can close this window; the details pane keeps showing their state.</source>
        <translation>コンソールはドメインがアクティブになるまで追跡します。このウィンドウを閉じても、詳細ペインに状態が表示され続けます。</translation>
    </message>
    <message>
        <source>Attached domains and their states</source>
        <translation>アタッチされたドメインとそのステータス</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>The private link connection no longer exists.</source>
        <translation>プライベートリンク接続は存在しなくなりました。</translation>
    </message>
    <message>
        <source>It was deleted while this wizard was open; its domains went with it.</source>
        <translation>このウィザードを開いている間に削除され、ドメインも一緒に削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>All %n domain(s) are Active.</source>
        <translation>
            <numerusform>%n 個のドメインがすべてアクティブです。</numerusform>
        </translation>
    </message>
    <message>
        <source>TiDB Cloud dataflow such as changefeeds now reaches the Confluent Cloud Dedicated cluster of network %1 through this private link connection. Use the cluster&apos;s bootstrap server as usual.</source>
        <translation>Changefeed などの TiDB Cloud のデータフローは、このプライベートリンク接続を介してネットワーク %1 の Confluent Cloud Dedicated クラスターに到達します。これまでどおりクラスターのブートストラップサーバーを使用してください。</translation>
    </message>
    <message>
        <source>TiDB Cloud dataflow now resolves these domains through this private link connection. Configure your service to announce addresses under them (for Kafka, the advertised listeners), then create the changefeed.</source>
        <translation>TiDB Cloud のデータフローは、このプライベートリンク接続を介してこれらのドメインを解決します。サービスがこれらのドメイン配下のアドレスを通知するよう設定し（Kafka の場合はアドバタイズリスナー）、Changefeed を作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) failed.</source>
        <translation>
            <numerusform>%n 個のドメインが失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The state&apos;s tooltip shows the server&apos;s message. Detach the domains and attach them again, or contact TiDB Cloud Support with the attach domain ID %1.</source>
        <translation>ステータスのツールチップにサーバーのメッセージが表示されます。ドメインをデタッチして再度アタッチするか、ドメインアタッチ ID %1 を添えて TiDB Cloud サポートに連絡してください。</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n domain(s)…</source>
        <translation>
            <numerusform>%n 個のドメインをアタッチしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach domain ID: %1. The domains become Active within a few minutes.</source>
        <translation>ドメインアタッチ ID: %1。ドメインは数分以内にアクティブになります。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointActions</name>
    <message>
        <source>Select a cluster first.</source>
        <translation>先にクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Set up a private endpoint from your VPC to %1 and check that it answers.</source>
        <translation>VPC から %1 へのプライベートエンドポイントを設定し、応答するか確認します。</translation>
    </message>
    <message>
        <source>Private &amp;Endpoints</source>
        <translation>プライベートエンドポイント(&amp;E)</translation>
    </message>
    <message>
        <source>Connect via &amp;Private Endpoint…</source>
        <translation>プライベートエンドポイント経由で接続(&amp;P)…</translation>
    </message>
    <message>
        <source>Private Endpoint to &amp;Another Service…</source>
        <translation>他のサービスへのプライベートエンドポイント(&amp;A)…</translation>
    </message>
    <message>
        <source>For a service the API does not list, such as a MatrixOne Cloud instance; kept in this profile.</source>
        <translation>API に含まれないサービス（MatrixOne Cloud インスタンスなど）向けです。このプロファイルに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Check Endpoint…</source>
        <translation>エンドポイントを確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Check whether a database answers at a host and port.</source>
        <translation>ホストとポートでデータベースが応答するか確認します。</translation>
    </message>
    <message>
        <source>The interface endpoints of %1 that reach this cluster, in every VPC.</source>
        <translation>すべての VPC にある、このクラスターに接続する %1 のインターフェイスエンドポイント。</translation>
    </message>
    <message>
        <source>Choose the profile&apos;s account with the cluster&apos;s cloud provider first (Profiles…).</source>
        <translation>先にプロファイルでクラスターのクラウドプロバイダーのアカウントを選択してください（プロファイル…）。</translation>
    </message>
    <message>
        <source>&amp;Your Endpoints to This Cluster…</source>
        <translation>このクラスターへのエンドポイント(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>plc::EndpointCheckPage</name>
    <message>
        <source>Check command</source>
        <translation>確認コマンド</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>接続を確認</translation>
    </message>
    <message>
        <source>Does the database answer through the endpoint? No password is needed.</source>
        <translation>データベースはエンドポイント経由で応答しますか？パスワードは不要です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Troubleshooting&lt;/b&gt;</source>
        <translation>&lt;b&gt;トラブルシューティング&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This check runs from this computer, which is usually outside the VPC. To check from a host inside it, run:</source>
        <translation>この確認はこのコンピューターから実行されます。通常、このコンピューターは VPC の外にあります。VPC 内のホストから確認するには、次を実行します:</translation>
    </message>
    <message>
        <source>Cannot connect after enabling private DNS: the endpoint&apos;s security group must allow inbound access from your application on port %1 (%2).</source>
        <translation>プライベート DNS を有効にしても接続できない場合: エンドポイントのセキュリティグループで、アプリケーションからのポート %1 への受信アクセスを許可する必要があります（%2）。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointDoctorDialog</name>
    <message>
        <source>Check Endpoint</source>
        <translation>エンドポイントを確認</translation>
    </message>
    <message>
        <source>Checks whether a database answers at a host and port from this machine: the name resolves, a TCP connection opens, and a MySQL-protocol server greets. No password is needed or sent. To check from a server inside your VPC, run privatelink-console --check-endpoint HOST:PORT there.</source>
        <translation>このマシンから、ホストとポートでデータベースが応答するかを確認します。名前が解決されるか、TCP 接続が開くか、MySQL プロトコルのサーバーがグリーティングを送るかを調べます。パスワードは不要で、送信もしません。VPC 内のサーバーから確認するには、そのサーバーで privatelink-console --check-endpoint HOST:PORT を実行してください。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointDoctorWidget</name>
    <message>
        <source>Resolve the host name (is it a private address?).</source>
        <translation>ホスト名を解決します（プライベートアドレスか？）。</translation>
    </message>
    <message>
        <source>&amp;Host and port:</source>
        <translation>ホストとポート(&amp;H):</translation>
    </message>
    <message>
        <source>Host and port to check</source>
        <translation>確認するホストとポート</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>確認をキャンセル</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>レポートをコピー</translation>
    </message>
</context>
<context>
    <name>plc::EndpointServicePage</name>
    <message>
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Availability Zone ID</source>
        <translation>アベイラビリティーゾーン ID</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>リージョン ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Private endpoint details</source>
        <translation>プライベートエンドポイントの詳細</translation>
    </message>
    <message>
        <source>Service Name:</source>
        <translation>サービス名:</translation>
    </message>
    <message>
        <source>Region ID:</source>
        <translation>リージョン ID:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>These are the private endpoint details of the cluster %1, as TiDB Cloud&apos;s Connect dialog shows them with Connection Type: Private Endpoint. Take a note of Service Name, Availability Zone ID and Region ID.</source>
        <translation>クラスター %1 のプライベートエンドポイントの詳細です。TiDB Cloud の接続ダイアログで接続タイプに Private Endpoint を選んだときと同じ内容です。サービス名、アベイラビリティーゾーン ID、リージョン ID を控えておいてください。</translation>
    </message>
    <message>
        <source>These are the details of %1 as you entered them.</source>
        <translation>入力した %1 の詳細です。</translation>
    </message>
    <message>
        <source>You only need to create one private endpoint per region: it is shared by every Starter and Essential cluster in %1. If your VPC already has one for this region, go on to Connect With.</source>
        <translation>プライベートエンドポイントはリージョンごとに 1 つ作成するだけで十分です。%1 のすべての Starter および Essential クラスターで共有されます。VPC にこのリージョンのエンドポイントが既にある場合は、「接続方法」に進んでください。</translation>
    </message>
    <message>
        <source>Your application reaches the database through an interface endpoint in your own VPC.</source>
        <translation>アプリケーションは、自分の VPC 内のインターフェイスエンドポイントからデータベースにアクセスします。</translation>
    </message>
</context>
<context>
    <name>plc::EndpointServiceTableModel</name>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Automatic (Confluent Cloud)</source>
        <translation>自動（Confluent Cloud）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Endpoint Service Name</source>
        <translation>エンドポイントサービス名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>Allow principals / Service Whitelist</source>
        <translation>許可されたプリンシパル（Allow principals）/ サービスホワイトリスト</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>plc::FleetAlerts</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほかに %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private link connection change(s)</source>
        <translation>
            <numerusform>プライベートリンク接続の変化 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Private Link Console: %n connection(s) need attention</source>
        <translation>
            <numerusform>Private Link Console：%n 件の接続が要対応です</numerusform>
        </translation>
    </message>
    <message>
        <source>Private Link Console: no connection needs attention</source>
        <translation>Private Link Console：要対応の接続はありません</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications of Fleet Changes</source>
        <translation>フリートの変化をデスクトップに通知(&amp;N)</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray When Closed</source>
        <translation>閉じてもトレイで実行を続ける(&amp;T)</translation>
    </message>
    <message>
        <source>Closing the window keeps the console watching the fleet in the tray</source>
        <translation>ウィンドウを閉じても、コンソールはトレイでフリートを見守り続けます</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the console.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じるとコンソールは終了します。</translation>
    </message>
    <message>
        <source>Show the &amp;Console</source>
        <translation>コンソールを表示(&amp;C)</translation>
    </message>
    <message>
        <source>Show the &amp;Fleet</source>
        <translation>フリートを表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>plc::FleetFeed</name>
    <message>
        <source>about a minute</source>
        <translation>約 1 分</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 (profile %2) could not be read: %3 Its rows are from %4.</source>
        <translation>クラスター %1（プロファイル %2）を読み取れませんでした：%3 表示中の行は %4 のものです。</translation>
    </message>
    <message>
        <source>Cluster %1 (profile %2) could not be read: %3 Its connections are not known yet.</source>
        <translation>クラスター %1（プロファイル %2）を読み取れませんでした：%3 その接続はまだわかりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n more cluster(s) could not be read; they are read again at the next pass.</source>
        <translation>
            <numerusform>ほかに %n 個のクラスターを読み取れませんでした。次の巡回で再度読み取ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the cluster list…</source>
        <translation>%1：クラスター一覧を読み取り中…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clusters read, %4 left</source>
        <translation>%1：%3 個中 %2 個のクラスターを読み取り済み、残り%4</translation>
    </message>
    <message>
        <source>%1: up to date; read again in %2</source>
        <translation>%1：最新です。%2後に再度読み取ります</translation>
    </message>
</context>
<context>
    <name>plc::FleetSession</name>
    <message>
        <source>Profile %1: its API key could not be read: %2</source>
        <translation>プロファイル %1：API キーを読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Fleet (%n need attention)</source>
        <translation>
            <numerusform>フリート(&amp;F)（%n 件要対応）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>フリート(&amp;F)</translation>
    </message>
    <message>
        <source>Profile %1 is not read: TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY are set, and they stand for the active profile only.</source>
        <translation>プロファイル %1 は読み取りません：TIDBCLOUD_PUBLIC_KEY と TIDBCLOUD_PRIVATE_KEY が設定されており、これらはアクティブなプロファイルだけを表します。</translation>
    </message>
</context>
<context>
    <name>plc::FleetSideReader</name>
    <message>
        <source>This profile has no account with the connection&apos;s cloud provider: choose one (Profiles…) to see its side here.</source>
        <translation>このプロファイルには、この接続のクラウドプロバイダーのアカウントがありません：アカウントを選択すると（プロファイル…）、ここにクラウドプロバイダー側が表示されます。</translation>
    </message>
</context>
<context>
    <name>plc::FleetTableModel</name>
    <message>
        <source>not read yet</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n 件の Changefeed</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 に読み取り</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Cloud Provider</source>
        <translation>クラウドプロバイダー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Private Link Connection</source>
        <translation>プライベートリンク接続</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Last Change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>%1
Read with %2, %3.</source>
        <translation>%1
%2 で読み取り（%3）。</translation>
    </message>
    <message>
        <source>Provider Side</source>
        <translation>クラウドプロバイダー側</translation>
    </message>
</context>
<context>
    <name>plc::FleetWindow</name>
    <message>
        <source>Profiles: %1</source>
        <translation>プロファイル：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No profile is chosen: choose the profiles whose connections the fleet shows.</source>
        <translation>プロファイルが選択されていません。フリートに接続を表示するプロファイルを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) need attention</source>
        <translation>
            <numerusform>%n 件の接続が要対応です</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet (%1) — Private Link Console</source>
        <translation>フリート（%1）— Private Link Console</translation>
    </message>
    <message>
        <source>Fleet — Private Link Console</source>
        <translation>フリート — Private Link Console</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほかに %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>前回確認してから変化はありません。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F)：</translation>
    </message>
    <message>
        <source>Profile, cluster, connection, state or reason</source>
        <translation>プロファイル、クラスター、接続、ステータスまたは理由</translation>
    </message>
    <message>
        <source>Filter the fleet</source>
        <translation>フリートをフィルター</translation>
    </message>
    <message>
        <source>Every private link connection</source>
        <translation>すべてのプライベートリンク接続</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>前回確認してからの変化</translation>
    </message>
    <message>
        <source>Mark as &amp;Seen</source>
        <translation>確認済みにする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read every chosen profile&apos;s clusters again now</source>
        <translation>選択したプロファイルのクラスターを今すぐ読み取り直す</translation>
    </message>
    <message>
        <source>&amp;Open in Main Window</source>
        <translation>メインウィンドウで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSV としてエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy ticloud &amp;Commands</source>
        <translation>ticloud コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the ticloud commands that read the selected connections (or every one shown)</source>
        <translation>選択した接続（または表示中のすべての接続）を読み取る ticloud コマンドをコピー</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointPanel</name>
    <message>
        <source>Read Again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Enable private DNS name (the cluster&apos;s host resolves to the endpoint in this VPC)</source>
        <translation>プライベート DNS 名を有効にする（この VPC では、クラスターのホスト名がエンドポイントに解決されます）</translation>
    </message>
    <message>
        <source>Create Endpoint…</source>
        <translation>エンドポイントを作成…</translation>
    </message>
    <message>
        <source>Use This Endpoint</source>
        <translation>このエンドポイントを使う</translation>
    </message>
    <message>
        <source>CLI command</source>
        <translation>CLI コマンド</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC：</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>セキュリティグループ：</translation>
    </message>
    <message>
        <source>The %1 account changed: read again to continue with it.</source>
        <translation>%1 アカウントが変わりました。続けるにはもう一度読み取ってください。</translation>
    </message>
    <message>
        <source>Read and made on %1 with %2, in %3. Nothing changes there unless you confirm it.</source>
        <translation>%1 で %2 を使い、%3 で読み取りと作成を行います。確認しない限り何も変更されません。</translation>
    </message>
    <message>
        <source>Reading the VPCs in %1…</source>
        <translation>%1 の VPC を読み取っています…</translation>
    </message>
    <message>
        <source>There is no VPC in %1 for this account. Create one where your applications run, then read again.</source>
        <translation>このアカウントには %1 に VPC がありません。アプリケーションが動作する場所に VPC を作成してから、再読み込みしてください。</translation>
    </message>
    <message>
        <source>The VPCs could not be read: %1</source>
        <translation>VPC を読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Reading VPC %1…</source>
        <translation>VPC %1 を読み取っています…</translation>
    </message>
    <message>
        <source>The VPC could not be read: %1</source>
        <translation>VPC を読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1).</source>
        <translation>サービスのゾーン（%1）にありません。</translation>
    </message>
    <message>
        <source>Asking %1 whether the endpoint can be made (dry run)…</source>
        <translation>エンドポイントを作成できるか %1 に確認しています（ドライラン）…</translation>
    </message>
    <message>
        <source>Creating the endpoint on %1…</source>
        <translation>%1 でエンドポイントを作成しています…</translation>
    </message>
    <message>
        <source>%1 made the endpoint.</source>
        <translation>%1 がエンドポイントを作成しました。</translation>
    </message>
    <message>
        <source>The dry run did not pass, so nothing was made: %1</source>
        <translation>ドライランに合格しなかったため、何も作成されていません：%1</translation>
    </message>
    <message>
        <source>Make a choice that passes the checks first.</source>
        <translation>まずチェックに合格する選択をしてください。</translation>
    </message>
    <message>
        <source>The choice changed during the dry run, so nothing was made. Check it and press Create Endpoint again.</source>
        <translation>ドライラン中に選択が変わったため、何も作成されていません。確認して「エンドポイントを作成」をもう一度押してください。</translation>
    </message>
    <message>
        <source>Open the port to:</source>
        <translation>ポートの開放先：</translation>
    </message>
    <message>
        <source>Open the port to</source>
        <translation>ポートの開放先</translation>
    </message>
    <message>
        <source>The VPC&apos;s addresses</source>
        <translation>VPC のアドレス</translation>
    </message>
    <message>
        <source>The members of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointView</name>
    <message>
        <source>Endpoint ID</source>
        <translation>エンドポイント ID</translation>
    </message>
    <message>
        <source>Host to connect to</source>
        <translation>接続先ホスト</translation>
    </message>
    <message>
        <source>Copy as Terraform</source>
        <translation>Terraform としてコピー</translation>
    </message>
    <message>
        <source>Terraform for what was made, with its real IDs and import blocks. The console never applies it.</source>
        <translation>作成したリソースの Terraform 設定（実際の ID と import ブロック付き）。コンソールが適用することはありません。</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>エンドポイント ID:</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>接続先：</translation>
    </message>
    <message>
        <source>Endpoint %1 can be used: connect to %2, port %3, from VPC %4.</source>
        <translation>エンドポイント %1 は使用できます。VPC %4 から %2 のポート %3 に接続してください。</translation>
    </message>
    <message>
        <source>Endpoint %1 cannot be used (%2: %3). %4</source>
        <translation>エンドポイント %1 は使用できません（%2：%3）。%4</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists on %2.</source>
        <translation>エンドポイント %1 は %2 にもう存在しません。</translation>
    </message>
    <message>
        <source>Endpoint %1 is being deleted on %2.</source>
        <translation>エンドポイント %1 は %2 で削除中です。</translation>
    </message>
    <message>
        <source>Endpoint %1 is being made (%2: %3); the console checks again shortly.</source>
        <translation>エンドポイント %1 は作成中です（%2：%3）。コンソールがまもなく再確認します。</translation>
    </message>
    <message>
        <source>DNS names:
%1</source>
        <translation>DNS 名：
%1</translation>
    </message>
    <message>
        <source>If the cluster allows only some private endpoints (an Essential cluster&apos;s allowlist, set in the TiDB Cloud console), add %1 to it.</source>
        <translation>クラスターが一部のプライベートエンドポイントのみを許可している場合（TiDB Cloud コンソールで設定する Essential クラスターの許可リスト）、%1 を追加してください。</translation>
    </message>
    <message>
        <source>Endpoint %1 is still being made after 20 minutes (%2). Check it in the provider&apos;s console.</source>
        <translation>エンドポイント %1 は 20 分経っても作成中です（%2）。クラウドプロバイダーのコンソールで確認してください。</translation>
    </message>
    <message>
        <source>The endpoint could not be read: %1</source>
        <translation>エンドポイントを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Endpoint %1 cannot be used (%2: %3). The provider gives no reason.</source>
        <translation>エンドポイント %1 は使用できません（%2：%3）。クラウドプロバイダーは理由を示していません。</translation>
    </message>
    <message>
        <source>Connectivity check command</source>
        <translation>接続チェックコマンド</translation>
    </message>
    <message>
        <source>From a machine in VPC %1, check that the database answers through the endpoint:</source>
        <translation>VPC %1 内のマシンから、エンドポイント経由でデータベースが応答するか確認してください：</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Hosts file lines</source>
        <translation>hosts ファイルの行</translation>
    </message>
    <message>
        <source>To connect to %1 by its own name, as the connection strings and TLS expect, add these lines to /etc/hosts on each machine in VPC %2:</source>
        <translation>%1 にその名前で接続するには（接続文字列と TLS はこの名前を使います）、VPC %2 内の各マシンで次の行を hosts ファイル（/etc/hosts）に追加してください：</translation>
    </message>
</context>
<context>
    <name>plc::InboundEndpointsDialog</name>
    <message>
        <source>Being made</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Copy as Terraform</source>
        <translation>Terraform としてコピー</translation>
    </message>
    <message>
        <source>Connect With…</source>
        <translation>接続方法…</translation>
    </message>
    <message>
        <source>Your Endpoints to %1</source>
        <translation>%1 へのエンドポイント</translation>
    </message>
    <message>
        <source>The interface endpoints of %1 to %2, in every VPC of %3.</source>
        <translation>%3 のすべての VPC にある、%2 への %1 のインターフェイスエンドポイント。</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>エンドポイント ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>The %1 account changed: close this window and open it again.</source>
        <translation>%1 アカウントが変わりました。このウィンドウを閉じて開き直してください。</translation>
    </message>
    <message>
        <source>Reading the endpoints…</source>
        <translation>エンドポイントを読み取っています…</translation>
    </message>
    <message>
        <source>This account has no endpoint to the cluster&apos;s service in %1.</source>
        <translation>このアカウントには、%1 でクラスターのサービスへのエンドポイントがありません。</translation>
    </message>
    <message>
        <source>The endpoints could not be read: %1</source>
        <translation>エンドポイントを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Deleting endpoint %1 on %2…</source>
        <translation>%2 でエンドポイント %1 を削除しています…</translation>
    </message>
    <message>
        <source>%1 is deleting endpoint %2.</source>
        <translation>%1 がエンドポイント %2 を削除しています。</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Copied as Terraform: the endpoint and the rules known to let the port in, with import blocks.</source>
        <translation>Terraform としてコピーしました。エンドポイントと、ポートの受信を許可することがわかっているルールを import ブロック付きで含みます。</translation>
    </message>
    <message>
        <source>A change is on its way, or it is not known yet whether it was made: wait for it, or press its button again to read whether it was made, then close.</source>
        <translation>変更を送信中か、行われたかどうかがまだ不明です。完了を待つか、そのボタンをもう一度押して行われたかを読み取ってから閉じてください。</translation>
    </message>
    <message>
        <source>%1 did not delete endpoint %2: %3</source>
        <translation>%1 はエンドポイント %2 を削除しませんでした：%3</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>Its security groups&apos; rules were not read.</source>
        <translation>セキュリティグループのルールは読み取られていません。</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>未開放</translation>
    </message>
    <message>
        <source>None of its security groups lets TCP %1 in: nothing reaches the database through it.</source>
        <translation>どのセキュリティグループも TCP %1 の受信を許可していません。このエンドポイント経由ではデータベースに到達できません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放済み</translation>
    </message>
    <message>
        <source>TCP %1 is let in by %2.</source>
        <translation>%2 が TCP %1 の受信を許可しています。</translation>
    </message>
</context>
<context>
    <name>plc::InboundModifyDialog</name>
    <message>
        <source>Enable private DNS name (the cluster&apos;s host resolves to the endpoint in this VPC)</source>
        <translation>プライベート DNS 名を有効にする（この VPC では、クラスターのホスト名がエンドポイントに解決されます）</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Modify Endpoint %1</source>
        <translation>エンドポイント %1 の変更</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>セキュリティグループ：</translation>
    </message>
    <message>
        <source>Endpoint %1 in VPC %2.</source>
        <translation>VPC %2 のエンドポイント %1。</translation>
    </message>
    <message>
        <source>Reading VPC %1…</source>
        <translation>VPC %1 を読み取っています…</translation>
    </message>
    <message>
        <source>Not in the service&apos;s zones (%1).</source>
        <translation>サービスのゾーン（%1）にありません。</translation>
    </message>
    <message>
        <source>Keep at least one subnet or vSwitch: an endpoint needs an address in a zone of the service.</source>
        <translation>サブネットまたは vSwitch を少なくとも 1 つ残してください。エンドポイントにはサービスのゾーン内のアドレスが必要です。</translation>
    </message>
    <message>
        <source>Nothing would change: tick or untick something first.</source>
        <translation>何も変更されません。先に項目をオンまたはオフにしてください。</translation>
    </message>
    <message>
        <source>Changing endpoint %1…</source>
        <translation>エンドポイント %1 を変更しています…</translation>
    </message>
    <message>
        <source>Endpoint %1 changed.</source>
        <translation>エンドポイント %1 を変更しました。</translation>
    </message>
    <message>
        <source>The change is on its way, or it is not known yet whether it was made: wait for it, or press Modify again to read whether it was made, then close.</source>
        <translation>変更を送信中か、行われたかどうかがまだ不明です。完了を待つか、「変更」をもう一度押して行われたかを読み取ってから閉じてください。</translation>
    </message>
    <message>
        <source>The VPC or the endpoint could not be read: %1</source>
        <translation>VPC またはエンドポイントを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists, or is being deleted: there is nothing to change.</source>
        <translation>エンドポイント %1 はもう存在しないか、削除中です。変更できるものはありません。</translation>
    </message>
</context>
<context>
    <name>plc::InboundSession</name>
    <message>
        <source>Let TCP %1 into security group %2 from the VPC&apos;s addresses (%3)?</source>
        <translation>VPC のアドレス（%3）からの TCP %1 をセキュリティグループ %2 に許可しますか？</translation>
    </message>
    <message>
        <source>Let TCP %1 into security group %2 from the members of security group %3?</source>
        <translation>セキュリティグループ %3 のメンバーからの TCP %1 をセキュリティグループ %2 に許可しますか？</translation>
    </message>
</context>
<context>
    <name>plc::InboundWays</name>
    <message>
        <source>Make it from the console, with %1</source>
        <translation>このコンソールから作成する（%1 を使用）</translation>
    </message>
    <message>
        <source>Make it from the console (first choose the profile&apos;s account with this provider)</source>
        <translation>このコンソールから作成する（先にプロファイルでこのプロバイダーのアカウントを選択してください）</translation>
    </message>
</context>
<context>
    <name>plc::LinkChecksPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>TiDB Cloud cannot connect yet: fix the items marked ✗, then check again.</source>
        <translation>TiDB Cloud はまだ接続できません。✗ の項目を修正してから再確認してください。</translation>
    </message>
    <message>
        <source>Nothing found stops the create, but not everything could be checked: %1</source>
        <translation>作成を妨げるものは見つかりませんでしたが、すべてを確認できたわけではありません: %1</translation>
    </message>
</context>
<context>
    <name>plc::LinkDiagnosisDialog</name>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
</context>
<context>
    <name>plc::MainWindow</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>組み込みサンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Private Link Console</source>
        <translation>プライベートリンクコンソール</translation>
    </message>
    <message>
        <source>%1 — Private Link Console</source>
        <translation>%1 — プライベートリンクコンソール</translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>クラスターを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Loading clusters… %n page(s)</source>
        <translation>
            <numerusform>クラスターを読み込み中… %n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) so far</source>
        <translation>
            <numerusform>これまでに %n 件のクラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters could not be loaded</source>
        <translation>クラスターを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 件のクラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>プロファイルの管理…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 件のリクエストを処理中</numerusform>
        </translation>
    </message>
    <message>
        <source>API budget: %1 of %2 left this minute</source>
        <translation>API の残り: 今の 1 分間で %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Request &amp;Log…</source>
        <translation>リクエストログ(&amp;L)…</translation>
    </message>
    <message>
        <source>Provider Side (Sandbox)</source>
        <translation>クラウドプロバイダー側（サンドボックス）</translation>
    </message>
    <message>
        <source>Provider &amp;Side (Sandbox)</source>
        <translation>クラウドプロバイダー側（サンドボックス）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>plc::MessageBar</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>plc::PrivateEndpointWizard</name>
    <message>
        <source>Connect via Private Endpoint — %1</source>
        <translation>プライベートエンドポイント経由で接続 — %1</translation>
    </message>
    <message>
        <source>Private Endpoint to Another Service</source>
        <translation>他のサービスへのプライベートエンドポイント</translation>
    </message>
</context>
<context>
    <name>plc::ProfileActivation</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
</context>
<context>
    <name>plc::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>API URL(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公開鍵(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;rivate key:</source>
        <translation>秘密鍵(&amp;R):</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>空欄のままにすると保存済みの鍵を使い続けます</translation>
    </message>
    <message>
        <source>Store the private key in the keychain</source>
        <translation>秘密鍵をキーリングに保存する</translation>
    </message>
    <message>
        <source>Keep the private key for this session only (never written to disk)</source>
        <translation>秘密鍵をこのセッションの間だけ保持する（ディスクには書き込みません）</translation>
    </message>
    <message>
        <source>The built-in sandbox emulates the TiDB Cloud API on this computer. It needs no account and no key.</source>
        <translation>組み込みのサンドボックスは、このコンピューター上で TiDB Cloud API を模擬します。アカウントもキーも不要です。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test Key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from ticloud…</source>
        <translation>ticloud からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Correct the fields marked above, then save again.</source>
        <translation>上に示された項目を修正してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its private key is kept for this session only.</source>
        <translation>プロファイル「%1」を保存しました。秘密鍵はこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its private key is in the keychain.</source>
        <translation>プロファイル「%1」を保存しました。秘密鍵はキーリングに保存されています。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored private key?</source>
        <translation>プロファイル「%1」と保存されている秘密鍵を削除しますか?</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>キーをテストしています…</translation>
    </message>
    <message numerus="yes">
        <source>The key works: it can see %n cluster(s).</source>
        <translation>
            <numerusform>キーは有効です: %n 件のクラスターを参照できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its private key could not be deleted from the keychain: %2 Delete the entry “%3” of “%4” in your keyring manager; no other profile will use it.</source>
        <translation>プロファイル「%1」を削除しましたが、その秘密鍵をキーリングから削除できませんでした: %2 キーリングマネージャーで「%4」のエントリ「%3」を削除してください。ほかのプロファイルがこのエントリを使うことはありません。</translation>
    </message>
    <message>
        <source>Saving profile “%1”…</source>
        <translation>プロファイル「%1」を保存しています…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>何も保存されていません: %1</translation>
    </message>
    <message>
        <source>To keep the private key for this session only, save again.</source>
        <translation>秘密鍵をこのセッションの間だけ保持するには、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>plc::ProfileStore</name>
    <message>
        <source>The profile could not be saved. Check that the settings folder is writable.</source>
        <translation>プロファイルを保存できませんでした。設定フォルダーに書き込めるか確認してください。</translation>
    </message>
</context>
<context>
    <name>plc::RemovalProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The console follows the change until it is complete. You can close this window; the table keeps showing the state.</source>
        <translation>コンソールは変更が完了するまで追跡します。このウィンドウを閉じても、表に状態が表示され続けます。</translation>
    </message>
    <message>
        <source>Detaching the domains…</source>
        <translation>ドメインをデタッチしています…</translation>
    </message>
    <message>
        <source>Attach domain ID: %1. The domains are removed within a few minutes.</source>
        <translation>ドメインアタッチ ID: %1。ドメインは数分以内に削除されます。</translation>
    </message>
    <message>
        <source>Deleting the private link connection…</source>
        <translation>プライベートリンク接続を削除しています…</translation>
    </message>
    <message>
        <source>TiDB Cloud removes its endpoint. The connection stays in the table as Deleting until it is gone.</source>
        <translation>TiDB Cloud がエンドポイントを削除します。接続は削除が完了するまで、表に削除中として表示されます。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Detaching the domains… (%1)</source>
        <translation>ドメインをデタッチしています…（%1）</translation>
    </message>
    <message>
        <source>The domains are detached.</source>
        <translation>ドメインはデタッチされました。</translation>
    </message>
    <message>
        <source>They no longer resolve through this private link connection. Attach Domains adds them again.</source>
        <translation>これらはこのプライベートリンク接続を介して解決されなくなりました。「ドメインをアタッチ」で再度追加できます。</translation>
    </message>
    <message>
        <source>The private link connection is deleted.</source>
        <translation>プライベートリンク接続は削除されました。</translation>
    </message>
    <message>
        <source>If nothing else uses the endpoint service, you can remove TiDB Cloud&apos;s account from its Allow principals (AWS) or Service Whitelist (Alibaba Cloud).</source>
        <translation>このエンドポイントサービスを他に使用していなければ、TiDB Cloud のアカウントを許可されたプリンシパル（AWS）またはサービスホワイトリスト（Alibaba Cloud）から削除できます。</translation>
    </message>
</context>
<context>
    <name>plc::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータスコード</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>トレース ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>plc::RequestLogWindow</name>
    <message>
        <source>Request Log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>Every API call of this session, for support. It never contains your API key. Give the trace ID to TiDB Cloud Support when a call failed.</source>
        <translation>このセッションのすべての API 呼び出し（サポート用）です。API キーは含まれません。呼び出しが失敗した場合は、トレース ID を TiDB Cloud サポートにお伝えください。</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>plc::SandboxProviderPanel</name>
    <message>
        <source>The cloud provider&apos;s side, simulated by the sandbox: the endpoint services and the endpoint connection requests they received from TiDB Cloud. Accept (AWS) or allow (Alibaba Cloud) a pending request here, as you would on the endpoint service&apos;s Endpoint Connections tab.</source>
        <translation>サンドボックスが模擬するクラウドプロバイダー側です。エンドポイントサービスと、TiDB Cloud から受け取ったエンドポイント接続リクエストを表示します。エンドポイントサービスの [エンドポイント接続（Endpoint Connections）] タブと同じように、保留中のリクエストをここで承諾（AWS）または許可（Alibaba Cloud）できます。</translation>
    </message>
    <message>
        <source>Simulated endpoint services</source>
        <translation>模擬エンドポイントサービス</translation>
    </message>
    <message>
        <source>Endpoint connection requests</source>
        <translation>エンドポイント接続リクエスト</translation>
    </message>
    <message>
        <source>&amp;Accept / Allow</source>
        <translation>承諾 / 許可(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒否(&amp;J)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Only a pending request can be accepted or rejected.</source>
        <translation>承諾または拒否できるのは保留中のリクエストだけです。</translation>
    </message>
    <message>
        <source>Select an endpoint connection request.</source>
        <translation>エンドポイント接続リクエストを選択してください。</translation>
    </message>
</context>
<context>
    <name>plc::SandboxRoleBar</name>
    <message>
        <source>The sandbox&apos;s roles could not be read: %1</source>
        <translation>サンドボックスのロールを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Act on %1 as:</source>
        <translation>%1 での ID：</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key pair</source>
        <translation>サンドボックスのキーペア</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>Role %1 (does not trust the key pair)</source>
        <translation>ロール %1（キーペアを信頼しない）</translation>
    </message>
    <message>
        <source>Role %1 (MFA code)</source>
        <translation>ロール %1（MFA コード）</translation>
    </message>
    <message>
        <source>Role %1 (external ID)</source>
        <translation>ロール %1（外部 ID）</translation>
    </message>
    <message>
        <source>The choice could not be kept in the settings file; it holds until the console closes.</source>
        <translation>選択を設定ファイルに保存できませんでした。コンソールを閉じるまでは有効です。</translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation>現在の ID：%1。</translation>
    </message>
    <message>
        <source>Assume &amp;Now</source>
        <translation>今すぐ引き受ける(&amp;N)</translation>
    </message>
    <message>
        <source>Assume the role now, rather than at the next call to the provider, and show who its keys are.</source>
        <translation>次にプロバイダーを呼び出すときではなく今すぐロールを引き受け、そのキーが誰のものかを表示します。</translation>
    </message>
    <message>
        <source>Act on %1 as</source>
        <translation>%1 での ID</translation>
    </message>
</context>
<context>
    <name>plc::ScreenshotHarness</name>
    <message>
        <source>the first load did not finish within %1 seconds</source>
        <translation>最初の読み込みが %1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>the first load failed: %1</source>
        <translation>最初の読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot take the screenshot: %1</source>
        <translation>スクリーンショットを撮影できません: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>スクリーンショットを %1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>plc::SendOnce</name>
    <message>
        <source>It was sent with %1, which is no longer the account chosen: choose it again to find out whether it was made.</source>
        <translation>これは %1 で送信されましたが、そのアカウントは現在選択されていません。変更されたかどうかを確認するには、そのアカウントを選び直してください。</translation>
    </message>
</context>
<context>
    <name>plc::SinkTestDialog</name>
    <message>
        <source>Authentication:</source>
        <translation>認証：</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS を使用</translation>
    </message>
    <message>
        <source>Equivalent request</source>
        <translation>同等のリクエスト</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test Through %1</source>
        <translation>%1 経由でテスト</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <source>Password, for this test only</source>
        <translation>パスワード（このテストのみに使用）</translation>
    </message>
    <message>
        <source>used for this test only, never saved</source>
        <translation>このテストのみに使用し、保存しません</translation>
    </message>
    <message>
        <source>TiDB Cloud tries to reach the sink from the cluster %1 through the private link connection %2 (%3), as a changefeed would. Nothing is created.</source>
        <translation>TiDB Cloud は Changefeed と同じように、クラスター %1 からプライベートリンク接続 %2（%3）を経由してシンクへの到達を試みます。何も作成されません。</translation>
    </message>
    <message>
        <source>Sink type:</source>
        <translation>シンクの種類：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>The same request to the TiDB Cloud API (the password is masked):</source>
        <translation>TiDB Cloud API への同じリクエスト（パスワードは伏せてあります）：</translation>
    </message>
    <message>
        <source>Enter the user name the sink accepts.</source>
        <translation>シンクが受け付けるユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The user name starts or ends with a space; remove it.</source>
        <translation>ユーザー名の先頭または末尾に空白があります。削除してください。</translation>
    </message>
    <message>
        <source>Enter the password. It is used for this test only and kept in memory only.</source>
        <translation>パスワードを入力してください。このテストのみに使用し、メモリ内にのみ保持します。</translation>
    </message>
    <message>
        <source>The connection is %1: nothing goes through it until it is Active, so the test will fail.</source>
        <translation>この接続は「%1」です。「アクティブ」になるまで何も経由しないため、テストは失敗します。</translation>
    </message>
    <message>
        <source>No domain is attached to this connection. Kafka clients are sent to the brokers&apos; advertised listeners, which resolve only through attached domains: attach them first (Attach Domains…).</source>
        <translation>この接続にはドメインがアタッチされていません。Kafka クライアントはブローカーの Kafka のアドバタイズリスナーに誘導されますが、それはアタッチされたドメインでのみ解決されます。先にドメインをアタッチしてください（ドメインをアタッチ…）。</translation>
    </message>
    <message>
        <source>No %1 changefeed runs through this connection yet; this is the usual port.</source>
        <translation>この接続を経由する %1 の Changefeed はまだありません。これは一般的なポートです。</translation>
    </message>
    <message>
        <source>Ports the %1 changefeeds through this connection use: %2</source>
        <translation>この接続を経由する %1 の Changefeed が使うポート：%2</translation>
    </message>
    <message>
        <source>Testing… TiDB Cloud is reaching the sink through the connection.</source>
        <translation>テスト中… TiDB Cloud がこの接続を経由してシンクに接続しています。</translation>
    </message>
    <message>
        <source>The sink answered: TiDB Cloud reaches %1 on port %2 through this connection.</source>
        <translation>シンクが応答しました。TiDB Cloud はこの接続を経由してポート %2 の %1 に到達できます。</translation>
    </message>
    <message>
        <source>The connection is not Active, so nothing reaches the sink through it. Make it Active first (accept the endpoint connection on the provider&apos;s side, or fix why it failed).</source>
        <translation>この接続は「アクティブ」ではないため、経由してシンクに到達できません。先に「アクティブ」にしてください（クラウドプロバイダー側でエンドポイント接続を承諾するか、失敗の原因を解消します）。</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 behind the endpoint service. Check the port, and that the load balancer behind the endpoint service has a listener on it that forwards to the sink.</source>
        <translation>エンドポイントサービスの背後のポート %1 で応答がありません。ポートと、エンドポイントサービスの背後のロードバランサーにシンクへ転送するリスナーがそのポートにあることを確認してください。</translation>
    </message>
    <message>
        <source>The Kafka bootstrap server was reached, but its brokers&apos; advertised listeners do not resolve: attach the Kafka cluster&apos;s domains to this connection (Attach Domains…).</source>
        <translation>Kafka のブートストラップサーバーには到達しましたが、ブローカーの Kafka のアドバタイズリスナーが解決できません。Kafka クラスターのドメインをこの接続にアタッチしてください（ドメインをアタッチ…）。</translation>
    </message>
    <message>
        <source>The sink refused the user name or password. Check them, and that the user may connect from TiDB Cloud.</source>
        <translation>シンクがユーザー名またはパスワードを拒否しました。それらと、そのユーザーが TiDB Cloud から接続できることを確認してください。</translation>
    </message>
    <message>
        <source>TiDB Cloud did not answer in time, so the outcome is unknown. Test again in a moment.</source>
        <translation>TiDB Cloud が時間内に応答しなかったため、結果は不明です。しばらくしてから再度テストしてください。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>テストに失敗しました。</translation>
    </message>
    <message>
        <source>TiDB Cloud said: %1</source>
        <translation>TiDB Cloud の応答：%1</translation>
    </message>
</context>
</TS>
