#include "base/CommandLineDescription.h"

#include <QCoreApplication>

#include <QStringList>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

constexpr qsizetype HelpWidth = 79;

/// A character a terminal shows two columns wide (Chinese, Japanese, fullwidth forms).
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6);
}

/// Closing punctuation that must not start a line (、。，）」 and the like).
bool closesPhrase(QChar c)
{
    return QStringView(u"、。，．：；！？）」』】〕〉》"_s).contains(c);
}

qsizetype columns(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += isWide(c) ? 2 : 1;
    return n;
}

/// The pieces a line may break between: space-separated words, and each wide character on its
/// own (Chinese and Japanese break between any two characters), closing punctuation kept with
/// what it closes. Each piece says whether a space goes before it.
QList<std::pair<QString, bool>> breakablePieces(const QString &text)
{
    QList<std::pair<QString, bool>> pieces;
    bool spaceBefore = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            spaceBefore = true;
            continue;
        }
        const bool startsPiece = pieces.isEmpty() || spaceBefore ||
                                 (isWide(c) && !closesPhrase(c)) ||
                                 isWide(pieces.constLast().first.back());
        if (startsPiece && !(closesPhrase(c) && !spaceBefore && !pieces.isEmpty()))
            pieces.append({QString(c), spaceBefore && !pieces.isEmpty()});
        else
            pieces.last().first += c;
        spaceBefore = false;
    }
    return pieces;
}

/// `text` laid out in lines of at most HelpWidth columns, each starting with `indent` spaces;
/// the first line starts with `first` instead, when given.
QString wrapped(const QString &text, qsizetype indent, const QString &first = {})
{
    const QString margin(indent, u' ');
    QString out;
    QString line = first.isEmpty() ? margin : first.leftJustified(indent);
    qsizetype width = columns(line);
    for (const auto &[piece, spaced] : breakablePieces(text)) {
        const qsizetype needed = columns(piece) + (spaced ? 1 : 0);
        if (width > indent && width + needed > HelpWidth) {
            out += line + u'\n';
            line = margin;
            width = indent;
        } else if (spaced && width > indent) {
            line += u' ';
            ++width;
        }
        line += piece;
        width += columns(piece);
    }
    return out + line + u'\n';
}

QString helpList(const QString &title, const QList<CommandLineDescription::Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    QString out = u'\n' + title + u'\n';
    for (const CommandLineDescription::Entry &entry : entries) {
        if (entry.name.size() <= 3) {
            // A short name (an exit status) and its text on one line.
            out += wrapped(entry.text, 6, u"  "_s + entry.name);
        } else {
            out += u"  "_s + entry.name + u'\n' + wrapped(entry.text, 6);
        }
    }
    return out;
}

QString roffList(const QString &section, const QList<CommandLineDescription::Entry> &entries,
                 const char *font)
{
    if (entries.isEmpty())
        return {};
    QString out = u".SH "_s + section + u'\n';
    for (const CommandLineDescription::Entry &entry : entries) {
        out += u".TP\n"_s + QLatin1StringView(font) + u' ' +
               CommandLineDescription::roffEscaped(entry.name) + u'\n' +
               CommandLineDescription::roffEscaped(entry.text) + u'\n';
    }
    return out;
}

QString optionHeading(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << u"\\fB"_s +
                     CommandLineDescription::roffEscaped((name.size() == 1 ? u"-"_s : u"--"_s) +
                                                         name) +
                     u"\\fR"_s;
    QString heading = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        heading += u" \\fI"_s + CommandLineDescription::roffEscaped(option.valueName()) + u"\\fR"_s;
    return heading;
}

} // namespace

QString CommandLineDescription::roffEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (const QChar c : text) {
        if (lineStart && (c == u'.' || c == u'\''))
            out += u"\\&"_s;
        lineStart = c == u'\n';
        switch (c.unicode()) {
        case u'\\':
            out += u"\\e"_s;
            break;
        case u'-':
            out += u"\\-"_s;
            break;
        case 0x201C:
            out += u"\\(lq"_s;
            break; // “
        case 0x201D:
            out += u"\\(rq"_s;
            break; // ”
        case 0x2018:
            out += u"\\(oq"_s;
            break; // ‘
        case 0x2019:
            out += u"\\(cq"_s;
            break; // ’
        case 0x2014:
            out += u"\\(em"_s;
            break; // —
        case 0x2013:
            out += u"\\(en"_s;
            break; // –
        case 0x2026:
            out += u"\\&...\\&"_s;
            break; // …
        default:
            // A control character has no place on a manual page: shown as a space.
            out += (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f ? u' ' : c;
        }
    }
    return out;
}

void CommandLineDescription::process(QCommandLineParser &parser, const QStringList &arguments) const
{
    QString description = summary + u'\n';
    for (const QString &paragraph : paragraphs)
        description += u'\n' + wrapped(paragraph, 0);
    parser.setApplicationDescription(description.trimmed());
    parser.addHelpOption();
    const QCommandLineOption version(
        {u"v"_s, u"version"_s},
        QCoreApplication::translate("CommandLineDescription",
                                    "Show the version and the Qt version, and exit."));
    QCommandLineOption page(u"man-page"_s, u"Print the manual page in roff and exit."_s);
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(version);
    parser.addOptions(options);
    parser.addOption(page);
    if (parser.parse(arguments)) {
        if (parser.isSet(u"help"_s)) {
            QTextStream(stdout) << parser.helpText() << helpLists();
            ::exit(EXIT_SUCCESS);
        }
        if (parser.isSet(version)) {
            QTextStream(stdout) << versionText() << Qt::endl;
            ::exit(EXIT_SUCCESS);
        }
        if (parser.isSet(page)) {
            QTextStream(stdout) << manPage(QStringLiteral(PLC_VERSION),
                                           QStringLiteral(PLC_RELEASE_DATE));
            ::exit(EXIT_SUCCESS);
        }
    }
    parser.process(arguments); // errors, --help-all
}

QString CommandLineDescription::versionText()
{
    return QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() +
           u'\n' + qtVersionText();
}

QString CommandLineDescription::qtVersionText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built
               ? u"Qt "_s + running
               : QCoreApplication::translate("CommandLineDescription", "Qt %1 (built with Qt %2)")
                     .arg(running, built);
}

QString CommandLineDescription::helpLists() const
{
    QString out;
    out += helpList(QCoreApplication::translate("CommandLineDescription", "Exit status:"),
                    exitStatuses);
    out += helpList(QCoreApplication::translate("CommandLineDescription", "Environment:"),
                    environment);
    out += helpList(QCoreApplication::translate("CommandLineDescription", "Files:"), files);
    return out;
}

QString CommandLineDescription::manPage(const QString &version, const QString &date) const
{
    const QString name = roffEscaped(program);
    QString out = u".\\\" Written by "_s + program + u" --man-page; do not edit.\n"_s;
    out += u".TH "_s + name.toUpper() + u" 1 \""_s + date + u"\" \""_s + name + u' ' + version +
           u"\" \"User Commands\"\n"_s;
    // NAME as whatis(1) lists it: the summary starting in lower case, without its full stop.
    QString whatis = summary;
    if (whatis.endsWith(u'.'))
        whatis.chop(1);
    if (whatis.size() > 1 && whatis.at(1).isLower())
        whatis[0] = whatis.at(0).toLower();
    out += u".nh\n.ad l\n"_s; // no hyphenated names and paths, ragged right
    out += u".SH NAME\n"_s + name + u" \\- "_s + roffEscaped(whatis) + u'\n';
    out += u".SH SYNOPSIS\n.B "_s + name + u"\n[\\fIoptions\\fR]\n"_s;
    out += u".SH DESCRIPTION\n"_s;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        out += (i ? u".PP\n"_s : QString()) + roffEscaped(paragraphs.at(i)) + u'\n';
    out += u".SH OPTIONS\n"_s;
    out += u".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the options, exit statuses, environment "
           "variables and files, and exit.\n"_s;
    out += u".TP\n\\fB\\-\\-help\\-all\\fR\nThe same, with Qt's own options (such as "
           "\\fB\\-platform\\fR), and exit.\n"_s;
    out += u".TP\n\\fB\\-v\\fR, \\fB\\-\\-version\\fR\nShow the version and the Qt version, "
           "and exit.\n"_s;
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        out += u".TP\n"_s + optionHeading(option) + u'\n' + roffEscaped(option.description()) +
               (option.defaultValues().isEmpty()
                    ? QString()
                    : u" Default: "_s + roffEscaped(option.defaultValues().join(u", "_s)) + u'.') +
               u'\n';
    }
    out += roffList(u"EXIT STATUS"_s, exitStatuses, ".B");
    out += roffList(u"ENVIRONMENT"_s, environment, ".B");
    out += roffList(u"FILES"_s, files, ".I");
    if (!seeAlso.isEmpty()) {
        out += u".SH SEE ALSO\n"_s;
        for (qsizetype i = 0; i < seeAlso.size(); ++i) {
            const QString &page = seeAlso.at(i);
            const qsizetype paren = page.indexOf(u'(');
            out += u".BR "_s + roffEscaped(page.left(paren)) + u' ' + page.mid(paren) +
                   (i + 1 < seeAlso.size() ? u","_s : QString()) + u'\n';
        }
    }
    return out;
}

} // namespace plc
