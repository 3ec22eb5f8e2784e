#pragma once

#include "ObserverComparison.h"

#include <QWidget>

#include <vector>

class QCPBars;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace qs::ui {

// One calibrated tensor (a layer's input or output) as a histogram, with the clipping range of the
// plan's observer as solid lines and, on demand, the ranges the other observers would choose as
// dotted lines. Count axis logarithmic: activation tails are where observers differ.
class ActivationHistogramPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationHistogramPlot)

public:
    explicit ActivationHistogramPlot(QWidget *parent = nullptr);
    ~ActivationHistogramPlot() override;

    // choices from ObserverChoiceCache; chosen is the plan's observer. Empty choices: histogram only.
    void setData(const QString &title, const qs::Histogram &histogram, const std::vector<ObserverChoice> &choices,
        qs::ObserverKind chosen);
    void clear(const QString &reason);
    void setOtherObserversVisible(bool visible);

    QCustomPlot *plot() const { return m_plot; }
    const qs::Histogram &histogram() const { return m_histogram; }
    QString title() const;
    // The text written on the plot about the chosen range ("histogram: scale …, zero point …").
    QString rangeText() const;
    int visibleRangeLines() const;

private:
    void rebuildLines();
    void resetView();

    qs::Histogram m_histogram;
    std::vector<ObserverChoice> m_choices;
    qs::ObserverKind m_chosen = qs::ObserverKind::Histogram;
    bool m_othersVisible = false;
    QLabel *m_title = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QCPItemText *m_rangeText = nullptr;
    QCPItemText *m_placeholder = nullptr;
    std::vector<QCPItemStraightLine *> m_lines;
};

} // namespace qs::ui
