#include "ui/widgets/EndpointDoctorWidget.h"

#include "diagnostics/EndpointCheckText.h"
#include "diagnostics/EndpointDoctor.h"
#include "ui/widgets/WizardParts.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QColor colourOf(EndpointCheckText::State state)
{
    switch (state) {
    case EndpointCheckText::State::Passed:
        return {0x1a, 0x7f, 0x37};
    case EndpointCheckText::State::Warning:
        return {0xb2, 0x6a, 0x00};
    case EndpointCheckText::State::Failed:
        return {0xc5, 0x22, 0x1f};
    default:
        return {0x6e, 0x6e, 0x6e};
    }
}
} // namespace

EndpointDoctorWidget::EndpointDoctorWidget(QWidget *parent)
    : QWidget(parent)
    , m_doctor(new EndpointDoctor(this))
    , m_address(new QLineEdit(this))
    , m_addressLabel(new QLabel(this))
    , m_problem(WizardParts::problemLabel(u"endpointAddressProblem"_s, this))
    , m_check(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_verdict(WizardParts::textLabel(u"checkVerdict"_s, this))
    , m_cause(WizardParts::textLabel(u"checkCause"_s, this))
{
    setObjectName(u"endpointDoctor"_s);
    m_address->setObjectName(u"endpointAddressEdit"_s);
    m_address->setPlaceholderText(u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com:4000"_s);
    m_addressLabel->setBuddy(m_address);
    m_check->setObjectName(u"checkEndpointButton"_s);
    m_check->setDefault(false);
    m_cancel->setObjectName(u"cancelCheckButton"_s);
    m_copy->setObjectName(u"copyCheckReport"_s);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    auto *row = new QHBoxLayout;
    row->addWidget(m_addressLabel);
    row->addWidget(m_address, 1);
    row->addWidget(m_check);
    row->addWidget(m_cancel);
    auto *steps = new QGridLayout;
    steps->setColumnStretch(1, 1);
    for (int i = 0; i < 3; ++i) {
        auto *mark = new QLabel(this);
        mark->setObjectName(u"checkMark%1"_s.arg(i));
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(u"✓✓"_s));
        mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        auto *text = WizardParts::textLabel(u"checkStep%1"_s.arg(i), this);
        steps->addWidget(mark, i, 0, Qt::AlignTop);
        steps->addWidget(text, i, 1);
        m_marks.append(mark);
        m_steps.append(text);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addLayout(steps);
    layout->addWidget(m_verdict);
    layout->addWidget(m_cause);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    connect(m_address, &QLineEdit::textChanged, this, &EndpointDoctorWidget::validate);
    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        if (m_check->isEnabled())
            check();
    });
    connect(m_check, &QPushButton::clicked, this, &EndpointDoctorWidget::check);
    connect(m_cancel, &QPushButton::clicked, this, &EndpointDoctorWidget::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(EndpointCheckText::plainText(m_report));
    });
    retranslate();
    validate();
    showIdle();
}

void EndpointDoctorWidget::setAddress(const QString &hostAndPort)
{
    m_address->setText(hostAndPort);
}

QString EndpointDoctorWidget::address() const
{
    return m_address->text();
}

void EndpointDoctorWidget::validate()
{
    const EndpointAddress target = EndpointAddress::parse(m_address->text());
    m_problem->setText(target.problem);
    m_problem->setVisible(!target.isValid() && !m_address->text().isEmpty());
    m_check->setEnabled(target.isValid() && !m_doctor->isRunning());
}

void EndpointDoctorWidget::check()
{
    const EndpointAddress target = EndpointAddress::parse(m_address->text());
    if (!target.isValid())
        return;
    EndpointCheckReport starting;
    starting.target = target;
    starting.timeoutMs = m_doctor->timeout();
    show(starting);
    EndpointCheckJob *job = m_doctor->check(target);
    connect(job, &EndpointCheckJob::stepped, this, &EndpointDoctorWidget::show);
    job->onFinished(this, [this](const EndpointCheckReport &report) {
        show(report);
        Q_EMIT checkFinished(report);
    });
    m_check->setEnabled(false);
    m_cancel->setEnabled(true);
    m_address->setReadOnly(true);
}

void EndpointDoctorWidget::cancel()
{
    m_doctor->cancel();
}

void EndpointDoctorWidget::show(const EndpointCheckReport &report)
{
    m_report = report;
    m_shown = true;
    const auto lines = EndpointCheckText::lines(report);
    for (int i = 0; i < lines.size() && i < m_steps.size(); ++i) {
        m_marks[i]->setText(EndpointCheckText::marker(lines[i].state));
        QPalette palette = m_marks[i]->palette();
        palette.setColor(QPalette::WindowText, colourOf(lines[i].state));
        m_marks[i]->setPalette(palette);
        m_steps[i]->setText(lines[i].text);
    }
    m_verdict->setText(EndpointCheckText::verdict(report));
    m_verdict->setVisible(report.isFinished());
    m_cause->setText(EndpointCheckText::likelyCause(report));
    m_cause->setVisible(!m_cause->text().isEmpty());
    m_copy->setEnabled(report.isFinished());
    if (report.isFinished()) {
        m_cancel->setEnabled(false);
        m_address->setReadOnly(false);
        validate();
    }
}

void EndpointDoctorWidget::showIdle()
{
    EndpointCheckReport idle;
    idle.target = EndpointAddress::parse(m_address->text());
    show(idle);
    m_shown = false;
    // Before a check, the steps say what will be done.
    m_steps[0]->setText(tr("Resolve the host name (is it a private address?)."));
    for (QLabel *mark : std::as_const(m_marks))
        mark->setText(EndpointCheckText::marker(EndpointCheckText::State::Pending));
    m_cancel->setEnabled(false);
    m_copy->setEnabled(false);
}

void EndpointDoctorWidget::retranslate()
{
    m_addressLabel->setText(tr("&Host and port:"));
    m_address->setAccessibleName(tr("Host and port to check"));
    m_check->setText(tr("&Check"));
    m_cancel->setText(tr("Cancel Check"));
    m_copy->setText(tr("Copy Report"));
    if (m_shown)
        show(m_report);
    else
        showIdle();
}

void EndpointDoctorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace plc
