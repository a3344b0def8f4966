#include "CommandLineOptions.h"

#include "LanguageManager.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace plc {

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set up and run private link connections of TiDB Cloud clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Wait for the first data load, save a PNG of the main window to <file> and exit."),
        tr("file"));
    const QCommandLineOption lang(u"lang"_s, tr("Use this language: en, zh_CN or ja_JP."),
                                  tr("language"));
    parser.addOption(screenshot);
    parser.addOption(lang);
    parser.process(arguments);

    CommandLineOptions options;
    options.screenshotFile = parser.value(screenshot);
    options.language = parser.value(lang);
    if (parser.isSet(lang) && !LanguageManager::availableLanguages().contains(options.language)) {
        options.error =
            tr("Unknown language “%1”. Use one of: %2.")
                .arg(options.language, LanguageManager::availableLanguages().join(u", "_s));
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("Unexpected argument “%1”. See --help.")
                            .arg(parser.positionalArguments().constFirst());
    }
    return options;
}

} // namespace plc
