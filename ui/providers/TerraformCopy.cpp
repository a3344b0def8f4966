#include "ui/providers/TerraformCopy.h"

#include "providers/InboundSession.h"

#include <QApplication>
#include <QClipboard>
#include <QPointer>
#include <QPushButton>

namespace plc {

Job *TerraformCopy::copy(InboundSession *session, const QString &endpointId, QPushButton *button,
                         std::function<void(const QString &problem)> done)
{
    if (!session)
        return nullptr;
    QPointer<InboundSession> guarded(session);
    QPointer<QPushButton> pressed(button);
    button->setEnabled(false);
    auto *job = session->readEndpoint(endpointId);
    job->onFinished(
        button,
        [guarded, pressed, done](const InboundEndpoint &endpoint) {
            pressed->setEnabled(true);
            const QString text = !guarded ? QString()
                                 : endpoint.phase == InboundEndpoint::Phase::Gone
                                     ? QString()
                                     : guarded->terraform(endpoint);
            if (text.isEmpty()) {
                done(tr("The endpoint is gone: there is nothing to write."));
                return;
            }
            QApplication::clipboard()->setText(text);
            done({});
        },
        [pressed, done](const ApiError &error) {
            pressed->setEnabled(true);
            done(tr("The endpoint could not be read, so nothing was copied: %1")
                     .arg(error.userMessage()));
        });
    job->onCancelled(button, [pressed] { pressed->setEnabled(true); });
    // Gone without an answer (its session went): the button comes back all the same.
    QObject::connect(job, &QObject::destroyed, button, [pressed] {
        if (pressed)
            pressed->setEnabled(true);
    });
    return job;
}

} // namespace plc
