#pragma once

#include "LessonPlot.h"

#include "quantscope/Histogram.h"

#include <QColor>

#include <vector>

class QCPBars;

namespace qs::ui {

// A named range drawn as a bracket above the histogram (the range an observer chose).
struct RangeBracket
{
    QString name;
    double min = 0.0;
    double max = 0.0;
    QColor color;
};

// Histogram of the values a lesson quantizes, with the clipping range (what lies outside is shaded:
// it will be clipped), the quantization levels, and optionally several ranges side by side.
// The clipping markers can be dragged; dragging either one moves the threshold |x|.
class DistributionPlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributionPlot)

public:
    DistributionPlot(const QString &title, const QString &fileStem, QWidget *parent = nullptr);
    ~DistributionPlot() override;

    void setValues(const std::vector<float> &values, int bins = 121);
    const qs::Histogram &histogram() const { return m_histogram; }
    void setLogCount(bool logCount);
    bool isLogCount() const { return m_logCount; }
    // The clipping range and the float values of the integer levels inside it.
    void setClipping(double lower, double upper, const std::vector<double> &levels);
    void setBrackets(const std::vector<RangeBracket> &brackets);
    void setDraggable(bool draggable) { m_draggable = draggable; }
    double clipLower() const { return m_clipLower; }
    double clipUpper() const { return m_clipUpper; }

Q_SIGNALS:
    void thresholdDragged(double threshold);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateCountAxis();

    qs::Histogram m_histogram;
    std::vector<double> m_levels;
    std::vector<RangeBracket> m_brackets;
    double m_clipLower = 0.0;
    double m_clipUpper = 0.0;
    bool m_hasClipping = false;
    bool m_logCount = false;
    bool m_draggable = true;
    bool m_dragging = false;
    QCPBars *m_bars = nullptr;
};

} // namespace qs::ui
