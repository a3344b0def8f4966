#pragma once

#include "domain/LinkCheck.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace plc {

/// A cloud provider side's checks (AWS or Alibaba Cloud), one row each: ✓ passed, ✗ failed,
/// ? not checked, i to know — the sentence, and under a failed or unchecked one the exact fix.
/// Texts quote the provider and are shown as plain text. Row `i` is named `check<Kind>`.
class LinkCheckList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkCheckList)

public:
    explicit LinkCheckList(QWidget *parent = nullptr);

    void setChecks(const QList<LinkCheck> &checks);
    void clear() { setChecks({}); }
    const QList<LinkCheck> &checks() const { return m_checks; }
    /// The row labels, in order (for tests and screen readers).
    QList<QLabel *> rows() const { return m_rows; }

    static QString mark(LinkCheck::Status status);

private:
    QVBoxLayout *m_layout;
    QList<LinkCheck> m_checks;
    QList<QLabel *> m_rows;
};

} // namespace plc
