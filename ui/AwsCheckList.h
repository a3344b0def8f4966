#pragma once

#include "domain/AwsLinkChecks.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace plc {

/// The AWS side's checks, one row each: ✓ passed, ✗ failed, ? not checked, i to know — the
/// sentence, and under a failed or unchecked one the exact fix. Texts quote AWS and are shown
/// as plain text.
class AwsCheckList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsCheckList)

public:
    explicit AwsCheckList(QWidget *parent = nullptr);

    void setChecks(const QList<AwsCheck> &checks);
    void clear() { setChecks({}); }
    const QList<AwsCheck> &checks() const { return m_checks; }
    /// The row labels, in order (for tests and screen readers).
    QList<QLabel *> rows() const { return m_rows; }

    static QString mark(AwsCheck::Status status);

private:
    QVBoxLayout *m_layout;
    QList<AwsCheck> m_checks;
    QList<QLabel *> m_rows;
};

} // namespace plc
