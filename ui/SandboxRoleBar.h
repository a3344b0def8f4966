#pragma once

#include "providers/ProviderAccount.h"
#include "providers/ProviderAccounts.h"
#include "services/SandboxAdminService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace plc {

/// In sandbox mode, as whom the console acts on each provider's emulation: the sandbox's key
/// pair itself, or one of the emulated account's roles assumed with it (one needs an MFA code,
/// one an external ID, one is not trusted at all), chosen from the sandbox's own list. Under
/// each choice, the account line: who the keys are (the role's session ARN and the account,
/// once assumed), when they expire and what renewing them takes. Assume Now fetches the keys
/// at once rather than at the next call.
class SandboxRoleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxRoleBar)

public:
    SandboxRoleBar(SandboxAdminService *admin, QWidget *parent = nullptr);
    ~SandboxRoleBar() override;

    void setAccounts(const ProviderAccounts &accounts);
    /// Reads the sandbox's roles again.
    void reload();

Q_SIGNALS:
    /// Another role (or the key pair) was chosen for the provider `providerId`, and kept in the
    /// settings.
    void roleChosen(const QString &providerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QPointer<ProviderAccount> account;
        QComboBox *combo = nullptr;
        QLabel *line = nullptr;
        QPushButton *assume = nullptr;
        QList<SandboxRoleInfo> roles;
    };

    void build();
    void fill(Row &row);
    void choose(Row &row);
    void assumeNow(Row &row);
    void showLine(Row &row, const QString &problem = {});
    void retranslate();

    SandboxAdminService *m_admin;
    ProviderAccounts m_accounts;
    QList<SandboxRoleInfo> m_roles;
    QList<Row> m_rows;
    QFormLayout *m_form;
    QLabel *m_problem;
    QPointer<Job> m_read;
};

} // namespace plc
