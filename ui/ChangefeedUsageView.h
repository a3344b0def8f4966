#pragma once

#include "base/ApiError.h"
#include "domain/Changefeed.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace plc {

class ChangefeedTableModel;
class ColumnChooser;
class TextFilterProxy;

/// The "Used by" section of a connection's details: the changefeeds whose sink runs through
/// the connection, each with its sink type, port, state badge, checkpoint and how far behind
/// now it is, and the error of each failed or warning changefeed in plain sight below the
/// table. Its context menu copies a changefeed's ID or the equivalent
/// `ticloud serverless changefeed describe` command.
class ChangefeedUsageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangefeedUsageView)

public:
    explicit ChangefeedUsageView(QWidget *parent = nullptr);

    /// The changefeeds through the shown connection. `known` false: they could not be read,
    /// and `error` says why (Kind::None while the first read is on its way).
    void showChangefeeds(const QString &clusterId, const QList<Changefeed> &changefeeds, bool known,
                         const ApiError &error);

    ChangefeedTableModel *model() const { return m_model; }
    QString statusText() const;
    QString problemsText() const;
    /// The describe command for the current changefeed (empty when none is current).
    QString describeCommand() const;

Q_SIGNALS:
    /// What to tell the user (a copy was made).
    void told(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void refreshTexts();
    void fitTable();
    QString currentId() const;

    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_table;
    ChangefeedTableModel *m_model;
    TextFilterProxy *m_proxy;
    QLabel *m_problems;
    QAction *m_copyId;
    QAction *m_copyCommand;
    ColumnChooser *m_columns = nullptr;
    QTimer m_clock;
    QString m_clusterId;
    bool m_known = false;
    ApiError m_error;
};

} // namespace plc
