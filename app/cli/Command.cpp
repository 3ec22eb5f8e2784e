#include "Command.h"

#include "ExitCode.h"

#include "quantscope/Error.h"

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Command::usageError(const QString &message) const
{
    err() << QStringLiteral("quantscope-cli %1: ").arg(name()) << message << '\n'
          << tr("Run 'quantscope-cli %1 --help' for its usage.").arg(name()) << '\n';
    err().flush();
    return ExitUsage;
}

int Command::run(const QStringList &args)
{
    m_parser.setApplicationDescription(summary());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    m_parser.addOption(help);
    configure(m_parser);
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(help)) {
        out() << m_parser.helpText().replace(QStringLiteral("[options]"), name() + QStringLiteral(" [options]"));
        out().flush();
        return ExitOk;
    }
    try {
        const int status = execute(m_parser);
        out().flush();
        return status;
    } catch (const qs::Cancelled &) {
        out().flush();
        err() << tr("Cancelled.") << '\n';
        err().flush();
        return ExitFailure;
    } catch (const qs::Error &e) {
        out().flush();
        err() << QStringLiteral("quantscope-cli %1: ").arg(name()) << QString::fromStdString(e.what()) << '\n';
        err().flush();
        return ExitBadInput;
    } catch (const std::exception &e) {
        out().flush();
        err() << QStringLiteral("quantscope-cli %1: ").arg(name())
              << tr("internal error: %1").arg(QString::fromStdString(e.what())) << '\n';
        err().flush();
        return ExitFailure;
    }
}
