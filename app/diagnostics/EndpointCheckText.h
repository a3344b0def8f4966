#pragma once

#include "diagnostics/EndpointCheckReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plc {

/// The connectivity doctor's words, in one place for the console and the command line: a line
/// per step, the verdict, and the likely cause of a failure in plain words.
class EndpointCheckText
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCheckText)

public:
    enum class State { Pending, Running, Passed, Warning, Failed, Skipped };
    struct Line
    {
        EndpointCheckReport::Step step;
        State state;
        QString text;
    };

    /// Resolve, connect and greeting, each as far as the check got.
    static QList<Line> lines(const EndpointCheckReport &report);
    /// One sentence: what the check found (empty while it runs).
    static QString verdict(const EndpointCheckReport &report);
    /// What most likely causes a failure, and what to do (empty when nothing failed).
    static QString likelyCause(const EndpointCheckReport &report);
    /// The whole report as plain text (each step marked ✓, !, ✗ or –), as the command line
    /// prints it and the console copies it.
    static QString plainText(const EndpointCheckReport &report);
    static QString marker(State state);

private:
    static Line resolveLine(const EndpointCheckReport &report);
    static Line connectLine(const EndpointCheckReport &report);
    static Line greetingLine(const EndpointCheckReport &report);
};

} // namespace plc
