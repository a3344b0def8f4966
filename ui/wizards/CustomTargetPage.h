#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plc {

struct EndpointContext;

/// The first page for a service the API does not list, such as a MatrixOne Cloud instance:
/// its service name, zone IDs, region ID, host, port and user, checked as typed. Next saves it
/// in the profile (EndpointTargetStore), so the saved ones can be picked again.
class CustomTargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomTargetPage)

public:
    CustomTargetPage(EndpointContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reloadSaved(const QString &select);
    void pickSaved();
    void removeSaved();
    void check();
    PrivateEndpointTarget entered() const;
    QString savedName() const;
    QStringList problems() const;

    EndpointContext *m_context;
    QList<PrivateEndpointTarget> m_saved;
    QComboBox *m_savedCombo;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_service;
    QLineEdit *m_zones;
    QLineEdit *m_region;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QList<QLabel *> m_problems; ///< one per field, in the order of problems()
    QList<QLineEdit *> m_fields;
    QLabel *m_saveError;
};

} // namespace plc
