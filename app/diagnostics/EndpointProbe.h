#pragma once

#include "diagnostics/EndpointCheckReport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QHostInfo;
class QTcpSocket;
class QTimer;

namespace plc {

/// One connectivity check, run inside the EndpointDoctor's worker thread: resolves the host
/// (QHostInfo), connects to each address in turn over TCP and reads the MySQL greeting, each
/// step with its own time limit. Emits progress() as each step starts and finished() once.
class EndpointProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointProbe)

public:
    EndpointProbe(const EndpointAddress &target, int timeoutMs, QObject *parent = nullptr);
    ~EndpointProbe() override;

    /// Before start(): no DNS; the stand-in's address and port are checked instead.
    void setStandIn(const EndpointStandIn &standIn) { m_report.standIn = standIn; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const plc::EndpointCheckReport &report);
    void finished(const plc::EndpointCheckReport &report);

private Q_SLOTS:
    // A slot named by string on purpose: see EndpointProbe::start().
    void lookedUp(const QHostInfo &info);

private:
    void connectNext();
    void onConnected();
    void onSocketError();
    void onReadyRead();
    void onTimeout();
    void finish(EndpointCheckReport::Outcome outcome);
    void dropSocket();
    void abortLookup();

    EndpointCheckReport m_report;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_received;
    int m_lookupId = -1;
    int m_nextAddress = 0;
    EndpointCheckReport::Outcome m_firstFailure = EndpointCheckReport::Outcome::Running;
    QString m_firstError;
};

} // namespace plc
