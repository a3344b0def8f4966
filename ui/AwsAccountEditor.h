#pragma once

#include "NoteLabel.h"
#include "services/AwsAccount.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace plc {

/// The AWS part of a TiDB Cloud profile: which AWS account it acts on — none, the AWS CLI's
/// default credentials, or one of the profiles in ~/.aws — and a Test that asks STS who those
/// credentials are (account and ARN). Nothing AWS is written anywhere: the choice is a name.
class AwsAccountEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccountEditor)

public:
    explicit AwsAccountEditor(QWidget *parent = nullptr);

    /// The process environment by default; tests give their own (AWS_CONFIG_FILE…).
    void setEnvironment(const QHash<QString, QString> &environment);
    void setChoice(const AwsAccountChoice &choice);
    AwsAccountChoice choice() const;
    /// The sandbox profile: its own AWS account, nothing to choose.
    void setSandbox(bool sandbox);
    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const AwsAccountChoice &select);
    void test();
    void showResult(NoteLabel::Kind kind, const QString &text);

    QHash<QString, QString> m_environment;
    QComboBox *m_combo;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_help;
    std::unique_ptr<AwsAccount> m_testAccount;
    QPointer<Job> m_testJob;
    bool m_sandbox = false;
};

} // namespace plc
