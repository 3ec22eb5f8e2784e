#include "PlanOptions.h"

#include "DataOptions.h"

#include <QTextStream>

void PlanOptions::addTo(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A TorchScript file (.pt), or demo:NAME for a built-in demo."));
    DataOptions::addTo(parser, /*withCalibration=*/true);
    parser.addOption({QStringLiteral("plan"), tr("A quantization plan (JSON). Default: PyTorch's default qconfig for the engine."),
                      tr("PLAN.json")});
    parser.addOption({QStringLiteral("engine"), tr("onednn (default) or qnnpack, when no --plan is given."), tr("ENGINE")});
    parser.addOption({QStringLiteral("batch"), tr("Batch size for evaluation and latency (default 64)."), tr("B"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("threads"), tr("LibTorch threads, pinned (default 2)."), tr("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("runs"), tr("Timed latency runs per model and batch size (default 30)."), tr("N"),
                      QStringLiteral("30")});
}

qs::QuantPlan PlanOptions::plan(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("plan")))
        return qs::QuantPlan::load(parser.value(QStringLiteral("plan")).toStdString());
    return qs::QuantPlan::defaultsFor(parser.isSet(QStringLiteral("engine"))
                                          ? qs::quantEngineFromString(parser.value(QStringLiteral("engine")).toStdString())
                                          : qs::QuantEngine::Onednn);
}

QString PlanOptions::positiveNumber(const QCommandLineParser &parser, const QString &option, std::size_t &value)
{
    bool ok = false;
    const qulonglong v = parser.value(option).toULongLong(&ok);
    if (!ok || v < 1)
        return tr("--%1 takes a positive whole number").arg(option);
    value = std::size_t(v);
    return {};
}

QString PlanOptions::nonNegativeNumber(const QCommandLineParser &parser, const QString &option, double &value)
{
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || v < 0.0)
        return tr("--%1 takes a number of at least 0").arg(option);
    value = v;
    return {};
}

QString prepareCommand(const QCommandLineParser &parser, std::size_t defaultEval, CommandSetup &setup)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return positional.isEmpty() ? PlanOptions::tr("missing MODEL") : PlanOptions::tr("expected one MODEL, got %1").arg(positional.size());
    if (!parser.isSet(QStringLiteral("data")))
        return PlanOptions::tr("missing --data (fashion-mnist, idx:IMAGES,LABELS, folder:DIR or tensors:FILE)");
    if (parser.isSet(QStringLiteral("plan")) && parser.isSet(QStringLiteral("engine")))
        return PlanOptions::tr("give --plan or --engine, not both (the plan names its engine)");
    for (const auto &[option, target] : std::initializer_list<std::pair<QString, std::size_t *>>{
             {QStringLiteral("batch"), &setup.batch}, {QStringLiteral("threads"), &setup.threads}, {QStringLiteral("runs"), &setup.runs}})
        if (QString problem = PlanOptions::positiveNumber(parser, option, *target); !problem.isEmpty())
            return problem;

    setup.loaded = LoadedModel::load(positional[0]);
    setup.plan = PlanOptions::plan(parser);
    setup.plan.validate(*setup.loaded.model);
    try {
        setup.spec = DataOptions::spec(parser, setup.loaded.model.get(), setup.loaded.demo);
    } catch (const DataOptionError &e) {
        return QString::fromStdString(e.what());
    }
    if (!setup.spec.calibCount)
        setup.spec.calibCount = 512;
    if (!setup.spec.evalCount && defaultEval > 0)
        setup.spec.evalCount = defaultEval;
    setup.split = qs::loadData(setup.spec);
    QTextStream err(stderr);
    err << DataOptions::notesText(setup.split.notes);
    return {};
}
