#pragma once

#include "diagnostics/EndpointCheckReport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace plc {

class EndpointDoctor;

/// The connectivity doctor in a window: a HOST:PORT field, Check and Cancel, a line per step
/// (resolve, connect, greeting) with its mark, the verdict and the likely cause. The check runs
/// in EndpointDoctor's thread; this widget only shows its progress.
class EndpointDoctorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDoctorWidget)

public:
    explicit EndpointDoctorWidget(QWidget *parent = nullptr);

    void setAddress(const QString &hostAndPort);
    QString address() const;
    EndpointDoctor *doctor() const { return m_doctor; }
    /// The last finished check's report (outcome Running before the first one).
    const EndpointCheckReport &lastReport() const { return m_report; }

public Q_SLOTS:
    void check();
    void cancel();

Q_SIGNALS:
    void checkFinished(const plc::EndpointCheckReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const EndpointCheckReport &report);
    void showIdle();
    void validate();
    void retranslate();

    EndpointDoctor *m_doctor;
    QLineEdit *m_address;
    QLabel *m_addressLabel;
    QLabel *m_problem;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QList<QLabel *> m_marks;
    QList<QLabel *> m_steps;
    QLabel *m_verdict;
    QLabel *m_cause;
    EndpointCheckReport m_report;
    bool m_shown = false; ///< a report is on screen (not the idle steps)
};

} // namespace plc
