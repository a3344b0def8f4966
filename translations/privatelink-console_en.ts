<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionDiagram</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointInput</name>
    <message numerus="yes">
        <source>%n subnet(s) entered, but the service is in only %1 zone(s); an endpoint takes one subnet per availability zone.</source>
        <translation>
            <numerusform>%n subnet entered, but the service is in only %1 zone(s); an endpoint takes one subnet per availability zone.</numerusform>
            <numerusform>%n subnets entered, but the service is in only %1 zone(s); an endpoint takes one subnet per availability zone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicloudImport</name>
    <message numerus="yes">
        <source>config.toml also holds the private keys of %n profile(s). Move them into the keychain? The file itself is not changed.</source>
        <translation>
            <numerusform>config.toml also holds the private key of %n profile. Move it into the keychain? The file itself is not changed.</numerusform>
            <numerusform>config.toml also holds the private keys of %n profiles. Move them into the keychain? The file itself is not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::ConnectionDetailsPane</name>
    <message numerus="yes">
        <source>Copied %n domain name(s).</source>
        <translation>
            <numerusform>Copied %n domain name.</numerusform>
            <numerusform>Copied %n domain names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::ConnectionTableModel</name>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n changefeed</numerusform>
            <numerusform>%n changefeeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::ConnectionsPanel</name>
    <message numerus="yes">
        <source>Exported %n private link connection(s) to %1.</source>
        <translation>
            <numerusform>Exported %n private link connection to %1.</numerusform>
            <numerusform>Exported %n private link connections to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n private link connection(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n private link connection to %1…</numerusform>
            <numerusform>Exporting %n private link connections to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::DeleteConfirmPage</name>
    <message numerus="yes">
        <source>its %n attached domain group(s) are removed with it; their domains stop resolving (%1 in all).</source>
        <translation>
            <numerusform>its %n attached domain group is removed with it; its domains stop resolving (%1 in all).</numerusform>
            <numerusform>its %n attached domain groups are removed with it; their domains stop resolving (%1 in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) run through it and fail:</source>
        <translation>
            <numerusform>%n changefeed runs through it and fails:</numerusform>
            <numerusform>%n changefeeds run through it and fail:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::DetachConfirmPage</name>
    <message numerus="yes">
        <source>These %n domain(s) will no longer resolve through %1:</source>
        <translation>
            <numerusform>This domain will no longer resolve through %1:</numerusform>
            <numerusform>These %n domains will no longer resolve through %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::DetachPickPage</name>
    <message numerus="yes">
        <source>%1 · %2 · %n domain(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n domain</numerusform>
            <numerusform>%1 · %2 · %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::DomainsProgressPage</name>
    <message numerus="yes">
        <source>All %n domain(s) are Active.</source>
        <translation>
            <numerusform>The domain is Active.</numerusform>
            <numerusform>All %n domains are Active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) failed.</source>
        <translation>
            <numerusform>%n domain failed.</numerusform>
            <numerusform>%n domains failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n domain(s)…</source>
        <translation>
            <numerusform>Attaching %n domain…</numerusform>
            <numerusform>Attaching %n domains…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::MainWindow</name>
    <message numerus="yes">
        <source>Loading clusters… %n page(s)</source>
        <translation>
            <numerusform>Loading clusters… %n page</numerusform>
            <numerusform>Loading clusters… %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) so far</source>
        <translation>
            <numerusform>%n cluster so far</numerusform>
            <numerusform>%n clusters so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::ProfileDialog</name>
    <message numerus="yes">
        <source>The key works: it can see %n cluster(s).</source>
        <translation>
            <numerusform>The key works: it can see %n cluster.</numerusform>
            <numerusform>The key works: it can see %n clusters.</numerusform>
        </translation>
    </message>
</context>
</TS>
