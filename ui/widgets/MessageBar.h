#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace plc {

/// An inline bar above a view for recoverable errors and notices, with an optional Retry
/// action — the console's alternative to modal message boxes.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, bool offerRetry);
    /// With a named action instead of Retry (e.g. "Manage Profiles…"); actionRequested() follows.
    void showMessage(Kind kind, const QString &text, const QString &actionText);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void retryRequested();
    void actionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    QString m_actionText; ///< empty: the button is Retry
};

} // namespace plc
