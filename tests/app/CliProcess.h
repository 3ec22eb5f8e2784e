#pragma once

// Runs quantscope-cli as a real process, the way a user's shell or CI script does.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct Run
{
    int status = -1; // exit status; -1 when the process crashed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// No time limit here: ctest's own timeout stops a hung process (the machine may be slow and shared).
inline Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(QS_CLI_PATH), args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}
