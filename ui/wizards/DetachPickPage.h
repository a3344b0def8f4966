#pragma once

#include "domain/PrivateLink.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace plc {

class MessageBar;
struct DetachContext;

/// Step 1: the connection's attached domain groups, read fresh; the picked group's domains.
class DetachPickPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetachPickPage)

public:
    DetachPickPage(DetachContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void load();
    void fill();
    void showPicked();
    const AttachDomain *picked() const;

    DetachContext *m_context;
    MessageBar *m_messageBar;
    QListWidget *m_groups;
    QLabel *m_domains;
};

} // namespace plc
