#pragma once

// A stand-in for a provider's CLI (`aws`, `aliyun`), to see exactly which arguments a shell
// hands over when it runs a command the console shows.
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace plc::test {

/// Writes the stand-in at `path`: each run prints its argument count, then each argument, every
/// one ended by a NUL, so that runsOf() reads back exactly what a shell handed over.
inline bool writeCliStub(const QString &path)
{
    QFile stub(path);
    if (!stub.open(QIODevice::WriteOnly))
        return false;
    stub.write(
        "#!/bin/sh\nprintf '%s\\0' \"$#\"\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\n");
    stub.close();
    return stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/// `script` run by /bin/sh with the folder `bin` (the stand-in's) first on PATH and `home` as
/// HOME: the arguments of each run of the stand-in, in order.
inline QList<QStringList> runsOf(const QString &script, const QString &bin, const QString &home)
{
    QProcess shell;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home);
    shell.setProcessEnvironment(env);
    shell.setWorkingDirectory(home);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    shell.waitForFinished(10'000);
    const QList<QByteArray> fields = shell.readAllStandardOutput().split('\0');
    QList<QStringList> runs;
    for (qsizetype i = 0; i + 1 < fields.size();) {
        const int count = fields.at(i++).toInt();
        QStringList arguments;
        for (int n = 0; n < count && i < fields.size(); ++n)
            arguments.append(QString::fromUtf8(fields.at(i++)));
        runs.append(arguments);
    }
    return runs;
}

} // namespace plc::test
