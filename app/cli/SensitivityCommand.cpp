#include "SensitivityCommand.h"

#include "ComparisonJson.h"
#include "ExitCode.h"
#include "PlanOptions.h"

#include "quantscope/Sensitivity.h"

#include <QJsonDocument>

#include <cmath>

namespace {

constexpr std::size_t kDefaultEvaluationSamples = 2000;

QString db(double v)
{
    return std::isinf(v) ? QStringLiteral("inf") : QString::number(v, 'f', 1);
}

} // namespace

QString SensitivityCommand::summary() const
{
    return tr("Rank layers by the accuracy their quantization costs and suggest a plan within an accuracy budget.");
}

void SensitivityCommand::configure(QCommandLineParser &parser)
{
    PlanOptions::addTo(parser);
    parser.addOption({QStringLiteral("budget"), tr("Accuracy drop the suggested plan may cost, in percentage points (default 0.5)."),
                      tr("POINTS"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("plan-out"), tr("Write the suggested plan (JSON) here."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

int SensitivityCommand::execute(const QCommandLineParser &parser)
{
    qs::SensitivityOptions options;
    CommandSetup setup;
    if (const QString problem = PlanOptions::nonNegativeNumber(parser, QStringLiteral("budget"), options.budgetPoints); !problem.isEmpty())
        return usageError(problem);
    // Every quantized layer costs two evaluations: 2000 samples unless --eval says otherwise.
    if (const QString problem = prepareCommand(parser, kDefaultEvaluationSamples, setup); !problem.isEmpty())
        return usageError(problem);
    const LoadedModel &loaded = setup.loaded;
    const qs::QuantPlan &plan = setup.plan;
    const qs::DataSpec &spec = setup.spec;
    const qs::DataSplit &split = setup.split;
    options.batchSize = setup.batch;
    options.threads = int(setup.threads);
    options.latency.timedRuns = int(setup.runs);
    options.evaluationSamples = *spec.evalCount;

    qs::CalibrationOptions calibrationOptions;
    calibrationOptions.samples = *spec.calibCount;
    calibrationOptions.observer = plan.observerSettings();
    const qs::CalibrationResult calibration = qs::calibrate(*loaded.model, *split.calibration, calibrationOptions);
    const qs::SensitivityResult r = qs::analyseSensitivity(*loaded.model, plan, calibration, *split.evaluation, options);
    if (parser.isSet(QStringLiteral("plan-out")))
        r.suggested.plan.save(parser.value(QStringLiteral("plan-out")).toStdString());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root = sensitivityJson(r);
        root.insert(QStringLiteral("model"), QString::fromStdString(loaded.model->summary().path));
        root.insert(QStringLiteral("engine"), QString::fromStdString(qs::toString(plan.engine())));
        root.insert(QStringLiteral("suggested_plan"), QJsonDocument::fromJson(QByteArray::fromStdString(r.suggested.plan.toJson())).object());
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << tr("Float top-1 %1 %, whole plan %2 % (%3 form, %4 samples)")
                 .arg(r.floatAccuracy * 100.0, 0, 'f', 2)
                 .arg(r.quantizedAccuracy * 100.0, 0, 'f', 2)
                 .arg(QString::fromStdString(qs::toString(r.form)))
                 .arg(r.evaluationSamples)
          << "\n\n";
    out() << tr("layer").leftJustified(22, QLatin1Char(' ')) << tr("alone: drop").rightJustified(13, QLatin1Char(' '))
          << tr("SQNR").rightJustified(8, QLatin1Char(' ')) << tr("all but: gain").rightJustified(15, QLatin1Char(' '))
          << tr("SQNR").rightJustified(8, QLatin1Char(' ')) << '\n';
    for (const qs::LayerSensitivity &l : r.layers)
        out() << QString::fromStdString(l.name).leftJustified(22, QLatin1Char(' '))
              << QString::number(l.aloneDropPoints, 'f', 2).rightJustified(13, QLatin1Char(' '))
              << db(l.aloneOutputSqnrDb).rightJustified(8, QLatin1Char(' '))
              << QString::number(l.allButGainPoints, 'f', 2).rightJustified(15, QLatin1Char(' '))
              << db(l.allButOutputSqnrDb).rightJustified(8, QLatin1Char(' ')) << '\n';
    const qs::SuggestedPlan &s = r.suggested;
    QStringList kept;
    for (const auto &k : s.keptFloat)
        kept << QString::fromStdString(k);
    out() << '\n'
          << tr("Suggested plan (budget %1 points): keep %2 in float; top-1 %3 % (%4 points against float), %5")
                 .arg(r.budgetPoints)
                 .arg(kept.isEmpty() ? tr("no layer") : kept.join(QStringLiteral(", ")))
                 .arg(s.accuracy * 100.0, 0, 'f', 2)
                 .arg((s.dropPoints > 0.0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(std::abs(s.dropPoints), 'f', 2))
                 .arg(s.withinBudget ? tr("within budget") : tr("NOT within budget"))
          << '\n';
    if (s.size.serializedBytes)
        out() << tr("It costs %1 bytes (%2x the float file) and runs %3x the float model's speed at batch %4")
                     .arg(s.size.serializedBytes)
                     .arg(s.sizeRatio, 0, 'f', 3)
                     .arg(s.latency.speedup, 0, 'f', 2)
                     .arg(options.batchSize)
              << '\n';
    for (const auto &note : r.notes)
        out() << tr("note: %1").arg(QString::fromStdString(note)) << '\n';
    if (parser.isSet(QStringLiteral("plan-out")))
        out() << tr("Wrote %1").arg(parser.value(QStringLiteral("plan-out"))) << '\n';
    return ExitOk;
}
