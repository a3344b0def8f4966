#pragma once

#include "domain/PrivateLink.h"

#include <QWizardPage>

class QButtonGroup;

namespace plc {

class ConfluentNameEditor;
struct AttachContext;

/// Step 1 of Attach Domains: the domain type, limited to what the connection's type supports
/// (AWS: TiDB Cloud Managed, Confluent Cloud; Alibaba Cloud: TiDB Cloud Managed, with why),
/// and for Confluent Cloud the unique name with the DNS subdomain helper.
class AttachTypePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachTypePage)

public:
    AttachTypePage(AttachContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

    DomainType selectedType() const;

private:
    AttachContext *m_context;
    QButtonGroup *m_types;
    ConfluentNameEditor *m_confluent = nullptr;
};

} // namespace plc
