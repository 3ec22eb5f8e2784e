#pragma once

#include "WeightError.h"

#include <QWidget>

class QCPBars;
class QCustomPlot;
class QLabel;

namespace qs::ui {

class Workbench;

// Inspector tab "Error": the histogram of the selected layer's weight quantization error
// (float − dequantized) under the plan's weight settings, with SQNR and RMSE/scale. Computed in a
// background job when the tab is shown and the layer or plan changes.
class ErrorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorPanel)

public:
    explicit ErrorPanel(Workbench *workbench, QWidget *parent = nullptr);
    ~ErrorPanel() override;

    QString summaryText() const;
    const WeightError &result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void resultShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResult(const WeightError &result, const qs::LayerQuantConfig &config);

    Workbench *m_workbench;
    bool m_stale = true;
    WeightError m_result;
    QLabel *m_summary = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
};

} // namespace qs::ui
