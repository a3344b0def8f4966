#include "ui/RequestLogWindow.h"

#include "ui/widgets/HeaderFit.h"

#include "api/RequestLog.h"
#include "models/RequestLogModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

RequestLogWindow::RequestLogWindow(RequestLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new RequestLogModel(log, this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_copy(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"requestLogWindow"_s);
    m_table->setObjectName(u"requestLogTable"_s);
    m_copy->setObjectName(u"copyLogButton"_s);
    m_note->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(RequestLogModel::PathColumn, 420);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_model->toText()); });
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Follow new calls as they arrive.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
    resize(1000, 480);
    retranslate();
}

void RequestLogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RequestLogWindow::retranslate()
{
    setWindowTitle(tr("Request Log"));
    m_note->setText(tr("Every API call of this session, for support. It never contains your "
                       "API key. Give the trace ID to TiDB Cloud Support when a call failed."));
    m_table->setAccessibleName(tr("Request log"));
    m_copy->setText(tr("&Copy All"));
    m_clear->setText(tr("C&lear"));
    m_close->setText(tr("Close"));
    fitHeaderTexts(m_table->horizontalHeader());
}

} // namespace plc
