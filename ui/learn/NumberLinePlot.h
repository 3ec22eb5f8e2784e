#pragma once

#include "LessonPlot.h"

#include "quantscope/QParams.h"

class QCPItemLine;
class QCPItemText;

namespace qs::ui {

// What the number line draws: the user's range, the qparams computed from it and one value's path.
struct NumberLineState
{
    double min = 0.0;
    double max = 1.0;
    qs::QParams qparams;
    qs::QuantRange range;
    double value = 0.0; // x
    int level = 0; // q = clamp(round(x/s) + z, qmin, qmax)
    double dequantized = 0.0; // x̂ = s·(q − z)
};

// The float number line (top axis) above the integer levels (bottom axis), each level joined to the
// float value it stands for, x̂ = s·(q − z). The min, max and value markers can be dragged.
class NumberLinePlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberLinePlot)

public:
    explicit NumberLinePlot(QWidget *parent = nullptr);
    ~NumberLinePlot() override;

    void setState(const NumberLineState &state);
    // Where level q sits on the integer axis (plot coordinates): the levels are spread evenly over the view.
    double integerAxisPosition(int q) const;
    // Horizontal pixel of a float value on the float axis, for tests that drag markers.
    double pixelOfValue(double x) const;

Q_SIGNALS:
    void minDragged(double min);
    void maxDragged(double max);
    void valueDragged(double value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Handle { None, Min, Max, Value };

    void fitView();
    void rebuild();
    void addMarker(double x, const QString &text, const QColor &color, double labelY);
    void addIntegerTicks();
    Handle handleAt(const QPointF &pixel) const;
    void dragTo(Handle handle, double pixelX);

    NumberLineState m_state;
    double m_viewLower = -1.0;
    double m_viewUpper = 1.0;
    Handle m_dragging = Handle::None;
};

} // namespace qs::ui
