#include "LayerToModelLesson.h"

#include "LayerCurvePlot.h"
#include "LayerDropExplanation.h"
#include "LessonNumbers.h"
#include "PlotStyle.h"

#include "quantscope/Dataset.h"
#include "quantscope/Model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace qs::ui {

namespace {

// At 8 bits nothing on the demo CNN breaks; at 4 bits the step that does is plain to see.
constexpr int kDefaultBits = 4;

enum Column { StepColumn, LayerColumn, KindColumn, StateColumn, AccuracyColumn, ChangeColumn, SizeColumn, ColumnCount };

QString kilobytes(std::int64_t bytes)
{
    return QLocale().toString(double(bytes) / 1000.0, 'f', 1);
}

QString signedPoints(double points)
{
    const QString text = QLocale().toString(std::abs(points), 'f', 1);
    return points < -0.05 ? QStringLiteral("−") + text : (points > 0.05 ? QStringLiteral("+") + text : text);
}

} // namespace

LayerToModelLesson::LayerToModelLesson(QWidget *parent)
    : LessonPage(tr("5. From layer to model"), parent)
{
    setExplanation(
        tr("<p>Lessons 1–4 looked at one tensor at a time. A model is a chain of layers, and what counts in "
           "the end is whether it still gives the right answers.</p>"
           "<p>Here a trained demo model is quantized <b>one layer after another</b>: step 0 is the float "
           "model, step 1 quantizes one layer (weights and activations), step 2 two, and so on until every "
           "layer is quantized. After each step the top-1 accuracy is measured on the same test images, with "
           "one calibration shared by all steps, so the only thing that changes is which layers are "
           "quantized.</p>"
           "<p><b>Read the plot.</b> The blue line is the accuracy, the grey steps the size of the weights "
           "(4 bytes per weight in float, <i>b</i>/8 bytes at <i>b</i> bits). The red segment is the step that "
           "costs most: that layer is the most <b>sensitive</b> one at this bit width. Move the slider to see "
           "which layers are quantized at each step.</p>"
           "<p><b>Try it.</b> At 8 bits PyTorch's int8 kernels run the model and hardly any accuracy is lost. "
           "Lower the bits (below 8 the integers are simulated in float, with exactly the rounding and "
           "clipping an integer kernel would do) until one step breaks. Then change the order: quantizing the "
           "most sensitive layer first puts the drop at step 1; least sensitive first keeps the model good "
           "for longest. A layer that breaks the model is the one to keep in float or at 8 bits in a "
           "mixed-precision plan, which is what the workbench's Sensitivity analysis suggests.</p>"));

    m_job = new LayerCurveJob(this);

    m_bits = new QComboBox(this);
    m_bits->setObjectName(QStringLiteral("bitsCombo"));
    m_bits->addItem(tr("8 (real int8 kernels)"), 8);
    for (int b = 7; b >= 2; --b)
        m_bits->addItem(tr("%1 (simulated)").arg(b), b);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("model order"), int(qs::LayerOrder::Model));
    m_order->addItem(tr("most sensitive first"), int(qs::LayerOrder::MostSensitiveFirst));
    m_order->addItem(tr("least sensitive first"), int(qs::LayerOrder::LeastSensitiveFirst));
    m_run = new QPushButton(tr("Compute"), this);
    m_run->setObjectName(QStringLiteral("computeButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    auto *controls = new QHBoxLayout;
    addLabelled(controls, tr("&Bits"), m_bits);
    addLabelled(controls, tr("&Order"), m_order);
    controls->addWidget(m_run);
    controls->addWidget(m_progress);
    controls->addStretch(1);
    contentLayout()->addLayout(controls);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("curveStatus"));
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_status);

    m_plot = new LayerCurvePlot(this);
    contentLayout()->addWidget(m_plot, 1);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("stepSlider"));
    m_slider->setRange(0, 0);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_sliderValue = new QLabel(this);
    m_sliderValue->setObjectName(QStringLiteral("stepValue"));
    auto *sliderRow = new QHBoxLayout;
    addLabelled(sliderRow, tr("&Layers quantized"), m_slider);
    sliderRow->addWidget(m_sliderValue);
    contentLayout()->addLayout(sliderRow);

    m_stepReadout = new QLabel(this);
    m_stepReadout->setObjectName(QStringLiteral("stepReadout"));
    m_stepReadout->setWordWrap(true);
    m_stepReadout->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_stepReadout);
    m_largestDrop = new QLabel(this);
    m_largestDrop->setObjectName(QStringLiteral("largestDrop"));
    m_largestDrop->setWordWrap(true);
    m_largestDrop->setStyleSheet(QStringLiteral("color: #b42020;"));
    contentLayout()->addWidget(m_largestDrop);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("stepTable"));
    m_table->setHorizontalHeaderLabels({ tr("step"), tr("layer quantized"), tr("kind"), tr("at the selected step"),
        tr("accuracy"), tr("change\n(points)"), tr("weights\n(kB)") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // every row shows; the plot takes the rest
    contentLayout()->addWidget(m_table);

    connect(m_bits, &QComboBox::currentIndexChanged, this, &LayerToModelLesson::controlsChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, &LayerToModelLesson::controlsChanged);
    connect(m_slider, &QSlider::valueChanged, this, &LayerToModelLesson::showStep);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { m_slider->setValue(row); });
    connect(m_run, &QPushButton::clicked, this, [this] { isComputing() ? cancel() : compute(); });
    connect(m_job, &LayerCurveJob::progressChanged, this, [this](double fraction, const QString &message) {
        m_progress->setValue(int(fraction * 1000.0));
        m_status->setText(tr("Computing the curve: %1…").arg(message));
    });
    connect(m_job, &LayerCurveJob::finished, this, [this](const LayerCurveResult &result) {
        setRunning(false);
        showResult(result);
        Q_EMIT computationFinished(true);
    });
    connect(m_job, &LayerCurveJob::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Stopped. Press Compute to measure the curve for these settings."));
        Q_EMIT computationFinished(false);
    });
    connect(m_job, &LayerCurveJob::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("The curve could not be computed: %1").arg(message.toHtmlEscaped()));
        Q_EMIT computationFinished(false);
    });
    setRunning(false);
    reset();
}

LayerToModelLesson::~LayerToModelLesson() = default;

int LayerToModelLesson::bits() const
{
    return m_bits->currentData().toInt();
}

qs::LayerOrder LayerToModelLesson::order() const
{
    return qs::LayerOrder(m_order->currentData().toInt());
}

bool LayerToModelLesson::isComputing() const
{
    return m_job->isRunning();
}

std::size_t LayerToModelLesson::selectedStep() const
{
    return std::size_t(m_slider->value());
}

void LayerToModelLesson::selectStep(std::size_t step)
{
    m_slider->setValue(int(step));
}

void LayerToModelLesson::setSampleCounts(std::size_t calibration, std::size_t evaluation)
{
    if (calibration == m_calibrationSamples && evaluation == m_evaluationSamples)
        return;
    m_calibrationSamples = calibration;
    m_evaluationSamples = evaluation;
    m_inputs.reset();
    m_rankings.clear();
    controlsChanged();
}

void LayerToModelLesson::reset()
{
    cancel();
    m_updating = true;
    m_bits->setCurrentIndex(std::max(0, m_bits->findData(kDefaultBits)));
    m_order->setCurrentIndex(0);
    m_updating = false;
    controlsChanged();
}

void LayerToModelLesson::setModel(std::shared_ptr<const qs::Model> model)
{
    std::shared_ptr<const qs::Model> wanted = model && LayerCurveJob::demoOf(*model) ? model : nullptr;
    if (wanted == m_wantedModel)
        return; // the same demo, or still the cnn demo: the curve stands
    m_wantedModel = std::move(wanted);
    m_inputs.reset();
    m_rankings.clear();
    controlsChanged();
}

void LayerToModelLesson::controlsChanged()
{
    if (m_updating)
        return;
    m_stale = true;
    if (isVisible())
        compute();
    else {
        cancel();
        m_status->setText(tr("The curve is measured when this lesson is shown."));
    }
}

void LayerToModelLesson::compute()
{
    LayerCurveRequest request;
    request.model = m_wantedModel;
    request.inputs = m_inputs;
    request.bits = bits();
    request.order = order();
    request.calibrationSamples = m_calibrationSamples;
    request.evaluationSamples = m_evaluationSamples;
    if (const auto known = m_rankings.find(request.bits); m_inputs && known != m_rankings.end())
        std::tie(request.ranking, request.rankingDropPoints) = known->second;
    m_progress->setValue(0);
    m_status->setText(m_inputs ? tr("Computing the curve…")
                               : tr("Loading the demo model and its data, calibrating on %1 training images…")
                                     .arg(m_calibrationSamples));
    setRunning(true);
    m_job->start(request);
}

void LayerToModelLesson::cancel()
{
    if (m_job->isRunning())
        m_job->cancel();
}

void LayerToModelLesson::setRunning(bool running)
{
    m_run->setText(running ? tr("Cancel") : tr("Compute"));
    m_run->setToolTip(running ? tr("Stop measuring the curve") : tr("Measure the curve for these settings"));
    m_progress->setVisible(running);
}

void LayerToModelLesson::showEvent(QShowEvent *event)
{
    LessonPage::showEvent(event);
    // Also when a job cancelled by hiding has not ended yet: the new job replaces it.
    if (m_stale)
        compute();
}

void LayerToModelLesson::hideEvent(QHideEvent *event)
{
    LessonPage::hideEvent(event);
    // Closing the Learn view or turning to another lesson stops the work; showing it again resumes.
    if (isComputing()) {
        cancel();
        m_stale = true;
    }
}

void LayerToModelLesson::showResult(const LayerCurveResult &result)
{
    const bool sameModel = m_result && m_result->inputs.model == result.inputs.model
        && m_result->curve.steps.size() == result.curve.steps.size();
    const int previousStep = m_slider->value();
    m_inputs = result.inputs;
    m_result = result;
    if (!result.curve.ranking.empty())
        m_rankings[result.curve.bits] = { result.curve.ranking, result.curve.rankingDropPoints };
    m_stale = false;
    const qs::LayerByLayerCurve &curve = m_result->curve;
    const std::size_t steps = curve.steps.size() - 1;

    std::vector<double> accuracy, size;
    for (const auto &step : curve.steps) {
        accuracy.push_back(step.accuracy * 100.0);
        size.push_back(double(step.weightBytes) / 1000.0);
    }
    const std::size_t worst = curve.largestDropStep();
    const bool noticeable = worst > 0 && -curve.steps[worst].changePoints >= kNoticeableDropPoints;
    m_plot->setCurve(accuracy, size, worst,
        noticeable ? tr("%1: %2 points").arg(QString::fromStdString(curve.steps[worst].layer),
                         signedPoints(curve.steps[worst].changePoints))
                   : QString());
    m_largestDrop->setText(largestDropExplanation(*m_inputs->model, curve));
    m_status->setText(tr("%1 (%2), %3 bits (%4): top-1 on the first %5 test images, one calibration on %6 "
                         "training images shared by every step.")
                          .arg(QString::fromStdString(m_inputs->demo.title), QString::fromStdString(m_inputs->demo.name))
                          .arg(curve.bits)
                          .arg(curve.form == qs::QuantizedForm::Real ? tr("LibTorch's int8 kernels")
                                                                      : tr("simulated in float"))
                          .arg(curve.evaluationSamples)
                          .arg(curve.calibrationSamples));

    m_updating = true;
    m_slider->setRange(0, int(steps));
    m_updating = false;
    fillTable();
    m_slider->setValue(sameModel ? std::min(previousStep, int(steps)) : int(steps));
    showStep();
}

void LayerToModelLesson::fillTable()
{
    const qs::LayerByLayerCurve &curve = m_result->curve;
    const auto &layers = m_inputs->model->layers();
    const std::size_t worst = curve.largestDropStep();
    m_table->setRowCount(int(curve.steps.size()));
    for (std::size_t k = 0; k < curve.steps.size(); ++k) {
        const qs::LayerByLayerStep &step = curve.steps[k];
        const QStringList cells = { QString::number(k),
            k == 0 ? tr("none (float model)") : QString::fromStdString(step.layer),
            k == 0 ? QString() : QString::fromStdString(qs::toString(layers[std::size_t(step.layerIndex)].kind)),
            QString(), lessonAccuracy(step.accuracy), k == 0 ? QString() : signedPoints(step.changePoints),
            kilobytes(step.weightBytes) };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= AccuracyColumn || c == StepColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (k == worst && -step.changePoints >= kNoticeableDropPoints) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setForeground(QColor(180, 30, 30));
            }
            m_table->setItem(int(k), c, item);
        }
    }
}

void LayerToModelLesson::showStep()
{
    if (m_updating)
        return;
    if (!m_result) {
        m_sliderValue->setText(QString());
        m_stepReadout->setText(QString());
        return;
    }
    const qs::LayerByLayerCurve &curve = m_result->curve;
    const std::size_t k = std::min(selectedStep(), curve.steps.size() - 1);
    const std::size_t steps = curve.steps.size() - 1;
    m_sliderValue->setText(tr("%1 of %2").arg(k).arg(steps));
    m_plot->setSelectedStep(k);
    // A green tint of the table's base colour: light green on white, dark green on a dark theme.
    const QColor current = mixColours(m_table->palette().color(QPalette::Base), QColor(60, 170, 90), 0.22);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool quantized = row >= 1 && std::size_t(row) <= k;
        if (auto *item = m_table->item(row, StateColumn))
            item->setText(row == 0 ? QString() : (quantized ? tr("%1 bits").arg(curve.bits) : tr("float")));
        for (int c = 0; c < ColumnCount; ++c)
            if (auto *item = m_table->item(row, c))
                item->setBackground(std::size_t(row) == k ? current : QBrush());
    }

    const qs::LayerByLayerStep &step = curve.steps[k];
    const qs::LayerByLayerStep &first = curve.steps.front();
    const double lost = (first.accuracy - step.accuracy) * 100.0;
    const double sizeShare = first.weightBytes ? double(step.weightBytes) / double(first.weightBytes) : 1.0;
    QString what = tr("Step 0: every layer in float.");
    if (k == 1)
        what = tr("Step 1: one layer quantized to %1 bits, the rest in float.").arg(curve.bits);
    else if (k > 1)
        what = tr("Step %1: %1 layers quantized to %2 bits, the rest in float.").arg(k).arg(curve.bits);
    m_stepReadout->setText(
        tr("<b>%1</b> Accuracy <b>%2</b> (float %3, %4 points lost); weights <b>%5 kB</b>, %6 of the float "
           "model's %7 kB.")
            .arg(what, lessonAccuracy(step.accuracy), lessonAccuracy(first.accuracy), QLocale().toString(lost, 'f', 1),
                kilobytes(step.weightBytes), lessonPercent(sizeShare), kilobytes(first.weightBytes)));
}

} // namespace qs::ui
