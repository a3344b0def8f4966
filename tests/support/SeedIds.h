#pragma once

// The sandbox seed's IDs and names that tests refer to (see app/sandbox/SandboxSeed.cpp).
#include <QString>

namespace plc::test::seed {

// Clusters.
inline const QString OrdersProd = QStringLiteral("10289543321198765432"); // AWS us-east-1
inline const QString TokyoWeb = QStringLiteral("10289543321198765434");   // AWS, no connections
inline const QString HzPayments = QStringLiteral("10289543321198765435"); // Alibaba cn-hangzhou

// Connections.
inline const QString OrdersRds = QStringLiteral("plc-4t8c2kq9w1nz5rbx7dma");       // ACTIVE
inline const QString ConfluentEvents = QStringLiteral("plc-9m3v7x1c5z2b8n4q6wke"); // ACTIVE
inline const QString LegacyMysql = QStringLiteral("plc-7r5e3w1q9a8s6d4f2gzx");     // FAILED
inline const QString PolardbPayments = QStringLiteral("plc-5b7n9m1k3j5h7g9f1dsa"); // ACTIVE
/// The Confluent domain group attached to confluent-events.
inline const QString ConfluentGroup = QStringLiteral("ad-k2j4h6g8f0d2s4a6p8o0");

inline const QString KafkaSelfhosted = QStringLiteral("plc-2h6j8k4l0p9o7i5u3yte"); // PENDING

// Changefeeds (orders-prod unless named).
inline const QString ToConfluent = QStringLiteral("cfd-na7ckpbdjxphv3wrzqwo"); // Kafka, RUNNING
inline const QString SelfhostedFailed =
    QStringLiteral("cfd-nwuot60o305f3x2u2ze5"); // Kafka via kafka-selfhosted, RUNNING_FAILED
inline const QString ToRdsReplica = QStringLiteral("cfd-bmi8lbs75jghzde39sz6"); // MySQL, RUNNING
inline const QString AuditPaused = QStringLiteral("cfd-ol86wfpttkuy4v2er4jh");  // MySQL, PAUSED
inline const QString PublicKafka = QStringLiteral("cfd-5yyaqfsec2dqk545c6d4");  // PUBLIC network
inline const QString PaymentsWarning =
    QStringLiteral("cfd-f3o2qfadvy1wdt2t9b1y"); // hz-payments, MySQL via polardb, WARNING
/// The account behind the seeded MySQL endpoint services.
inline const QString MysqlUser = QStringLiteral("cdc_user");
inline const QString MysqlPassword = QStringLiteral("sandbox-cdc-password");

// Endpoint services.
inline const QString TokyoService =
    QStringLiteral("com.amazonaws.vpce.ap-northeast-1.vpce-svc-0c1d2e3f4a5b6c7d8");
/// Allow principals still empty: a create fails for the missing principal.
inline const QString NoPrincipals =
    QStringLiteral("com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921");
/// Owned by Confluent Cloud (the PrivateLink Access of network domnprzqrog): accepts by itself.
inline const QString ConfluentService =
    QStringLiteral("com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180");

} // namespace plc::test::seed
