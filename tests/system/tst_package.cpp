// The Debian package, built by `cpack -G DEB` from this build: its control fields, its files,
// lintian's verdict, the desktop entry and AppStream file, the manual pages against --help, and
// the packaged (stripped) programs run without a display.
#include "base/CommandLineDescription.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
    QByteArray describe() const { return (out + u'\n' + err).toUtf8(); }
};

/// Runs a program to its end (two minutes at most) without a display or offscreen platform, in
/// the C.UTF-8 locale.
Run run(const QString &program, const QStringList &arguments, const QString &workDir = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1StringView(name));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"MANWIDTH"_s, u"80"_s);
    process.setProcessEnvironment(environment);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10'000) || !process.waitForFinished(120'000)) {
        result.err = program + u": did not run: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString sourcePath(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("PLC_TEST_SOURCE_DIR")) + u'/' + relative;
}

QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    auto be32 = [&](int at) {
        return int((uchar(header[at]) << 24) | (uchar(header[at + 1]) << 16) |
                   (uchar(header[at + 2]) << 8) | uchar(header[at + 3]));
    };
    return {be32(16), be32(20)};
}

/// The options a --help text or a rendered manual page's OPTIONS section names.
QStringList optionNames(const QString &text, const QRegularExpression &line)
{
    QStringList names;
    for (const QString &row : text.split(u'\n')) {
        const QRegularExpressionMatch match = line.match(row);
        if (match.hasMatch())
            names << match.captured(1);
    }
    names.sort();
    return names;
}

QString section(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    const qsizetype end = to.isEmpty() ? text.size() : text.indexOf(to, start);
    return start < 0 || end < 0 ? QString() : text.mid(start, end - start);
}

const QString AppId = QStringLiteral(PLC_APP_ID);

} // namespace

class TestPackage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root; ///< the package's files, unpacked

    QString installed(const QString &path) const { return m_root + path; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const Run cpack =
            run(QStringLiteral(PLC_CPACK),
                {u"-G"_s, u"DEB"_s, u"--config"_s,
                 QStringLiteral(PLC_BUILD_DIR) + u"/CPackConfig.cmake"_s, u"-B"_s, m_work.path()});
        QVERIFY2(cpack.ok(), cpack.describe());
        m_deb = m_work.filePath(u"privatelink-console_"_s + QStringLiteral(PLC_VERSION) +
                                u"_amd64.deb"_s);
        QVERIFY2(QFile::exists(m_deb), qPrintable(u"no "_s + m_deb));
        m_root = m_work.filePath(u"root"_s);
        const Run unpack = run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root});
        QVERIFY2(unpack.ok(), unpack.describe());
    }

    void controlFieldsNameWhatItNeeds()
    {
        auto field = [this](const QString &name) {
            return run(u"dpkg-deb"_s, {u"-f"_s, m_deb, name}).out.trimmed();
        };
        QCOMPARE(field(u"Package"_s), u"privatelink-console"_s);
        QCOMPARE(field(u"Version"_s), QStringLiteral(PLC_VERSION));
        QCOMPARE(field(u"Architecture"_s), u"amd64"_s);
        QVERIFY(field(u"Maintainer"_s).contains(u'@'));
        QVERIFY(field(u"Homepage"_s).startsWith(u"https://"_s));
        // dpkg-shlibdeps' libraries, and what Qt opens at run time.
        const QStringList depends = field(u"Depends"_s).split(u", "_s);
        auto depended = [&](const QString &package) {
            return std::any_of(depends.cbegin(), depends.cend(), [&](const QString &entry) {
                return entry == package || entry.startsWith(package + u" ("_s);
            });
        };
        for (const QString &package :
             {u"libc6"_s, u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s,
              u"libqt6network6"_s, u"libqt6sql6"_s, u"libqt6svg6"_s, u"libqt6keychain1"_s,
              u"libqt6httpserver6"_s, u"libqt6sql6-sqlite"_s, u"libsecret-1-0"_s})
            QVERIFY2(depended(package),
                     qPrintable(package + u" not in Depends: "_s + depends.join(u", "_s)));
        QCOMPARE(field(u"Recommends"_s),
                 u"fonts-noto-cjk, qt6-translations-l10n, gnome-keyring | kwalletmanager, "
                 "awscli, qt6-wayland"_s);
        const QString description = field(u"Description"_s);
        QVERIFY(description.startsWith(u"console for TiDB Cloud private link connections\n"_s));
        QVERIFY(description.contains(u"privatelink-sandbox"_s));
    }

    void holdsEveryFileUnderUsr()
    {
        const Run listing = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
        QVERIFY2(listing.ok(), listing.describe());
        QStringList files;
        for (const QString &line : listing.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList columns = line.simplified().split(u' ');
            QCOMPARE(columns.value(1), u"root/root"_s);
            const QString path = columns.constLast().mid(1); // "./usr/…" → "/usr/…"
            QVERIFY2(path.startsWith(u"/usr/"_s), qPrintable(path));
            if (!columns.constFirst().startsWith(u'd')) {
                files << path;
                QVERIFY2(columns.constFirst() ==
                             (path.startsWith(u"/usr/bin/"_s) ? u"-rwxr-xr-x"_s : u"-rw-r--r--"_s),
                         qPrintable(line));
            }
        }
        QStringList expected = {
            u"/usr/bin/privatelink-console"_s,
            u"/usr/bin/privatelink-sandbox"_s,
            u"/usr/share/applications/"_s + AppId + u".desktop"_s,
            u"/usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s,
            u"/usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
            u"/usr/share/man/man1/privatelink-console.1.gz"_s,
            u"/usr/share/man/man1/privatelink-sandbox.1.gz"_s,
            u"/usr/share/doc/privatelink-console/changelog.gz"_s,
            u"/usr/share/doc/privatelink-console/copyright"_s,
        };
        for (const QString &size : QStringLiteral(PLC_ICON_SIZES).split(u','))
            expected << u"/usr/share/icons/hicolor/%1x%1/apps/"_s.arg(size) + AppId + u".png"_s;
        expected.sort();
        files.sort();
        // Nothing missing and nothing more: the translations are inside the console.
        QCOMPARE(files, expected);
    }

    void iconsAreDrawnAtTheirSizes()
    {
        for (const QString &sizeText : QStringLiteral(PLC_ICON_SIZES).split(u',')) {
            const int size = sizeText.toInt();
            const QString path =
                installed(u"/usr/share/icons/hicolor/%1x%1/apps/"_s.arg(size) + AppId + u".png"_s);
            QCOMPARE(pngSize(path), QSize(size, size));
        }
    }

    void programsAreStripped()
    {
        for (const QString &program : {u"privatelink-console"_s, u"privatelink-sandbox"_s}) {
            const Run sections =
                run(u"readelf"_s, {u"--section-headers"_s, installed(u"/usr/bin/"_s + program)});
            QVERIFY2(sections.ok(), sections.describe());
            for (const QString &name : {u".debug_info"_s, u".symtab"_s, u".comment"_s})
                QVERIFY2(!sections.out.contains(u' ' + name + u' '),
                         qPrintable(program + u" still has "_s + name));
            const Run dynamic =
                run(u"readelf"_s, {u"--dynamic"_s, installed(u"/usr/bin/"_s + program)});
            QVERIFY2(dynamic.out.contains(u"BIND_NOW"_s), qPrintable(program + u": no BIND_NOW"_s));
        }
    }

    void lintianFindsNoErrorOrWarning()
    {
        const Run lintian =
            run(u"lintian"_s, {u"--tag-display-limit"_s, u"0"_s, u"--info"_s, u"--pedantic"_s,
                               u"--display-experimental"_s, m_deb});
        QVERIFY2(lintian.exitCode == 0 || lintian.exitCode == 2, lintian.describe());
        const QStringList tags = lintian.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &tag : tags) {
            QVERIFY2(!tag.startsWith(u"E: "_s) && !tag.startsWith(u"W: "_s), qPrintable(tag));
            qInfo("lintian: %s", qPrintable(tag)); // informational and pedantic tags, shown
        }
    }

    void desktopEntryAndAppStreamAreValid()
    {
        const Run desktop = run(u"desktop-file-validate"_s,
                                {installed(u"/usr/share/applications/"_s + AppId + u".desktop"_s)});
        QVERIFY2(desktop.ok() && desktop.out.trimmed().isEmpty(), desktop.describe());
        const Run appstream = run(
            u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--explain"_s,
                                installed(u"/usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s)});
        QVERIFY2(appstream.ok(), appstream.describe());
    }

    /// The newest release in the AppStream file and in Debian's changelog is this version, on
    /// the release date the manual pages carry; every screenshot the AppStream file names is a
    /// file of this repository with the size it states.
    void releasesAndScreenshotsAgree()
    {
        QFile metainfo(installed(u"/usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&metainfo);
        QString firstVersion, firstDate;
        int screenshots = 0;
        const QString prefix =
            u"https://raw.githubusercontent.com/privatelink-console/privatelink-console/main/"_s;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "release"_L1 && firstVersion.isEmpty()) {
                firstVersion = xml.attributes().value("version"_L1).toString();
                firstDate = xml.attributes().value("date"_L1).toString();
            } else if (xml.name() == "image"_L1) {
                const QSize stated(xml.attributes().value("width"_L1).toInt(),
                                   xml.attributes().value("height"_L1).toInt());
                const QString url = xml.readElementText();
                QVERIFY2(url.startsWith(prefix), qPrintable(url));
                QCOMPARE(pngSize(sourcePath(url.mid(prefix.size()))), stated);
                ++screenshots;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(screenshots >= 3);
        QCOMPARE(firstVersion, QStringLiteral(PLC_VERSION));
        QCOMPARE(firstDate, QStringLiteral(PLC_RELEASE_DATE));

        const QString changelog = sourcePath(u"packaging/changelog"_s);
        QCOMPARE(run(u"dpkg-parsechangelog"_s, {u"-l"_s, changelog, u"-S"_s, u"Version"_s})
                     .out.trimmed(),
                 QStringLiteral(PLC_VERSION));
        const QString date =
            run(u"dpkg-parsechangelog"_s, {u"-l"_s, changelog, u"-S"_s, u"Date"_s}).out.trimmed();
        QCOMPARE(QDateTime::fromString(date, Qt::RFC2822Date).date(),
                 QDate::fromString(QStringLiteral(PLC_RELEASE_DATE), Qt::ISODate));
        // The packaged changelog is that file.
        const Run packaged = run(
            u"gzip"_s, {u"-dc"_s, installed(u"/usr/share/doc/privatelink-console/changelog.gz"_s)});
        QFile source(changelog);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(packaged.out, QString::fromUtf8(source.readAll()));
    }

    void programsRunWithoutADisplay()
    {
        const QString console = installed(u"/usr/bin/privatelink-console"_s);
        const Run version = run(console, {u"--version"_s});
        QVERIFY2(version.ok(), version.describe());
        QCOMPARE(version.out.section(u'\n', 0, 0),
                 u"privatelink-console "_s + QStringLiteral(PLC_VERSION));
        QCOMPARE(version.out.section(u'\n', 1, 1).section(u' ', 0, 1),
                 u"Qt "_s + QString::fromLatin1(qVersion()));
        const Run sandboxVersion = run(installed(u"/usr/bin/privatelink-sandbox"_s), {u"-v"_s});
        QVERIFY2(sandboxVersion.out.startsWith(u"privatelink-sandbox "_s +
                                               QStringLiteral(PLC_VERSION) + u"\nQt "_s),
                 sandboxVersion.describe());
        // Nothing listens on port 1: the doctor says the connection was refused, exit 1.
        const Run check =
            run(console, {u"--check-endpoint"_s, u"127.0.0.1:1"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(u"refused"_s), check.describe());
    }

    void manualPagesRenderAndMatchTheHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("console") << u"privatelink-console"_s;
        QTest::newRow("sandbox") << u"privatelink-sandbox"_s;
    }

    void manualPagesRenderAndMatchTheHelp()
    {
        QFETCH(QString, program);
        const Run page =
            run(u"man"_s, {u"--warnings"_s, u"-l"_s,
                           installed(u"/usr/share/man/man1/"_s + program + u".1.gz"_s)});
        QVERIFY2(page.ok(), page.describe());
        QVERIFY2(page.err.trimmed().isEmpty(), qPrintable(u"groff warns: "_s + page.err));
        for (const QString &heading :
             {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s, u"EXIT STATUS"_s,
              u"ENVIRONMENT"_s, u"FILES"_s, u"SEE ALSO"_s})
            QVERIFY2(page.out.contains(u'\n' + heading + u'\n'), qPrintable(heading));
        QVERIFY(page.out.contains(program + u" - "_s));
        QVERIFY(page.out.contains(QStringLiteral(PLC_RELEASE_DATE)));

        const Run help = run(installed(u"/usr/bin/"_s + program), {u"--help"_s});
        QVERIFY2(help.ok(), help.describe());
        const QStringList inHelp =
            optionNames(section(help.out, u"Options:"_s, u"Exit status:"_s),
                        QRegularExpression(u"^  (?:-\\S, )?--([a-z][a-z-]*)"_s));
        const QStringList inPage =
            optionNames(section(page.out, u"\nOPTIONS\n"_s, u"\nEXIT STATUS\n"_s),
                        QRegularExpression(u"^       (?:-\\S, )?--([a-z][a-z-]*)"_s));
        QVERIFY(inHelp.size() >= 6);
        QCOMPARE(inPage, inHelp);
        // The exit statuses, variables and files --help lists are the page's.
        const QStringList listed =
            optionNames(section(help.out, u"Environment:"_s, {}),
                        QRegularExpression(u"^  ([A-Z~/.a-z][^ ]*(?:, [^ ]+)*)$"_s));
        QVERIFY(listed.size() >= 2);
        for (const QString &entry : listed) {
            for (const QString &name : entry.split(u", "_s))
                QVERIFY2(page.out.contains(name), qPrintable(name));
        }
        if (program == "privatelink-console"_L1) {
            const QString exits = section(page.out, u"\nEXIT STATUS\n"_s, u"\nENVIRONMENT\n"_s);
            for (const QString &status : {u"0"_s, u"1"_s, u"2"_s})
                QVERIFY(exits.contains(u"\n       "_s + status + u' '));
            QVERIFY(exits.contains(u"--check-endpoint"_s));
        }
    }

    /// The manual page is written in English whatever the language asked for; --help is in
    /// the language asked for, its lists wrapped to the terminal's 80 columns (Japanese
    /// counted two columns a character).
    void theManualPageIsEnglishAndTheHelpTranslated()
    {
        const QString console = installed(u"/usr/bin/privatelink-console"_s);
        const Run page = run(console, {u"--lang"_s, u"ja_JP"_s, u"--man-page"_s});
        QVERIFY2(page.ok(), page.describe());
        QVERIFY(page.out.contains(u"set up and run private link connections"_s));
        QVERIFY(std::none_of(page.out.cbegin(), page.out.cend(),
                             [](QChar c) { return c.unicode() > 0x2E80; }));
        const Run help = run(console, {u"--lang"_s, u"ja_JP"_s, u"--help"_s});
        QVERIFY2(help.ok(), help.describe());
        const QString lists = section(help.out, u"終了ステータス:"_s, {});
        QVERIFY2(lists.contains(u"環境変数:"_s), qPrintable(help.out));
        for (const QString &line : lists.split(u'\n')) {
            qsizetype width = 0;
            for (const QChar c : line)
                width += c.unicode() >= 0x2E80 ? 2 : 1;
            // Names of variables and files are never broken; every sentence is.
            static const QRegularExpression names(u"^  [A-Z~]"_s);
            QVERIFY2(width <= 79 || names.match(line).hasMatch(), qPrintable(line));
        }
    }

    /// What the page is written from reaches roff as text: a leading dot or quote is not a
    /// request, a backslash is not an escape, a control character is not passed on.
    void roffReadsTheDescriptionAsText()
    {
        QCOMPARE(plc::CommandLineDescription::roffEscaped(u".TH X\n'so /etc/passwd"_s),
                 u"\\&.TH X\n\\&'so /etc/passwd"_s);
        QCOMPARE(plc::CommandLineDescription::roffEscaped(u"a\\fBb --c\x1b[31m"_s),
                 u"a\\efBb \\-\\-c [31m"_s);
        plc::CommandLineDescription described;
        described.program = u"plc-test"_s;
        described.summary = u"Test."_s;
        described.paragraphs = {u".SH INJECTED\n\\fBbold\\fR 'x"_s};
        QFile file(m_work.filePath(u"plc-test.1"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(described.manPage(u"1"_s, u"2026-12-01"_s).toUtf8());
        file.close();
        const Run page = run(u"man"_s, {u"--warnings"_s, u"-l"_s, file.fileName()});
        QVERIFY2(page.ok() && page.err.trimmed().isEmpty(), page.describe());
        QVERIFY2(!page.out.contains(u"\nINJECTED"_s), qPrintable(page.out));
        QVERIFY2(page.out.contains(u".SH INJECTED \\fBbold\\fR 'x"_s), qPrintable(page.out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
