#pragma once

#include "domain/PrivateLink.h"
#include "ui/wizards/CommitPage.h"

#include <QPointer>

class QLabel;
class QListWidget;

namespace plc {

class CommandBox;
struct AttachContext;

/// Step 2 of Attach Domains: a dry run (`validateOnly`) shows the unique name and every domain
/// that will be attached, with the equivalent ticloud commands; Attach Domains then attaches
/// with that unique name, once (CommitPage). The dry run changes nothing and may be repeated.
class AttachPreviewPage final : public CommitPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachPreviewPage)

public:
    AttachPreviewPage(AttachContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isDryRunning() const { return m_dryRun != nullptr; }

Q_SIGNALS:
    void attached(const plc::AttachDomain &group);

protected:
    bool readyToSend() const override;

private:
    void runDryRun();
    void showPreview();
    void take(const AttachDomain &group);

    AttachContext *m_context;
    MessageBar *m_previewBar;
    QLabel *m_summary;
    QListWidget *m_domains;
    CommandBox *m_command;
    QPointer<Job> m_dryRun;
};

} // namespace plc
