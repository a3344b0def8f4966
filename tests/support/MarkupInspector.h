#pragma once

// What a window shows of text that came from outside (names, server messages), computed the way
// Qt renders it: a label, a tooltip or a wizard header that reads such text as markup shows
// something else than the text, and may link to anywhere.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QSet>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QWizard>

namespace plc::test {

/// A piece of hostile outside text (`literal`, e.g. `<b>HX01</b>`) and the `marker` in it that
/// stays visible however the text is rendered (`HX01`). Markers must not contain one another.
struct HostileText
{
    QString marker;
    QString literal;
};

namespace markup {

/// What a mnemonic-aware widget (a button, a menu's action, a label with a buddy) shows: each
/// `&` is taken away and the character after it kept ("&&" shows one "&").
inline QString withoutMnemonics(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size())
                shown += text.at(++i);
            continue;
        }
        shown += text.at(i);
    }
    return shown;
}

/// What `text` shows in `format` (AutoText: rich when Qt::mightBeRichText() says so, as a
/// QLabel and a tooltip decide), and whether it links to evil.example; empty when it is fine.
inline QString problemWith(const QString &text, Qt::TextFormat format, bool mnemonics,
                           const QList<HostileText> &hostile)
{
    const bool outside = std::any_of(hostile.cbegin(), hostile.cend(),
                                     [&](const HostileText &h) { return text.contains(h.marker); });
    if (!outside)
        return {};
    const bool rich = format == Qt::RichText || format == Qt::MarkdownText ||
                      (format == Qt::AutoText && Qt::mightBeRichText(text));
    QString shown = text;
    bool evilLink = false;
    if (rich) {
        QTextDocument document;
        if (format == Qt::MarkdownText)
            document.setMarkdown(text);
        else
            document.setHtml(text);
        shown = document.toPlainText();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                evilLink = evilLink || (f.isAnchor() &&
                                        f.anchorHref().contains(QLatin1StringView("evil.example")));
            }
        }
    }
    if (mnemonics)
        shown = withoutMnemonics(shown);
    QStringList wrong;
    for (const HostileText &h : hostile) {
        // Every marker shown must be part of the whole literal, shown as it is.
        const qsizetype markers = shown.count(h.marker);
        const qsizetype expected = shown.count(h.literal) * h.literal.count(h.marker);
        if (markers != expected || (text.contains(h.marker) && markers == 0))
            wrong.append(h.literal);
    }
    if (evilLink)
        wrong.append(QStringLiteral("a link to evil.example"));
    if (wrong.isEmpty())
        return {};
    return QStringLiteral("%1 %2 shows “%3” for “%4” (not shown as it is: %5)")
        .arg(rich ? QStringLiteral("rich") : QStringLiteral("plain"),
             mnemonics ? QStringLiteral("with mnemonics") : QString(), shown, text,
             wrong.join(QStringLiteral(", ")));
}

/// `object` and the named objects above it, up to its window: enough to find it.
inline QString pathOf(const QObject *object)
{
    QStringList names;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString cls = QString::fromLatin1(o->metaObject()->className());
        if (o == object || !o->objectName().isEmpty())
            names.prepend(o->objectName().isEmpty()
                              ? cls
                              : o->objectName() + QStringLiteral(" (") + cls + u')');
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return names.join(QStringLiteral(" › "));
}

} // namespace markup

/// Every label (wizard headers and message boxes included), page title and subtitle, button
/// text, widget and action tooltip, action text and item view cell tooltip of `window` that
/// would not show the hostile text as it is, each named with where it is.
inline QStringList markupProblems(QWidget *window, const QList<HostileText> &hostile)
{
    QStringList found;
    const auto check = [&](const QObject *where, const QString &what, const QString &text,
                           Qt::TextFormat format, bool mnemonics) {
        const QString problem = markup::problemWith(text, format, mnemonics, hostile);
        if (!problem.isEmpty())
            found.append(markup::pathOf(where) + QStringLiteral(" [") + what +
                         QStringLiteral("]: ") + problem);
    };
    // The window's own widgets, and those of the windows over it that are open (a message
    // box); a closed wizard waiting to be deleted is not looked at again.
    QList<QWidget *> widgets{window};
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->window() == window || child->window()->isVisible())
            widgets.append(child);
    }
    QSet<QAction *> actions;
    const QList<QAction *> owned = window->findChildren<QAction *>();
    for (QAction *action : owned) {
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        if (!owner || owner->window() == window || owner->window()->isVisible())
            actions.insert(action);
    }
    for (QWidget *w : std::as_const(widgets)) {
        check(w, QStringLiteral("tooltip"), w->toolTip(), Qt::AutoText, false);
        if (auto *label = qobject_cast<QLabel *>(w))
            check(label, QStringLiteral("label"), label->text(), label->textFormat(),
                  label->buddy() != nullptr);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(button, QStringLiteral("button"), button->text(), Qt::PlainText, true);
        if (auto *wizard = qobject_cast<QWizard *>(w)) {
            const QList<int> ids = wizard->pageIds();
            for (int id : ids) {
                const QWizardPage *page = wizard->page(id);
                check(page, QStringLiteral("title"), page->title(), wizard->titleFormat(), false);
                check(page, QStringLiteral("subtitle"), page->subTitle(), wizard->subTitleFormat(),
                      false);
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 300); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QVariant tip = model->index(row, column).data(Qt::ToolTipRole);
                    if (tip.typeId() == QMetaType::QString)
                        check(view, QStringLiteral("cell %1,%2 tooltip").arg(row).arg(column),
                              tip.toString(), Qt::AutoText, false);
                }
            }
        }
        const QList<QAction *> attached = w->actions();
        for (QAction *action : attached)
            actions.insert(action);
    }
    for (QAction *action : std::as_const(actions)) {
        check(action, QStringLiteral("action tooltip"), action->toolTip(), Qt::AutoText, false);
        check(action, QStringLiteral("action text"), action->text(), Qt::PlainText, true);
    }
    return found;
}

} // namespace plc::test
