#pragma once

#include "diagnostics/EndpointCheckReport.h"

#include <QObject>
#include <QTextStream>

namespace plc {

class EndpointDoctor;

/// `privatelink-console --check-endpoint HOST:PORT`: runs the connectivity doctor and prints
/// each step as it ends, then the verdict and the likely cause. done() carries the exit status:
/// 0 when the database answered, 1 when it did not.
class EndpointCheckCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointCheckCommand)

public:
    EndpointCheckCommand(const EndpointAddress &target, int timeoutMs, FILE *output,
                         QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(int exitStatus);

private:
    void print(const EndpointCheckReport &report);

    EndpointAddress m_target;
    EndpointDoctor *m_doctor;
    QTextStream m_out;
    int m_linesPrinted = 0;
};

} // namespace plc
