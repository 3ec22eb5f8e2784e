#include "EvaluateCommand.h"

#include "DataOptions.h"
#include "ExitCode.h"
#include "JsonStrings.h"
#include "LoadedModel.h"

#include "quantscope/AccuracyEvaluation.h"
#include "quantscope/Model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString EvaluateCommand::summary() const
{
    return tr("Measure a model's float top-1 and per-class accuracy on a labelled data set.");
}

void EvaluateCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A TorchScript file (.pt), or demo:NAME for a built-in demo."));
    DataOptions::addTo(parser, /*withCalibration=*/false);
    parser.addOption({QStringLiteral("batch"), tr("Batch size (default 64)."), tr("B"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("threads"), tr("LibTorch threads (default 2)."), tr("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

int EvaluateCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? tr("missing MODEL") : tr("expected one MODEL, got %1").arg(positional.size()));
    if (!parser.isSet(QStringLiteral("data")))
        return usageError(tr("missing --data (fashion-mnist, idx:IMAGES,LABELS, folder:DIR or tensors:FILE)"));
    bool ok = false;
    qs::EvaluationOptions options;
    options.batchSize = parser.value(QStringLiteral("batch")).toULongLong(&ok);
    if (!ok || options.batchSize < 1)
        return usageError(tr("--batch takes a positive whole number"));
    options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || options.threads < 1)
        return usageError(tr("--threads takes a positive whole number"));

    const LoadedModel loaded = LoadedModel::load(positional[0]);
    const auto &demo = loaded.demo;
    const auto &model = loaded.model;
    qs::DataSpec spec;
    try {
        spec = DataOptions::spec(parser, model.get(), demo);
    } catch (const DataOptionError &e) {
        return usageError(QString::fromStdString(e.what()));
    }
    // Nothing is calibrated here: every sample may be evaluated.
    if (!spec.calibCount)
        spec.calibCount = 0;
    const qs::DataSplit split = qs::loadData(spec);
    const qs::Dataset &data = *split.evaluation;
    err() << DataOptions::notesText(split.notes);
    err().flush();
    const qs::AccuracyResult r = qs::evaluateAccuracy(*model, data, options);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray perClass;
        for (std::size_t c = 0; c < r.perClassSamples.size(); ++c)
            perClass.append(QJsonObject{
                {QStringLiteral("class"), QString::fromStdString(data.classNames().at(c))},
                {QStringLiteral("label"), qint64(c)},
                {QStringLiteral("samples"), qint64(r.perClassSamples[c])},
                {QStringLiteral("correct"), qint64(r.perClassCorrect[c])},
                {QStringLiteral("accuracy"), r.perClassSamples[c] ? QJsonValue(r.classAccuracy(c)) : QJsonValue()},
            });
        std::vector<std::string> noteTexts;
        for (const auto &note : split.notes)
            noteTexts.push_back(qs::describe(note));
        const QJsonObject root{
            {QStringLiteral("model"), QString::fromStdString(model->summary().path)},
            {QStringLiteral("data"), QString::fromStdString(spec.toString())},
            {QStringLiteral("data_description"), QString::fromStdString(data.description())},
            {QStringLiteral("normalization"), QString::fromStdString(data.normalization().toString())},
            {QStringLiteral("samples"), qint64(r.samples)},
            {QStringLiteral("correct"), qint64(r.correct)},
            {QStringLiteral("top1"), r.top1},
            {QStringLiteral("per_class"), perClass},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("samples_per_second"), r.samplesPerSecond()},
            {QStringLiteral("batch"), qint64(options.batchSize)},
            {QStringLiteral("threads"), options.threads},
            {QStringLiteral("notes"), stringsToJson(noteTexts)},
        };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    out() << tr("Model: %1").arg(QString::fromStdString(model->summary().path)) << '\n'
          << tr("Data:  %1, normalisation %2")
                 .arg(QString::fromStdString(data.description()), QString::fromStdString(data.normalization().toString()))
          << "\n\n";
    out() << tr("Top-1: %1 % (%2 of %3)").arg(r.top1 * 100.0, 0, 'f', 2).arg(r.correct).arg(r.samples) << "\n\n";
    out() << tr("class").leftJustified(20, QLatin1Char(' ')) << tr("samples").rightJustified(9, QLatin1Char(' '))
          << tr("accuracy").rightJustified(10, QLatin1Char(' ')) << '\n';
    for (std::size_t c = 0; c < r.perClassSamples.size(); ++c)
        out() << QString::fromStdString(data.classNames().at(c)).leftJustified(20, QLatin1Char(' '))
              << QString::number(r.perClassSamples[c]).rightJustified(9, QLatin1Char(' '))
              << (r.perClassSamples[c] ? QStringLiteral("%1 %").arg(r.classAccuracy(c) * 100.0, 0, 'f', 2) : QStringLiteral("-"))
                     .rightJustified(10, QLatin1Char(' '))
              << '\n';
    out() << '\n'
          << tr("%1 images/s in float (batch %2, %3 threads; forward passes only)")
                 .arg(r.samplesPerSecond(), 0, 'f', 0)
                 .arg(options.batchSize)
                 .arg(options.threads)
          << '\n';
    return ExitOk;
}
