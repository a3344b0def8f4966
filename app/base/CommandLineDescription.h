#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace plc {

/// One program's command line, described once: QCommandLineParser is filled from it (so
/// --help shows it) and the manual page is written from it, so the two never drift apart.
struct CommandLineDescription
{
    /// A name with its explanation: an exit status, an environment variable, a file.
    struct Entry
    {
        QString name;
        QString text;
    };

    QString program;        ///< "privatelink-console"
    QString summary;        ///< one line, for the page's NAME and the top of --help
    QStringList paragraphs; ///< DESCRIPTION, in order
    /// Every option but the four process() adds to every program: --help, --help-all,
    /// --version and the hidden --man-page.
    QList<QCommandLineOption> options;
    QList<Entry> exitStatuses;
    QList<Entry> environment;
    QList<Entry> files;
    QStringList seeAlso; ///< "privatelink-sandbox(1)"

    /// Fills `parser` (the summary and description above the options, every option, and the
    /// four every program has: --help, --help-all, --version, the hidden --man-page) and
    /// processes `arguments` as QCommandLineParser::process() does. --help also shows the exit
    /// statuses, environment variables and files below the options; --version prints
    /// versionText(); --man-page prints manPage() for this version and release date. Exits
    /// after each of them, and after an argument error, as Qt does.
    void process(QCommandLineParser &parser, const QStringList &arguments) const;
    /// The program's name and version, then the Qt it runs on (qtVersionText()).
    static QString versionText();
    /// "Qt 6.4.2", with "(built with Qt …)" when the Qt it was built with is another.
    static QString qtVersionText();
    /// What --help prints below the options: the exit statuses, environment variables and
    /// files, each as an indented list.
    QString helpLists() const;
    /// The manual page in man(7) roff, section 1. `version` goes in the footer, `date`
    /// (YYYY-MM-DD: the release's, so that the page is the same on every build) beside it.
    QString manPage(const QString &version, const QString &date) const;

    /// Text made safe for roff: backslashes, a leading dot or quote, hyphens as minus signs
    /// where roff must not break or replace them.
    static QString roffEscaped(const QString &text);
};

} // namespace plc
