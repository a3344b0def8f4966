#pragma once

#include "base/ApiError.h"
#include "base/Job.h"

#include <QTest>

#include <type_traits>
#include <utility>

namespace plc::test {

/// Waits (the event loop running, 30 s at most) for a job, which deletes itself once finished,
/// and hands back a copy of its value and its error (Kind::Timeout when it never finished).
template<typename J> auto await(J *job)
{
    using Value = std::decay_t<decltype(job->value())>;
    std::pair<Value, ApiError> result;
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&, job] {
        if (job->succeeded())
            result.first = job->value();
        result.second = job->error();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 30'000))
        result.second.kind = ApiError::Kind::Timeout;
    return result;
}

} // namespace plc::test
