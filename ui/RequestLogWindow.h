#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace plc {

class RequestLog;
class RequestLogModel;

/// The request log for support: every API call of this session — method, path, status,
/// duration, bytes, attempt, trace ID — never a key or a header value. Copy puts it on the
/// clipboard as tab-separated text for a ticket.
class RequestLogWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogWindow)

public:
    explicit RequestLogWindow(RequestLog *log, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RequestLog *m_log;
    RequestLogModel *m_model;
    QLabel *m_note;
    QTableView *m_table;
    QPushButton *m_copy;
    QPushButton *m_clear;
    QPushButton *m_close;
};

} // namespace plc
