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
    <name>plc::ConnectionsPanel</name>
    <message numerus="yes">
        <source>Exported %n private link connection(s) to %1.</source>
        <translation>
            <numerusform>Exported %n private link connection to %1.</numerusform>
            <numerusform>Exported %n private link connections to %1.</numerusform>
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
    <message numerus="yes">
        <source>config.toml also holds the private keys of %n profile(s). Move them into the keychain? The file itself is not changed.</source>
        <translation>
            <numerusform>config.toml also holds the private key of %n profile. Move it into the keychain? The file itself is not changed.</numerusform>
            <numerusform>config.toml also holds the private keys of %n profiles. Move them into the keychain? The file itself is not changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
