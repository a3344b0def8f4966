#include "ui/widgets/NoteLabel.h"

#include <QColor>
#include <QLabel>

namespace plc {

void NoteLabel::setKind(QLabel *label, Kind kind)
{
    QColor window, text;
    switch (kind) {
    case Kind::Problem:
        window = QColor(0xfd, 0xec, 0xea);
        text = QColor(0x8a, 0x1c, 0x14);
        break;
    case Kind::Attention:
        window = QColor(0xfe, 0xf3, 0xe0);
        text = QColor(0x5c, 0x3b, 0x00);
        break;
    case Kind::Success:
        window = QColor(0xe6, 0xf4, 0xea);
        text = QColor(0x0d, 0x52, 0x2a);
        break;
    }
    // Kept on the label, so that what the tint says can be read back (tests, accessibility).
    label->setProperty("noteKind", int(kind));
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    label->setPalette(palette);
}

NoteLabel::Kind NoteLabel::kindOf(const QLabel *label)
{
    return Kind(label->property("noteKind").toInt());
}

void NoteLabel::setUp(QLabel *label, Kind kind)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setAutoFillBackground(true);
    setKind(label, kind);
    label->hide();
}

} // namespace plc
