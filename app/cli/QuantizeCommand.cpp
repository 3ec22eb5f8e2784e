#include "QuantizeCommand.h"

#include "DataOptions.h"
#include "LoadedModel.h"
#include "ExitCode.h"

#include "quantscope/Calibration.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/QuantizedAccuracy.h"
#include "quantscope/QuantizedExport.h"
#include "quantscope/QuantizedModel.h"

#include <QDir>
#include <QFileInfo>

namespace {

constexpr std::size_t kDefaultCalibrationSamples = 512;

QString activationText(const std::optional<qs::ActivationEncoding> &a)
{
    if (!a)
        return QStringLiteral("-");
    if (a->dynamic)
        return QCoreApplication::translate("QuantizeCommand", "per batch");
    return QStringLiteral("%1 / %2").arg(double(a->qparams.scale), 0, 'g', 5).arg(a->qparams.zeroPoint);
}

QString weightText(const qs::WeightEncoding &w)
{
    if (w.storage != "qint8")
        return QString::fromStdString(w.storage);
    if (w.granularity == qs::WeightGranularity::PerChannel)
        return QCoreApplication::translate("QuantizeCommand", "qint8, %1 channels").arg(w.perChannel.scales.size());
    return QStringLiteral("qint8 %1 / %2").arg(double(w.perTensor.scale), 0, 'g', 5).arg(w.perTensor.zeroPoint);
}

QString defaultPlanPath(const QString &out)
{
    const QFileInfo info(out);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".plan.json"));
}

} // namespace

QString QuantizeCommand::summary() const
{
    return tr("Calibrate a model, quantize it with LibTorch's int8 kernels and export TorchScript, encodings and plan.");
}

void QuantizeCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A TorchScript file (.pt), or demo:NAME for a built-in demo."));
    DataOptions::addTo(parser, /*withCalibration=*/true);
    parser.addOption({QStringLiteral("plan"), tr("A quantization plan (JSON). Default: PyTorch's default qconfig for the engine."),
                      tr("PLAN.json")});
    parser.addOption({QStringLiteral("engine"), tr("onednn (default) or qnnpack, when no --plan is given."), tr("ENGINE")});
    parser.addOption({QStringLiteral("out"), tr("Where to write the quantized TorchScript model."), tr("OUT.pt")});
    parser.addOption({QStringLiteral("encodings"), tr("Where to write the encodings JSON (scales, zero points, ranges)."),
                      tr("OUT.json")});
    parser.addOption({QStringLiteral("plan-out"), tr("Where to write the plan used (default: OUT.plan.json beside OUT.pt)."),
                      tr("PLAN.json")});
    parser.addOption({QStringLiteral("evaluate"), tr("Also measure float and int8 top-1 on the evaluation samples.")});
}

int QuantizeCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? tr("missing MODEL") : tr("expected one MODEL, got %1").arg(positional.size()));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(tr("missing --out OUT.pt"));
    if (parser.isSet(QStringLiteral("plan")) && parser.isSet(QStringLiteral("engine")))
        return usageError(tr("give --plan or --engine, not both (the plan names its engine)"));

    // Refuse an impossible destination before spending time on calibration.
    for (const QString &option : {QStringLiteral("out"), QStringLiteral("encodings"), QStringLiteral("plan-out")})
        if (parser.isSet(option) && !QFileInfo(parser.value(option)).dir().exists())
            throw qs::Error(tr("cannot write %1: the folder %2 does not exist")
                                .arg(parser.value(option), QFileInfo(parser.value(option)).dir().path())
                                .toStdString());

    const LoadedModel loaded = LoadedModel::load(positional[0]);
    const auto &demo = loaded.demo;
    const auto &model = loaded.model;

    qs::QuantPlan plan = parser.isSet(QStringLiteral("plan"))
        ? qs::QuantPlan::load(parser.value(QStringLiteral("plan")).toStdString())
        : qs::QuantPlan::defaultsFor(parser.isSet(QStringLiteral("engine"))
                                         ? qs::quantEngineFromString(parser.value(QStringLiteral("engine")).toStdString())
                                         : qs::QuantEngine::Onednn);
    plan.validate(*model);

    qs::DataSpec spec;
    try {
        spec = DataOptions::spec(parser, model.get(), demo);
    } catch (const DataOptionError &e) {
        return usageError(QString::fromStdString(e.what()));
    }
    if (!spec.calibCount)
        spec.calibCount = kDefaultCalibrationSamples;
    const qs::DataSplit split = qs::loadData(spec);
    err() << DataOptions::notesText(split.notes);
    err().flush();

    qs::CalibrationOptions calibrationOptions;
    calibrationOptions.samples = *spec.calibCount;
    calibrationOptions.observer = plan.observerSettings();
    calibrationOptions.observers = plan.activationObservers(model->layers()); // what this export needs, no more
    const qs::CalibrationResult calibration = qs::calibrate(*model, *split.calibration, calibrationOptions);
    const auto quantized = qs::QuantizedModel::build(*model, plan, calibration, qs::QuantizedForm::Real);

    qs::ExportPaths paths;
    paths.model = parser.value(QStringLiteral("out")).toStdString();
    paths.encodings = parser.value(QStringLiteral("encodings")).toStdString();
    paths.plan = (parser.isSet(QStringLiteral("plan-out")) ? parser.value(QStringLiteral("plan-out"))
                                                           : defaultPlanPath(parser.value(QStringLiteral("out"))))
                     .toStdString();
    qs::exportQuantized(*quantized, plan, calibration, paths);

    out() << tr("Model: %1 (%2 layers), engine %3, calibrated on %4 samples")
                 .arg(QString::fromStdString(model->summary().path))
                 .arg(model->layers().size())
                 .arg(QString::fromStdString(qs::toString(plan.engine())))
                 .arg(calibration.samples)
          << "\n\n";
    out() << tr("layer").leftJustified(22, QLatin1Char(' ')) << tr("mode").leftJustified(14, QLatin1Char(' '))
          << tr("weights").leftJustified(24, QLatin1Char(' ')) << tr("input scale / zp").leftJustified(22, QLatin1Char(' '))
          << tr("output scale / zp") << '\n';
    for (const qs::LayerEncoding &l : quantized->layers())
        out() << QString::fromStdString(l.name).leftJustified(22, QLatin1Char(' '))
              << QString::fromStdString(qs::toString(l.mode)).leftJustified(14, QLatin1Char(' '))
              << weightText(l.weight).leftJustified(24, QLatin1Char(' ')) << activationText(l.input).leftJustified(22, QLatin1Char(' '))
              << activationText(l.output) << '\n';
    for (const qs::AddEncoding &a : quantized->adds())
        out() << QString::fromStdString(a.name).leftJustified(22, QLatin1Char(' ')) << tr("quantized add").leftJustified(14, QLatin1Char(' '))
              << QString().leftJustified(24 + 22, QLatin1Char(' ')) << activationText(a.output) << '\n';
    for (const auto &note : quantized->notes())
        out() << tr("note: %1").arg(QString::fromStdString(note)) << '\n';

    const qint64 floatBytes = model->summary().fileBytes;
    const qint64 outBytes = QFileInfo(QString::fromStdString(paths.model)).size();
    out() << '\n'
          << tr("Wrote %1 (%2 bytes, %3x the float file's %4 bytes)")
                 .arg(QString::fromStdString(paths.model))
                 .arg(outBytes)
                 .arg(floatBytes > 0 ? double(outBytes) / double(floatBytes) : 0.0, 0, 'f', 3)
                 .arg(floatBytes)
          << '\n';
    if (!paths.encodings.empty())
        out() << tr("Wrote %1").arg(QString::fromStdString(paths.encodings)) << '\n';
    out() << tr("Wrote %1").arg(QString::fromStdString(paths.plan)) << '\n';
    out() << tr("Load it with the quantized engine set first: torch.backends.quantized.engine = '%1'")
                 .arg(QString::fromStdString(qs::toString(plan.engine())))
          << '\n';

    if (parser.isSet(QStringLiteral("evaluate"))) {
        const qs::Dataset &data = *split.evaluation;
        const qs::AccuracyResult floatResult = qs::evaluateAccuracy(*model, data);
        const qs::AccuracyResult intResult = qs::evaluateAccuracy(*quantized, data);
        out() << '\n'
              << tr("Top-1 on %1: float %2 %, quantized %3 % (%4 points)")
                     .arg(QString::fromStdString(data.description()))
                     .arg(floatResult.top1 * 100.0, 0, 'f', 2)
                     .arg(intResult.top1 * 100.0, 0, 'f', 2)
                     .arg((intResult.top1 - floatResult.top1) * 100.0, 0, 'f', 2)
              << '\n';
    }
    return ExitOk;
}
