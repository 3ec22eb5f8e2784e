#include "CompareCommand.h"

#include "ComparisonChecks.h"
#include "ComparisonJson.h"
#include "ComparisonReport.h"
#include "ExitCode.h"
#include "PlanOptions.h"

#include "quantscope/Comparison.h"
#include "quantscope/Error.h"

#include <QJsonDocument>

#include <cmath>

namespace {

QString db(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    if (std::isinf(v))
        return QStringLiteral("inf");
    return QString::number(v, 'f', 1);
}

QString pct(const std::optional<qs::AccuracyResult> &a)
{
    return a ? QStringLiteral("%1 %").arg(a->top1 * 100.0, 0, 'f', 2) : QStringLiteral("-");
}

QString cell(const QString &s, int width)
{
    return s.rightJustified(width, QLatin1Char(' '));
}

} // namespace

QString CompareCommand::summary() const
{
    return tr("Size, speed, accuracy and per-layer error of a model and its quantized form, side by side.");
}

void CompareCommand::configure(QCommandLineParser &parser)
{
    PlanOptions::addTo(parser);
    parser.addOption({QStringLiteral("layer-samples"), tr("Evaluation samples run through both models for per-layer error (default 256)."),
                      tr("N"), QStringLiteral("256")});
    parser.addOption({QStringLiteral("flag-below"), tr("Flag layers whose output SQNR is below this many dB (default 20)."), tr("DB"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("report"), tr("Also write a self-contained HTML report."), tr("FILE.html")});
    parser.addOption({QStringLiteral("csv"), tr("Also write the per-layer table as CSV."), tr("FILE.csv")});
    ComparisonChecks::addTo(parser);
}

int CompareCommand::execute(const QCommandLineParser &parser)
{
    qs::ComparisonOptions options;
    CommandSetup setup;
    if (const QString problem = PlanOptions::positiveNumber(parser, QStringLiteral("layer-samples"), options.layerSamples); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = PlanOptions::nonNegativeNumber(parser, QStringLiteral("flag-below"), options.flagBelowDb); !problem.isEmpty())
        return usageError(problem);
    ComparisonChecks limits;
    if (const QString problem = limits.read(parser); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = prepareCommand(parser, 0, setup); !problem.isEmpty())
        return usageError(problem);
    if (limits.needLabels() && !setup.split.evaluation->hasLabels())
        throw qs::Error("--max-drop compares top-1 accuracy, and the evaluation data has no labels; "
                        "give labelled data or use --min-agreement");
    const LoadedModel &loaded = setup.loaded;
    const qs::QuantPlan &plan = setup.plan;
    const qs::DataSpec &spec = setup.spec;
    const qs::DataSplit &split = setup.split;
    options.batchSize = setup.batch;
    options.threads = int(setup.threads);
    options.latency.timedRuns = int(setup.runs);
    options.calibrationSamples = *spec.calibCount;

    qs::Progress progress;
    const bool json = parser.isSet(QStringLiteral("json"));
    const qs::ComparisonResult r = qs::compare(*loaded.model, plan, split, options, progress);
    const std::vector<std::string> &classes = split.evaluation->classNames();

    if (parser.isSet(QStringLiteral("report")))
        writeComparisonReport(parser.value(QStringLiteral("report")), r, loaded.model->summary().path, classes, plan.toJson());
    if (parser.isSet(QStringLiteral("csv")))
        writeLayerCsv(parser.value(QStringLiteral("csv")), r);

    const std::vector<ComparisonCheck> checks = limits.evaluate(r);
    const int status = ComparisonChecks::allPassed(checks) ? ExitOk : ExitCheckFailed;
    if (status != ExitOk)
        for (const auto &c : checks)
            if (!c.passed)
                err() << tr("a limit was not met (exit status 4): %1").arg(c.text) << '\n';
    if (json) {
        QJsonObject root = comparisonJson(r, classes);
        root.insert(QStringLiteral("model"), QString::fromStdString(loaded.model->summary().path));
        root.insert(QStringLiteral("data"), QString::fromStdString(spec.toString()));
        if (!checks.empty())
            root.insert(QStringLiteral("checks"), ComparisonChecks::toJson(checks));
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return status;
    }

    out() << tr("Model: %1, engine %2 (%3 form), %4 threads, calibrated on %5 samples, evaluated on %6 of %7")
                 .arg(QString::fromStdString(loaded.model->summary().path), QString::fromStdString(qs::toString(r.engine)),
                      QString::fromStdString(qs::toString(r.form)))
                 .arg(r.threads)
                 .arg(r.calibrationSamples)
                 .arg(r.evaluationSamples)
                 .arg(QString::fromStdString(r.dataDescription))
          << "\n\n";
    out() << QString().leftJustified(28, QLatin1Char(' ')) << cell(tr("original"), 14) << cell(tr("quantized"), 14) << "   " << tr("ratio") << '\n';
    auto row = [&](const QString &what, const QString &a, const QString &b, const QString &ratio) {
        out() << what.leftJustified(28, QLatin1Char(' ')) << cell(a, 14) << cell(b, 14) << "   " << ratio << '\n';
    };
    row(tr("file bytes"), QString::number(r.original.size.serializedBytes), QString::number(r.quantized.size.serializedBytes),
        QStringLiteral("%1x").arg(r.sizeRatio, 0, 'f', 3));
    row(tr("parameter bytes"), QString::number(r.original.size.totalParameterBytes()),
        QString::number(r.quantized.size.totalParameterBytes()), QStringLiteral("%1x").arg(r.parameterBytesRatio, 0, 'f', 3));
    auto speed = [](const qs::LatencyComparison &c) {
        return QStringLiteral("%1x (%2-%3)").arg(c.speedup, 0, 'f', 2).arg(c.speedupLow, 0, 'f', 2).arg(c.speedupHigh, 0, 'f', 2);
    };
    row(tr("ms/batch of %1, p50").arg(r.batchSize), QString::number(r.original.latency.p50, 'f', 3),
        QString::number(r.quantized.latency.p50, 'f', 3), speed(r.latency));
    row(tr("ms/batch of %1, p95").arg(r.batchSize), QString::number(r.original.latency.p95, 'f', 3),
        QString::number(r.quantized.latency.p95, 'f', 3), QString());
    row(tr("ms/sample at batch 1, p50"), QString::number(r.original.latencyBatch1.p50, 'f', 3),
        QString::number(r.quantized.latencyBatch1.p50, 'f', 3), speed(r.latencyBatch1));
    row(tr("ms/sample at batch 1, p95"), QString::number(r.original.latencyBatch1.p95, 'f', 3),
        QString::number(r.quantized.latencyBatch1.p95, 'f', 3), QString());
    row(tr("top-1"), pct(r.original.accuracy), pct(r.quantized.accuracy),
        r.original.accuracy && r.quantized.accuracy
            ? tr("%1 points").arg((r.quantized.accuracy->top1 - r.original.accuracy->top1) * 100.0, 0, 'f', 2)
            : QString());
    out() << '\n'
          << tr("Top-1 agreement %1 %, output SQNR %2 dB, mean KL divergence %3 nats")
                 .arg(r.agreement * 100.0, 0, 'f', 2)
                 .arg(db(r.outputSqnrDb))
                 .arg(r.meanKlDivergence, 0, 'g', 4)
          << "\n\n";
    out() << tr("layer").leftJustified(22, QLatin1Char(' ')) << tr("mode").leftJustified(14, QLatin1Char(' ')) << cell(tr("weight dB"), 10)
          << cell(tr("output dB"), 10) << cell(tr("norm L2"), 10) << cell(tr("cosine"), 10) << '\n';
    for (const qs::LayerError &l : r.layers)
        out() << QString::fromStdString(l.name).leftJustified(22, QLatin1Char(' '))
              << QString::fromStdString(qs::toString(l.mode)).leftJustified(14, QLatin1Char(' ')) << cell(db(l.weightSqnrDb), 10)
              << cell(db(l.outputSqnrDb), 10) << cell(std::isnan(l.normalizedL2) ? QStringLiteral("-") : QString::number(l.normalizedL2, 'f', 4), 10)
              << cell(std::isnan(l.cosine) ? QStringLiteral("-") : QString::number(l.cosine, 'f', 5), 10)
              << (l.flagged ? tr("  below %1 dB").arg(r.flagBelowDb) : QString()) << '\n';
    for (const auto &note : r.notes)
        out() << tr("note: %1").arg(QString::fromStdString(note)) << '\n';
    if (!checks.empty())
        out() << '\n';
    for (const auto &c : checks)
        out() << tr("check: %1").arg(c.text) << '\n';
    return status;
}
