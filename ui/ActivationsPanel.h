#pragma once

#include "ObserverComparison.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace qs::ui {

class ActivationHistogramPlot;
class Workbench;

// Inspector tab "Activations": the selected layer's input and output histograms from the last
// calibration, the clipping range the plan's observer picks for the output (the tensor a static
// int8 kernel writes) and, on demand, the ranges of the other observers with their scale, zero
// point and error. Choosing another observer here edits the plan (undoable).
class ActivationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationsPanel)

public:
    explicit ActivationsPanel(Workbench *workbench, QWidget *parent = nullptr);
    ~ActivationsPanel() override;

    ActivationHistogramPlot *inputPlot() const { return m_input; }
    ActivationHistogramPlot *outputPlot() const { return m_output; }
    QComboBox *observerBox() const { return m_observer; }
    QCheckBox *othersBox() const { return m_others; }
    QString statusText() const;

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onObserverChosen(int index);

    Workbench *m_workbench;
    bool m_stale = true;
    QLabel *m_status = nullptr;
    QComboBox *m_observer = nullptr;
    QCheckBox *m_others = nullptr;
    ActivationHistogramPlot *m_input = nullptr;
    ActivationHistogramPlot *m_output = nullptr;
    ObserverChoiceCache m_choices; // cleared when the calibration is replaced
};

} // namespace qs::ui
