#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// One `quantscope-cli` sub-command. Subclasses declare their options and do the work;
// this base parses, prints --help, and turns engine errors into exit statuses.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // args start with the command name. Returns the process exit status.
    int run(const QStringList &args);

protected:
    // Add options and positional arguments to the parser.
    virtual void configure(QCommandLineParser &parser) = 0;
    // Do the work; throw qs::Error for bad input. Returns the exit status.
    virtual int execute(const QCommandLineParser &parser) = 0;

    // Reports a usage problem on stderr and returns ExitUsage.
    int usageError(const QString &message) const;

    static QTextStream &out();
    static QTextStream &err();

private:
    QCommandLineParser m_parser;
};
