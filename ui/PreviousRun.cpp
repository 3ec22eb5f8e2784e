#include "PreviousRun.h"

#include "LayerTableModel.h"
#include "NumberFormat.h"

#include <QCoreApplication>

namespace qs::ui {

namespace {

struct PreviousRunText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::PreviousRun)
};

QString granularityLabel(qs::WeightGranularity g)
{
    return g == qs::WeightGranularity::PerChannel ? PreviousRunText::tr("per channel") : PreviousRunText::tr("per tensor");
}

QString schemeLabel(qs::QuantScheme s)
{
    return s == qs::QuantScheme::Symmetric ? PreviousRunText::tr("symmetric") : PreviousRunText::tr("affine");
}

// "a → b", or just "a" when the two are the same.
QString movement(const QString &before, const QString &after)
{
    return before == after ? after : QStringLiteral("%1 → %2").arg(before, after);
}

} // namespace

QStringList planChanges(const qs::QuantPlan &before, const qs::QuantPlan &after, const std::vector<qs::LayerInfo> &layers)
{
    QStringList changes;
    if (before.engine() != after.engine())
        changes << PreviousRunText::tr("engine %1 → %2")
                       .arg(QString::fromStdString(qs::toString(before.engine())),
                           QString::fromStdString(qs::toString(after.engine())));
    for (const qs::LayerInfo &layer : layers) {
        const qs::LayerQuantConfig a = before.resolve(layer), b = after.resolve(layer);
        if (a == b)
            continue;
        QStringList parts;
        if (a.mode != b.mode)
            parts << QStringLiteral("%1 → %2").arg(LayerTableModel::modeLabel(a.mode), LayerTableModel::modeLabel(b.mode));
        if (a.bits != b.bits)
            parts << PreviousRunText::tr("%1 → %2 bits").arg(a.bits).arg(b.bits);
        if (a.activationObserver != b.activationObserver)
            parts << PreviousRunText::tr("observer %1 → %2")
                         .arg(LayerTableModel::observerLabel(a.activationObserver),
                             LayerTableModel::observerLabel(b.activationObserver));
        if (a.granularity != b.granularity)
            parts << PreviousRunText::tr("weights %1 → %2").arg(granularityLabel(a.granularity), granularityLabel(b.granularity));
        if (a.weightScheme != b.weightScheme)
            parts << PreviousRunText::tr("weights %1 → %2").arg(schemeLabel(a.weightScheme), schemeLabel(b.weightScheme));
        if (a.activationScheme != b.activationScheme || a.activationReduceRange != b.activationReduceRange)
            parts << PreviousRunText::tr("activations %1 → %2")
                         .arg(schemeLabel(a.activationScheme), schemeLabel(b.activationScheme));
        if (parts.isEmpty())
            parts << PreviousRunText::tr("changed");
        changes << QStringLiteral("%1: %2").arg(layerNameHtml(QString::fromStdString(layer.name)), parts.join(QStringLiteral(", ")));
    }
    return changes;
}

QString previousRunText(const MeasuredComparison &previous, const MeasuredComparison &current,
                        const std::vector<qs::LayerInfo> &layers)
{
    const qs::ComparisonResult &a = previous.result, &b = current.result;
    QStringList changes = planChanges(previous.basis.plan, current.basis.plan, layers);
    if (previous.basis.calibrationGeneration != current.basis.calibrationGeneration)
        changes << PreviousRunText::tr("calibrated again");
    const QString what = changes.isEmpty() ? PreviousRunText::tr("the same plan") : changes.join(QStringLiteral("; "));

    QStringList figures;
    const auto percent = [](double fraction) { return formatPercent(fraction * 100.0); };
    if (a.quantized.accuracy && b.quantized.accuracy)
        figures << PreviousRunText::tr("top-1 %1 (%2)")
                       .arg(movement(percent(a.quantized.accuracy->top1), percent(b.quantized.accuracy->top1)),
                           formatPoints((b.quantized.accuracy->top1 - a.quantized.accuracy->top1) * 100.0));
    figures << PreviousRunText::tr("agreement %1").arg(movement(percent(a.agreement), percent(b.agreement)));
    figures << PreviousRunText::tr("output SQNR %1 dB").arg(movement(formatDecibels(a.outputSqnrDb), formatDecibels(b.outputSqnrDb)));
    figures << PreviousRunText::tr("file %1 of the original").arg(movement(formatRatio(a.sizeRatio), formatRatio(b.sizeRatio)));
    figures << PreviousRunText::tr("%1 at batch %2")
                   .arg(movement(formatSpeedup(a.latency.speedup), formatSpeedup(b.latency.speedup)))
                   .arg(b.batchSize);
    return PreviousRunText::tr("<b>Against the previous run</b> (since then: %1): %2. Edit ▸ Undo takes a plan change back.")
        .arg(what, figures.join(QStringLiteral(", ")));
}

} // namespace qs::ui
