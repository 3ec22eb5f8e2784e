#include "ActivationsPanel.h"

#include "ActivationHistogramPlot.h"
#include "LayerTableModel.h"
#include "NumberFormat.h"
#include "Workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace qs::ui {

namespace {

// Where a layer's input was observed (LayerCalibration::inputSharedWith: "features.0 output",
// "add_1" or "layer2.conv1 input"), in the user's language.
QString sharedTensorName(const std::string &where)
{
    const QString text = QString::fromStdString(where);
    const QString output = QStringLiteral(" output"), input = QStringLiteral(" input");
    if (text.endsWith(output))
        return ActivationsPanel::tr("the output of %1").arg(text.chopped(output.size()));
    if (text.endsWith(input))
        return ActivationsPanel::tr("the input of %1").arg(text.chopped(input.size()));
    return ActivationsPanel::tr("the output of the residual add %1").arg(text); // "add_0", ...
}

} // namespace

ActivationsPanel::ActivationsPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_observer = new QComboBox(this);
    for (qs::ObserverKind kind : qs::allObserverKinds())
        m_observer->addItem(LayerTableModel::observerLabel(kind), int(kind));
    m_observer->setToolTip(tr("How calibration picks this layer's output range; changing it edits the plan "
                              "(Edit ▸ Undo takes it back)"));
    m_others = new QCheckBox(tr("Show &other observers"), this);
    m_others->setToolTip(tr("Draw the range each of the other observers would pick, with its scale, zero point "
                            "and SQNR (measured at the histogram's bin centres)"));
    m_input = new ActivationHistogramPlot(this);
    m_output = new ActivationHistogramPlot(this);

    auto *controls = new QHBoxLayout;
    auto *observerLabel = new QLabel(tr("O&bserver:"), this);
    observerLabel->setBuddy(m_observer);
    controls->addWidget(observerLabel);
    controls->addWidget(m_observer);
    controls->addWidget(m_others);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(controls);
    layout->addWidget(m_output, 3);
    layout->addWidget(m_input, 2);

    connect(m_observer, &QComboBox::activated, this, &ActivationsPanel::onObserverChosen);
    connect(m_others, &QCheckBox::toggled, this, [this](bool on) {
        refresh(); // the other observers' ranges are searched only when they are shown
        m_output->setOtherObserversVisible(on);
        m_input->setOtherObserversVisible(on);
    });
    connect(m_workbench, &Workbench::selectedLayerChanged, this, &ActivationsPanel::refresh);
    connect(m_workbench, &Workbench::calibrationChanged, this, [this] {
        m_choices.clear();
        refresh();
    });
    connect(m_workbench, &Workbench::planChanged, this, &ActivationsPanel::refresh);
    refresh();
}

ActivationsPanel::~ActivationsPanel() = default;

QString ActivationsPanel::statusText() const
{
    return m_status->text();
}

void ActivationsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ActivationsPanel::refresh()
{
    // Six observers' searches are cheap, but not free: a hidden tab waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const qs::LayerInfo *layer = m_workbench->selectedLayerInfo();
    const auto calibration = m_workbench->calibration();
    const qs::LayerCalibration *observed = layer && calibration ? calibration->find(layer->name) : nullptr;
    if (!layer || !observed || !observed->called) {
        const QString reason = !layer ? tr("No layer selected")
            : !calibration            ? tr("Not calibrated yet: Tools ▸ Calibrate (Ctrl+K) runs the data set's "
                                           "calibration samples through the model.")
                                      : tr("forward() never reached %1 on the calibration data.")
                                 .arg(QString::fromStdString(layer->name));
        m_status->setText(reason);
        m_observer->setEnabled(false);
        m_input->clear(reason);
        m_output->clear(reason);
        return;
    }
    const qs::QuantPlan &plan = m_workbench->plan();
    const qs::LayerQuantConfig config = plan.resolve(*layer);
    const qs::QuantSpec spec = config.activationSpec(plan.engine());
    const bool isStatic = config.mode == qs::LayerMode::StaticInt8;
    {
        const QSignalBlocker blocker(m_observer);
        m_observer->setCurrentIndex(m_observer->findData(int(config.activationObserver)));
    }
    m_observer->setEnabled(isStatic);
    const QString name = QString::fromStdString(layer->name);
    m_status->setText(isStatic
            ? tr("<b>%1</b> — %2, activations %3 %4-bit%5; calibrated on %n samples.", nullptr,
                  int(calibration->samples))
                  .arg(name.toHtmlEscaped(), LayerTableModel::modeLabel(config.mode),
                      QString::fromStdString(qs::toString(spec.dtype)), QString::number(spec.bits),
                      spec.reduceRange ? tr(" with reduce range (one bit less)") : QString())
            : tr("<b>%1</b> — %2: its activations are not quantized with calibrated ranges; the lines show what "
                 "static int8 would pick.")
                  .arg(name.toHtmlEscaped(), LayerTableModel::modeLabel(config.mode)));

    const std::vector<qs::ObserverKind> kinds = m_others->isChecked()
        ? qs::allObserverKinds()
        : std::vector<qs::ObserverKind> { config.activationObserver };
    const auto outputChoices = m_choices.choices(observed->output, kinds, spec, plan.observerSettings());
    const auto inputChoices = m_choices.choices(observed->input, kinds, spec, plan.observerSettings());
    m_output->setData(tr("Output of %1 (after the ops it fuses), %2 values")
                          .arg(name, formatCount(std::int64_t(observed->output.valueCount()))),
        observed->output.histogram(), outputChoices, config.activationObserver);
    const QString inputCount = formatCount(std::int64_t(observed->input.valueCount()));
    const QString inputTitle = observed->inputSharedWith.empty()
        ? tr("Input of %1, %2 values").arg(name, inputCount)
        : tr("Input of %1 = %3, %2 values").arg(name, inputCount, sharedTensorName(observed->inputSharedWith));
    m_input->setData(inputTitle, observed->input.histogram(), inputChoices, config.activationObserver);
}

void ActivationsPanel::onObserverChosen(int index)
{
    const qs::LayerInfo *layer = m_workbench->selectedLayerInfo();
    if (!layer || index < 0)
        return;
    qs::QuantPlan plan = m_workbench->plan();
    qs::LayerQuantConfig config = plan.resolve(*layer);
    config.activationObserver = qs::ObserverKind(m_observer->itemData(index).toInt());
    plan.setOverride(layer->name, config);
    if (!m_workbench->editPlan(plan,
            tr("Set observer of %1 to %2").arg(QString::fromStdString(layer->name), m_observer->itemText(index))))
        refresh(); // refused: show the plan's observer again
}

} // namespace qs::ui
