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
    <name>FleetAttention</name>
    <message numerus="yes">
        <source>Deleting for %n minute(s); a deletion usually ends within a few minutes.</source>
        <translation>
            <numerusform>Deleting for %n minute; a deletion usually ends within a few minutes.</numerusform>
            <numerusform>Deleting for %n minutes; a deletion usually ends within a few minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1.</source>
        <translation>
            <numerusform>A changefeed through this connection failed: %1.</numerusform>
            <numerusform>%n changefeeds through this connection failed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection failed: %1 (%2).</source>
        <translation>
            <numerusform>A changefeed through this connection failed: %1 (%2).</numerusform>
            <numerusform>%n changefeeds through this connection failed: %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s) through this connection in warning: %1.</source>
        <translation>
            <numerusform>A changefeed through this connection is in warning: %1.</numerusform>
            <numerusform>%n changefeeds through this connection are in warning: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed.</source>
        <translation>
            <numerusform>An attached domain failed.</numerusform>
            <numerusform>%n attached domains failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached domain(s) failed: %1</source>
        <translation>
            <numerusform>An attached domain failed: %1</numerusform>
            <numerusform>%n attached domains failed: %1</numerusform>
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
    <name>plc::FleetAlerts</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private link connection change(s)</source>
        <translation>
            <numerusform>%n private link connection change</numerusform>
            <numerusform>%n private link connection changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Private Link Console: %n connection(s) need attention</source>
        <translation>
            <numerusform>Private Link Console: %n connection needs attention</numerusform>
            <numerusform>Private Link Console: %n connections need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::FleetFeed</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more cluster(s) could not be read; they are read again at the next pass.</source>
        <translation>
            <numerusform>%n more cluster could not be read; it is read again at the next pass.</numerusform>
            <numerusform>%n more clusters could not be read; they are read again at the next pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::FleetSession</name>
    <message numerus="yes">
        <source>&amp;Fleet (%n need attention)</source>
        <translation>
            <numerusform>&amp;Fleet (%n needs attention)</numerusform>
            <numerusform>&amp;Fleet (%n need attention)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::FleetTableModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changefeed(s)</source>
        <translation>
            <numerusform>%n changefeed</numerusform>
            <numerusform>%n changefeeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plc::FleetWindow</name>
    <message numerus="yes">
        <source>%n connection(s) need attention</source>
        <translation>
            <numerusform>%n connection needs attention</numerusform>
            <numerusform>%n connections need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
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
