#include "diagnostics/EndpointCheckCommand.h"

#include "base/OutsideText.h"
#include "diagnostics/EndpointCheckText.h"
#include "diagnostics/EndpointDoctor.h"

namespace plc {

EndpointCheckCommand::EndpointCheckCommand(const EndpointAddress &target, int timeoutMs,
                                           FILE *output, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_doctor(new EndpointDoctor(this))
    , m_out(output)
{
    m_doctor->setTimeout(timeoutMs);
}

void EndpointCheckCommand::start()
{
    m_out << OutsideText::visible(EndpointCheckText::tr("Checking %1").arg(m_target.toString()))
          << Qt::endl;
    EndpointCheckJob *job = m_doctor->check(m_target);
    connect(job, &EndpointCheckJob::stepped, this, &EndpointCheckCommand::print);
    job->onFinished(this, [this](const EndpointCheckReport &report) {
        print(report);
        if (const QString verdict = EndpointCheckText::verdict(report); !verdict.isEmpty())
            m_out << OutsideText::visible(verdict) << Qt::endl;
        if (const QString cause = EndpointCheckText::likelyCause(report); !cause.isEmpty())
            m_out << OutsideText::visible(cause) << Qt::endl;
        Q_EMIT done(report.databaseAnswered() ? 0 : 1);
    });
}

void EndpointCheckCommand::print(const EndpointCheckReport &report)
{
    // Only a step's last word is printed, once: the lines so far that are settled.
    using State = EndpointCheckText::State;
    const auto lines = EndpointCheckText::lines(report);
    for (int i = m_linesPrinted; i < lines.size(); ++i) {
        const State state = lines[i].state;
        if (state == State::Running || state == State::Pending)
            return;
        // A terminal acts on control characters: whatever a line holds is printed as text.
        m_out << EndpointCheckText::marker(state) << ' ' << OutsideText::visible(lines[i].text)
              << Qt::endl;
        m_linesPrinted = i + 1;
    }
}

} // namespace plc
