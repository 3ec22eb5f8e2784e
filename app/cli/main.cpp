#include "Command.h"
#include "CompareCommand.h"
#include "EvaluateCommand.h"
#include "ExitCode.h"
#include "InspectCommand.h"
#include "QuantizeCommand.h"
#include "SensitivityCommand.h"
#include "TrainDemoCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static std::vector<std::unique_ptr<Command>> commands()
    {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InspectCommand>());
        list.push_back(std::make_unique<EvaluateCommand>());
        list.push_back(std::make_unique<TrainDemoCommand>());
        list.push_back(std::make_unique<QuantizeCommand>());
        list.push_back(std::make_unique<CompareCommand>());
        list.push_back(std::make_unique<SensitivityCommand>());
        return list;
    }

    static int usage(QTextStream &stream, int status)
    {
        stream << tr("Usage: quantscope-cli COMMAND [options]") << "\n\n" << tr("Commands:") << '\n';
        for (const auto &c : commands())
            stream << "  " << c->name().leftJustified(14, QLatin1Char(' ')) << c->summary() << '\n';
        stream << '\n' << tr("Run 'quantscope-cli COMMAND --help' for a command's options.") << '\n'
               << tr("Exit status: 0 success, 1 failure, 2 usage error, 3 bad input (model, data or plan).") << '\n';
        stream.flush();
        return status;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quantscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUANTSCOPE_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty())
        return Cli::usage(err, ExitUsage);
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help"))
        return Cli::usage(out, ExitOk);
    if (args.first() == QLatin1String("--version")) {
        out << "quantscope-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const auto &command : Cli::commands())
        if (command->name() == args.first())
            return command->run(args);
    err << Cli::tr("quantscope-cli: unknown command '%1'").arg(args.first()) << "\n\n";
    return Cli::usage(err, ExitUsage);
}
