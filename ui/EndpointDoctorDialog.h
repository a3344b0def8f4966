#pragma once

#include <QDialog>

class QLabel;

namespace plc {

class EndpointDoctorWidget;

/// Tools > Check Endpoint…: the connectivity doctor on its own, for any HOST:PORT.
class EndpointDoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDoctorDialog)

public:
    explicit EndpointDoctorDialog(QWidget *parent = nullptr);
    EndpointDoctorWidget *doctor() const { return m_doctor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EndpointDoctorWidget *m_doctor;
    QLabel *m_intro;
};

} // namespace plc
