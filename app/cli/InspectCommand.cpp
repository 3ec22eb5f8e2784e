#include "InspectCommand.h"

#include "ExitCode.h"
#include "JsonStrings.h"

#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"
#include "quantscope/WeightQParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray toJson(const std::vector<std::int64_t> &shape)
{
    QJsonArray a;
    for (auto d : shape)
        a.append(qint64(d));
    return a;
}

QJsonObject toJson(const qs::QParams &q)
{
    return {{QStringLiteral("scale"), double(q.scale)}, {QStringLiteral("zero_point"), q.zeroPoint}};
}

QJsonObject toJson(const qs::PerChannelQParams &q)
{
    QJsonArray scales, zeroPoints;
    for (float s : q.scales)
        scales.append(double(s));
    for (int z : q.zeroPoints)
        zeroPoints.append(z);
    return {{QStringLiteral("axis"), q.axis}, {QStringLiteral("scales"), scales}, {QStringLiteral("zero_points"), zeroPoints}};
}

// JSON has no NaN: a layer with no finite weight reports null.
QJsonValue finiteOrNull(double v, const qs::TensorStats &s)
{
    return s.count > s.nanCount + s.infCount ? QJsonValue(v) : QJsonValue();
}

QJsonObject layerJson(const qs::Model &model, std::size_t i)
{
    const qs::LayerInfo &layer = model.layers()[i];
    const qs::TensorStats &s = layer.weightStats;
    QJsonObject qparams{
        {QStringLiteral("per_tensor_affine"), toJson(qs::weightQParams(layer, qs::perTensorAffineQUInt8()))},
        {QStringLiteral("per_tensor_symmetric"), toJson(qs::weightQParams(layer, qs::perTensorSymmetricQInt8()))},
        {QStringLiteral("per_channel_symmetric"),
         toJson(qs::weightQParamsPerChannel(model, i, qs::perChannelSymmetricQInt8()))},
    };
    return {
        {QStringLiteral("name"), QString::fromStdString(layer.name)},
        {QStringLiteral("op"), QString::fromStdString(qs::toString(layer.kind))},
        {QStringLiteral("graph_op"), QString::fromStdString(layer.op)},
        {QStringLiteral("weight_shape"), toJson(layer.weightShape)},
        {QStringLiteral("bias_shape"), layer.biasShape.empty() ? QJsonValue() : QJsonValue(toJson(layer.biasShape))},
        {QStringLiteral("params"), qint64(layer.paramCount)},
        {QStringLiteral("weight_min"), finiteOrNull(s.min, s)},
        {QStringLiteral("weight_max"), finiteOrNull(s.max, s)},
        {QStringLiteral("weight_mean"), finiteOrNull(s.mean, s)},
        {QStringLiteral("weight_std"), finiteOrNull(s.std, s)},
        {QStringLiteral("nan_count"), qint64(s.nanCount)},
        {QStringLiteral("inf_count"), qint64(s.infCount)},
        {QStringLiteral("followed_by"), stringsToJson(layer.followedBy)},
        {QStringLiteral("warnings"), stringsToJson(layer.warnings)},
        {QStringLiteral("qparams"), qparams},
    };
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

QString rpad(const QString &s, int width)
{
    return s.rightJustified(width, QLatin1Char(' '));
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("List a TorchScript model's quantizable layers with their weight ranges and the int8 scale and "
              "zero point PyTorch's MinMax observers would compute.");
}

void InspectCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A TorchScript file (.pt), scripted or traced, or demo:NAME for a built-in demo."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

int InspectCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? tr("missing MODEL") : tr("expected one MODEL, got %1").arg(positional.size()));
    const auto model = qs::Model::load(qs::DemoCatalog::resolveModelPath(positional[0].toStdString()));
    const qs::ModelSummary &summary = model->summary();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray layers;
        for (std::size_t i = 0; i < model->layers().size(); ++i)
            layers.append(layerJson(*model, i));
        const QJsonObject root{
            {QStringLiteral("model"), QString::fromStdString(summary.path)},
            {QStringLiteral("file_bytes"), qint64(summary.fileBytes)},
            {QStringLiteral("total_params"), qint64(summary.totalParams)},
            {QStringLiteral("input_shape"), summary.inputShape.empty() ? QJsonValue() : QJsonValue(toJson(summary.inputShape))},
            {QStringLiteral("warnings"), stringsToJson(summary.warnings)},
            {QStringLiteral("layers"), layers},
        };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    out() << tr("Model: %1 (%2 bytes, %3 parameters, %4 in %5 quantizable layers)")
                 .arg(QString::fromStdString(summary.path))
                 .arg(summary.fileBytes)
                 .arg(summary.totalParams)
                 .arg(summary.layerParams)
                 .arg(model->layers().size())
          << '\n';
    out() << tr("Input: %1 (%2)")
                 .arg(summary.inputShape.empty() ? tr("unknown") : QString::fromStdString(qs::shapeToString(summary.inputShape)),
                      QString::fromStdString(summary.inputShapeNote))
          << "\n\n";
    out() << pad(tr("layer"), 22) << pad(tr("op"), 11) << pad(tr("weight shape"), 18) << rpad(tr("params"), 10)
          << rpad(tr("min"), 11) << rpad(tr("max"), 11) << rpad(tr("scale"), 13) << rpad(tr("zero pt"), 8) << "  "
          << tr("followed by") << '\n';
    for (const qs::LayerInfo &layer : model->layers()) {
        const qs::QParams q = qs::weightQParams(layer, qs::perTensorAffineQUInt8());
        QStringList followers;
        for (const auto &f : layer.followedBy)
            followers << QString::fromStdString(f).remove(QStringLiteral("aten::"));
        out() << pad(QString::fromStdString(layer.name), 22) << pad(QString::fromStdString(qs::toString(layer.kind)), 11)
              << pad(QString::fromStdString(layer.shapeString()), 18) << rpad(QString::number(layer.paramCount), 10)
              << rpad(QString::number(layer.weightStats.min, 'g', 5), 11) << rpad(QString::number(layer.weightStats.max, 'g', 5), 11)
              << rpad(QString::number(double(q.scale), 'g', 6), 13) << rpad(QString::number(q.zeroPoint), 8) << "  "
              << followers.join(QStringLiteral(" → ")) << '\n';
    }
    out() << '\n' << tr("scale and zero point: per-tensor affine quint8 of the weights, as torch.ao.quantization.MinMaxObserver computes them; --json adds symmetric and per-channel.") << '\n';
    for (const auto &w : summary.warnings)
        out() << tr("warning: %1").arg(QString::fromStdString(w)) << '\n';
    return ExitOk;
}
