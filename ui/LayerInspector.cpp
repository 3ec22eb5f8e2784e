#include "LayerInspector.h"

#include "ActivationsPanel.h"
#include "ErrorPanel.h"
#include "LayerPanel.h"
#include "Workbench.h"

namespace qs::ui {

LayerInspector::LayerInspector(Workbench *workbench, QWidget *parent)
    : QTabWidget(parent)
    , m_workbench(workbench)
{
    setDocumentMode(true);
    m_weights = new LayerPanel(this);
    m_activations = new ActivationsPanel(workbench, this);
    addTab(m_weights, tr("&Weights"));
    setTabToolTip(0, tr("The layer's weights: histogram, range and the scale and zero point of each scheme"));
    addTab(m_activations, tr("&Activations"));
    setTabToolTip(1, tr("What calibration saw at the layer's input and output, and the range each observer picks"));
    m_error = new ErrorPanel(workbench, this);
    addTab(m_error, tr("&Error"));
    setTabToolTip(2, tr("The weights' quantization error (float − dequantized) under the plan: histogram, SQNR, RMSE"));
    connect(m_workbench, &Workbench::selectedLayerChanged, this, &LayerInspector::onSelectedLayerChanged);
    connect(m_workbench, &Workbench::modelChanged, this, &LayerInspector::onSelectedLayerChanged);
    onSelectedLayerChanged();
}

LayerInspector::~LayerInspector() = default;

void LayerInspector::showView(View view)
{
    setCurrentIndex(view == View::Weights ? 0 : view == View::Activations ? 1 : 2);
}

bool LayerInspector::showView(const QString &name)
{
    if (name == QLatin1String("weights"))
        showView(View::Weights);
    else if (name == QLatin1String("activations"))
        showView(View::Activations);
    else if (name == QLatin1String("error"))
        showView(View::Error);
    else
        return false;
    return true;
}

void LayerInspector::onSelectedLayerChanged()
{
    const qs::LayerInfo *layer = m_workbench->selectedLayerInfo();
    if (!layer) {
        m_weights->clear(m_workbench->hasModel() ? tr("This model has no quantizable layer") : tr("No model is open"));
        return;
    }
    m_weights->showLayer(*layer, *m_workbench->selectedLayerAnalysis());
}

} // namespace qs::ui
