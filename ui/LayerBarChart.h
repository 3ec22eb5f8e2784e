#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QLabel;

namespace qs::ui {

// One value per layer as horizontal bars (layers top to bottom in model order), one or more
// series side by side, highlighted bars in their own colour, and an optional dashed marker line
// (a threshold). +inf is drawn to the edge of the axis, NaN draws nothing.
class LayerBarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerBarChart)

public:
    struct Series
    {
        QString name;
        QColor colour;
        std::vector<double> values; // one per layer
        std::vector<bool> highlighted; // empty, or one per layer: drawn in highlightColour
        QColor highlightColour = QColor(200, 40, 40);
        QString highlightName;       // legend entry for highlighted bars
    };

    explicit LayerBarChart(QWidget *parent = nullptr);
    ~LayerBarChart() override;

    void setData(const QString &title, const QStringList &layers, const std::vector<Series> &series,
        const QString &valueLabel, std::optional<double> marker = std::nullopt, const QString &markerName = {});
    void clear();

    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    // Bars drawn (not NaN), over all series: what tests count.
    int barCount() const { return m_barCount; }

private:
    QLabel *m_title;
    QCustomPlot *m_plot;
    int m_barCount = 0;
};

} // namespace qs::ui
