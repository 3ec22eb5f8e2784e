#include "LayerDropExplanation.h"

#include "quantscope/LayerByLayer.h"
#include "quantscope/Model.h"

#include <QCoreApplication>
#include <QLocale>

namespace qs::ui {

namespace {

// Gives the free function below a translation context of its own.
struct LayerDropText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::LayerDropExplanation)
};

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString largestDropExplanation(const qs::Model &model, const qs::LayerByLayerCurve &curve)
{
    const std::size_t worst = curve.largestDropStep();
    if (worst == 0)
        return {};
    const qs::LayerByLayerStep &step = curve.steps[worst];
    const double drop = -step.changePoints;
    if (drop < kNoticeableDropPoints)
        return LayerDropText::tr("At %1 bits no layer costs much: the largest step is %2 points (%3). Lower the bits to find the "
                  "layer that breaks first.")
            .arg(curve.bits)
            .arg(points(-drop), QString::fromStdString(step.layer));

    const auto &layers = model.layers();
    const qs::LayerInfo &layer = layers[std::size_t(step.layerIndex)];
    QString sentence = LayerDropText::tr("Quantizing %1 (%2) to %3 bits costs %4 points (%5 % → %6 %): ")
                           .arg(QString::fromStdString(layer.name), QString::fromStdString(qs::toString(layer.kind)))
                           .arg(curve.bits)
                           .arg(points(drop), points(curve.steps[worst - 1].accuracy * 100.0),
                               points(step.accuracy * 100.0));
    const bool images = model.summary().inputShape.size() == 4;
    const int later = int(layers.size()) - 1 - step.layerIndex;
    if (step.layerIndex == 0)
        sentence += images ? LayerDropText::tr("it is the first layer, it sees the raw pixels, and every later layer builds on its "
                                "rounded output.")
                           : LayerDropText::tr("it is the first layer, it sees the raw input, and every later layer builds on its "
                                "rounded output.");
    else if (later == 0)
        sentence += LayerDropText::tr("it is the last layer, so its rounding goes straight into the class scores.");
    else
        sentence += later == 1 ? LayerDropText::tr("its rounding error passes through the layer after it.")
                               : LayerDropText::tr("its rounding error passes through the %1 layers after it.").arg(later);
    if (layer.weightStats.count > 0 && layer.weightStats.count < 1000)
        sentence += QLatin1Char(' ')
            + LayerDropText::tr("It has only %1 weights, so each of them carries much of what the layer does.")
                  .arg(layer.weightStats.count);
    if (!curve.aloneDropPoints.empty() && worst - 1 < curve.aloneDropPoints.size())
        sentence += QLatin1Char(' ')
            + LayerDropText::tr("Quantized alone, with every other layer in float, it costs %1 points.")
                  .arg(points(curve.aloneDropPoints[worst - 1]));
    return sentence;
}

} // namespace qs::ui
