#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace plc {

struct CreateContext;

/// Step 2: Private Link Connection Name, Connection Type (only the type that fits the
/// cluster's provider, with why) and Endpoint Service Name, each checked as it is typed with
/// a sentence under the field; for AWS an optional endpoint service region.
class CreateDetailsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDetailsPage)

public:
    CreateDetailsPage(CreateContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    QString nameProblem() const;
    QString serviceProblem() const;
    QString regionProblem() const;
    void check();

    CreateContext *m_context;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_type;
    QLabel *m_typeNote;
    QLineEdit *m_service;
    QLabel *m_serviceProblem;
    QLineEdit *m_region;
    QLabel *m_regionProblem;
};

} // namespace plc
