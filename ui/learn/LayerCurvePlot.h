#pragma once

#include "LessonPlot.h"

#include <QStringList>

#include <vector>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace qs::ui {

// Lesson 5's curve: top-1 accuracy (left axis) and the weights' size (right axis) against the number
// of layers quantized, the selected step as a vertical line and the step with the largest drop in red.
class LayerCurvePlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerCurvePlot)

public:
    explicit LayerCurvePlot(QWidget *parent = nullptr);
    ~LayerCurvePlot() override;

    // accuracyPercent[k] and kilobytes[k] after k layers; largestDrop: the step (≥ 1) to mark, 0 for
    // none, with dropLabel written beside it (so an exported picture names the layer).
    void setCurve(const std::vector<double> &accuracyPercent, const std::vector<double> &kilobytes,
        std::size_t largestDrop, const QString &dropLabel);
    void setSelectedStep(std::size_t step);
    void clear();

    const QCPGraph *accuracyGraph() const { return m_accuracy; }

protected:
    void applyFonts() override;

private:
    QCPGraph *m_accuracy = nullptr;
    QCPGraph *m_size = nullptr;
    QCPGraph *m_drop = nullptr;
    QCPItemStraightLine *m_selected = nullptr;
    QCPItemText *m_dropLabel = nullptr;
};

} // namespace qs::ui
