#include "RoundingClippingLesson.h"

#include "DistributionPlot.h"
#include "FormulaTable.h"
#include "LessonNumbers.h"
#include "SampleDataPicker.h"
#include "SqnrCurvePlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

// 4 bits: few enough levels that both errors are visible, as in the papers on clipping.
constexpr int kDefaultBits = 4;

enum Row { RangeRow, ScaleRow, ClippedRow, RoundingRow, ClippingRow, MseRow, SqnrRow, RmseRow };

} // namespace

RoundingClippingLesson::RoundingClippingLesson(QWidget *parent)
    : LessonPage(tr("2. Rounding and clipping"), parent)
{
    setExplanation(
        tr("<p>With a fixed number of integers, the range you choose decides two kinds of error:</p>"
           "<ul><li><b>Rounding error</b>: every value inside the range moves to the nearest level, at most half a "
           "step away. A wider range means bigger steps and more rounding error for <i>all</i> values.</li>"
           "<li><b>Clipping error</b>: values outside the range are set to its edge. A narrower range clips more "
           "values, and a clipped value can be far from its edge.</li></ul>"
           "<p>The <b>clipping threshold</b> <i>t</i> keeps [−<i>t</i>, <i>t</i>] (never wider than the data). "
           "Drag the red <i>clip</i> lines on the histogram, or click the SQNR plot. The shaded tails are "
           "clipped; the grey lines are the levels the integers stand for.</p>"
           "<p>Two numbers summarise the error:</p>"
           "<ul><li><b>SQNR</b>, the signal-to-quantization-noise ratio: 20·log<sub>10</sub>(‖<i>x</i>‖ / "
           "‖<i>x</i> − <i>x̂</i>‖) in decibels. Higher is better; every extra bit adds about 6 dB.</li>"
           "<li><b>RMSE / scale</b>: the typical error in steps. Pure rounding gives 1/√12 ≈ 0.289; much more "
           "means clipping hurts.</li></ul>"
           "<p><b>Try it.</b> Start at the full range (no clipping) and move the threshold inwards: the rounding "
           "error falls, the clipping error grows, and the SQNR curve has a peak, marked in green. Then pick "
           "<i>Normal with 5 large outliers</i>: covering five values wastes almost all levels on empty space, "
           "and clipping them wins by far. Try a real layer's weights from the open model, and 8 bits instead "
           "of 4.</p>"));

    m_data = new SampleDataPicker(this);
    m_bits = new QSpinBox(this);
    m_bits->setObjectName(QStringLiteral("bitsSpin"));
    m_bits->setRange(2, 8);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("symmetric"));
    m_scheme->addItem(tr("affine"));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setDecimals(4);
    m_threshold->setToolTip(tr("Clip at ±t (or drag the clip lines on the histogram)"));
    auto *best = new QPushButton(tr("Use the &best threshold"), this);
    best->setObjectName(QStringLiteral("bestButton"));
    auto *full = new QPushButton(tr("&Full range"), this);
    full->setToolTip(tr("No clipping: the range of the data, as the MinMax observer chooses"));
    m_logCount = new QCheckBox(tr("&Logarithmic count"), this);
    m_logCount->setToolTip(tr("Show rare values (outliers) on the count axis"));

    auto *row1 = new QHBoxLayout;
    addLabelled(row1, tr("&Data"), m_data);
    addLabelled(row1, tr("b&its"), m_bits);
    addLabelled(row1, tr("s&cheme"), m_scheme);
    row1->addStretch(1);
    auto *row2 = new QHBoxLayout;
    addLabelled(row2, tr("clipping &threshold t"), m_threshold);
    row2->addWidget(best);
    row2->addWidget(full);
    row2->addWidget(m_logCount);
    row2->addStretch(1);
    contentLayout()->addLayout(row1);
    contentLayout()->addLayout(row2);

    m_distribution = new DistributionPlot(tr("The values, the clipping range and the quantization levels"),
        QStringLiteral("learn-rounding-clipping"), this);
    m_curve = new SqnrCurvePlot(this);
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_distribution, 3);
    plots->addWidget(m_curve, 2);
    contentLayout()->addLayout(plots, 1);

    m_readout = new FormulaTable(tr("Error at this threshold"), this);
    m_readout->setObjectName(QStringLiteral("errorReadout"));
    m_readout->addRow(tr("range"), QStringLiteral("range"));
    m_readout->addRow(tr("scale s, zero point z"), QStringLiteral("scale"));
    m_readout->addRow(tr("clipped"), QStringLiteral("clipped"));
    m_readout->addRow(tr("rounding error"), QStringLiteral("roundingMse"));
    m_readout->addRow(tr("clipping error"), QStringLiteral("clippingMse"));
    m_readout->addRow(tr("total (MSE)"), QStringLiteral("mse"));
    m_readout->addRow(tr("SQNR"), QStringLiteral("sqnr"));
    m_readout->addRow(tr("RMSE / scale"), QStringLiteral("rmseOverScale"));
    contentLayout()->addWidget(m_readout);

    connect(m_data, &SampleDataPicker::valuesChanged, this, &RoundingClippingLesson::dataChanged);
    connect(m_bits, &QSpinBox::valueChanged, this, &RoundingClippingLesson::specChanged);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &RoundingClippingLesson::specChanged);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &RoundingClippingLesson::update);
    connect(m_logCount, &QCheckBox::toggled, m_distribution, &DistributionPlot::setLogCount);
    connect(m_distribution, &DistributionPlot::thresholdDragged, this, &RoundingClippingLesson::setThreshold);
    connect(m_curve, &SqnrCurvePlot::thresholdPicked, this, &RoundingClippingLesson::setThreshold);
    connect(best, &QPushButton::clicked, this, [this] {
        if (!m_sweep.empty())
            setThreshold(m_sweep[qs::bestSweepPoint(m_sweep)].threshold);
    });
    connect(full, &QPushButton::clicked, this, [this] { setThreshold(m_threshold->maximum()); });
    reset();
}

RoundingClippingLesson::~RoundingClippingLesson() = default;

void RoundingClippingLesson::reset()
{
    m_updating = true;
    m_bits->setValue(kDefaultBits);
    m_scheme->setCurrentIndex(0);
    m_updating = false;
    if (m_data->currentIndex() != 0)
        m_data->setCurrentIndex(0); // emits valuesChanged → dataChanged()
    else
        dataChanged();
}

void RoundingClippingLesson::setModel(std::shared_ptr<const qs::Model> model)
{
    m_data->setModel(std::move(model));
}

qs::QuantSpec RoundingClippingLesson::spec() const
{
    qs::QuantSpec spec;
    spec.dtype = qs::QuantDtype::QInt8;
    spec.scheme = m_scheme->currentIndex() == 0 ? qs::QuantScheme::Symmetric : qs::QuantScheme::Affine;
    spec.bits = m_bits->value();
    return spec;
}

double RoundingClippingLesson::threshold() const
{
    return m_threshold->value();
}

void RoundingClippingLesson::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

const std::vector<float> &RoundingClippingLesson::values() const
{
    return m_data->values();
}

void RoundingClippingLesson::dataChanged()
{
    const auto &x = values();
    m_dataMin = 0.0f;
    m_dataMax = 0.0f;
    if (!x.empty()) {
        const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
        m_dataMin = *lo;
        m_dataMax = *hi;
    }
    const double maxAbs = std::max(std::abs(m_dataMin), std::abs(m_dataMax));
    m_updating = true;
    // Step in about 1/200 of the range; enough decimals for small weights.
    m_threshold->setDecimals(maxAbs < 0.1 ? 6 : 4);
    m_threshold->setRange(maxAbs / 1000.0, std::max(maxAbs, 1e-6));
    m_threshold->setSingleStep(maxAbs / 200.0);
    m_threshold->setValue(m_threshold->maximum());
    m_logCount->setChecked(
        m_data->sampleSpec().distribution == qs::SampleDistribution::NormalWithOutliers && !m_data->isLayer());
    m_updating = false;
    m_distribution->setValues(x);
    m_distribution->setLogCount(m_logCount->isChecked());
    specChanged();
}

void RoundingClippingLesson::specChanged()
{
    if (m_updating)
        return;
    m_sweep = qs::sweepClippingThreshold(values(), spec());
    m_curve->setSweep(m_sweep);
    update();
}

void RoundingClippingLesson::update()
{
    if (m_updating)
        return;
    const qs::QuantSpec s = spec();
    const qs::QuantRange range = s.range();
    const qs::ClippingRange clip = qs::clipAtThreshold(m_dataMin, m_dataMax, float(threshold()));
    const qs::QParams qp = qs::calculateQParams(clip.min, clip.max, s);
    const qs::QuantizationError e = qs::measureQuantizationError(values(), qp, range);

    std::vector<double> levels;
    for (int q = range.qmin; q <= range.qmax; ++q)
        levels.push_back(qs::dequantizeValue(q, qp));
    m_distribution->setClipping(clip.min, clip.max, levels);
    m_curve->setCurrent(threshold(), e.sqnrDb());

    const QLocale locale;
    const double lowest = qs::dequantizeValue(range.qmin, qp), highest = qs::dequantizeValue(range.qmax, qp);
    m_readout->setRow(RangeRow,
        tr("the data's range, clipped at ±t = ±%1; %2 levels").arg(lessonNumber(threshold())).arg(range.levels()),
        QStringLiteral("[%1, %2]").arg(lessonNumber(clip.min), lessonNumber(clip.max)));
    m_readout->setRow(
        ScaleRow, tr("from that range as in lesson 1 (zero point z = %1)").arg(qp.zeroPoint), lessonNumber(qp.scale));
    m_readout->setRow(ClippedRow,
        tr("%1 of %2 values lie more than half a step beyond the end levels %3 and %4")
            .arg(locale.toString(qulonglong(e.clippedCount)), locale.toString(qulonglong(e.count)),
                lessonNumber(lowest), lessonNumber(highest)),
        lessonPercent(e.count ? double(e.clippedCount) / double(e.count) : 0.0));
    const double total = e.errorEnergy();
    m_readout->setRow(RoundingRow,
        tr("Σ(x − <i>x̂</i>)² / n over the values only rounded: %1 of the error")
            .arg(lessonPercent(total > 0 ? e.roundingEnergy / total : 0.0)),
        lessonNumber(e.roundingMse()));
    m_readout->setRow(ClippingRow,
        tr("the same over the clipped values: %1 of the error")
            .arg(lessonPercent(total > 0 ? e.clippingEnergy / total : 0.0)),
        lessonNumber(e.clippingMse()));
    m_readout->setRow(MseRow, tr("mean squared error: rounding + clipping"), lessonNumber(e.mse()));
    m_readout->setRow(SqnrRow, tr("20·log<sub>10</sub>(‖x‖ / ‖x − <i>x̂</i>‖)"), lessonDecibels(e.sqnrDb()));
    m_readout->setRow(RmseRow, tr("√MSE / s: the typical error in steps (rounding alone: 0.289)"),
        lessonNumber(e.rmseOverScale(qp.scale)));
}

} // namespace qs::ui
