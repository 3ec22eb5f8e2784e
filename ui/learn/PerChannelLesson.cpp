#include "PerChannelLesson.h"

#include "ChannelRangesPlot.h"
#include "ChannelSqnrPlot.h"
#include "FormulaTable.h"
#include "LessonNumbers.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/WeightQParams.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

constexpr int kDefaultBits = 8;

enum Row { SharedScaleRow, ChannelScalesRow, PerTensorRow, PerChannelRow, WorstRow };

bool hasOutputChannels(const qs::LayerInfo &layer)
{
    const bool convOrLinear = layer.kind == qs::LayerKind::Conv1d || layer.kind == qs::LayerKind::Conv2d
        || layer.kind == qs::LayerKind::Linear;
    return convOrLinear && layer.channelAxis == 0 && !layer.weightShape.empty() && layer.weightShape[0] > 1;
}

double maxAbs(float lo, float hi)
{
    return std::max(std::abs(double(lo)), std::abs(double(hi)));
}

} // namespace

PerChannelLesson::PerChannelLesson(QWidget *parent)
    : LessonPage(tr("4. Per tensor or per channel"), parent)
{
    setExplanation(
        tr("<p>A convolution has one filter per <b>output channel</b>, and the filters of a trained layer can "
           "have quite different sizes: one channel's weights may span ±0.5, another's only ±0.1.</p>"
           "<p><b>Per tensor</b>, one scale serves the whole layer. It must cover the largest channel, so a "
           "channel with small weights sees only a few of the 256 levels: its weights are rounded to the "
           "same handful of values and much of its information is lost.</p>"
           "<p><b>Per channel</b>, every output channel gets its own scale (here symmetric, as PyTorch's "
           "default for weights: <i>s<sub>c</sub></i> = max|<i>w<sub>c</sub></i>| / 127.5). Each channel uses "
           "all levels for its own range. It costs one scale per channel to store, and since each output "
           "channel is computed separately the integer arithmetic stays as simple as before.</p>"
           "<p><b>Read the plots.</b> Above: each channel's [min, max] as a blue bar, and the dashed range one "
           "shared scale must cover. Below: every channel's SQNR with one shared scale (red) and with its own "
           "scale (green). The channels with small bars above have the low red bars below.</p>"
           "<p><b>Try it.</b> Pick other layers; lower the bits to make the gap bigger. This is why PyTorch "
           "quantizes weights per channel by default on x86 and ARM servers.</p>"));

    m_stack = new QStackedWidget(this);
    auto *placeholder = new QLabel(tr("This lesson needs a model with a convolution or linear layer. Open one in the "
                                      "workbench (File ▸ Open, or the demo CNN) and come back."),
        this);
    placeholder->setObjectName(QStringLiteral("noModelMessage"));
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layers = new QComboBox(page);
    m_layers->setObjectName(QStringLiteral("layerCombo"));
    m_layers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bits = new QSpinBox(page);
    m_bits->setObjectName(QStringLiteral("bitsSpin"));
    m_bits->setRange(2, 8);
    auto *controls = new QHBoxLayout;
    addLabelled(controls, tr("&Layer"), m_layers);
    addLabelled(controls, tr("b&its"), m_bits);
    auto *scheme = new QLabel(tr("signed, symmetric (PyTorch's weight default)"), page);
    scheme->setWordWrap(true); // two lines rather than a page wider than the window (German, large text)
    controls->addWidget(scheme, 1);
    layout->addLayout(controls);

    m_ranges = new ChannelRangesPlot(page);
    m_sqnr = new ChannelSqnrPlot(page);
    layout->addWidget(m_ranges, 1);
    layout->addWidget(m_sqnr, 1);
    m_readout = new FormulaTable(tr("One shared scale against a scale per channel"), page);
    m_readout->setObjectName(QStringLiteral("perChannelReadout"));
    m_readout->addRow(tr("shared scale"), QStringLiteral("sharedScale"));
    m_readout->addRow(tr("channel scales"), QStringLiteral("channelScales"));
    m_readout->addRow(tr("per tensor"), QStringLiteral("perTensorSqnr"));
    m_readout->addRow(tr("per channel"), QStringLiteral("perChannelSqnr"));
    m_readout->addRow(tr("worst channel"), QStringLiteral("worstChannel"));
    layout->addWidget(m_readout);
    m_stack->addWidget(page);
    contentLayout()->addWidget(m_stack);

    connect(m_layers, &QComboBox::currentIndexChanged, this, &PerChannelLesson::update);
    connect(m_bits, &QSpinBox::valueChanged, this, &PerChannelLesson::update);
    reset();
}

PerChannelLesson::~PerChannelLesson() = default;

int PerChannelLesson::mostUnevenLayer(const qs::Model &model)
{
    int best = -1;
    double bestRatio = 0.0;
    bool bestIsConv = false;
    const auto &layers = model.layers();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (!hasOutputChannels(layers[i]))
            continue;
        const qs::ChannelRanges r = model.channelRanges(i);
        double largest = 0.0, smallest = 1e300;
        for (std::size_t c = 0; c < r.mins.size(); ++c) {
            largest = std::max(largest, maxAbs(r.mins[c], r.maxs[c]));
            smallest = std::min(smallest, maxAbs(r.mins[c], r.maxs[c]));
        }
        const double ratio = smallest > 0 ? largest / smallest : 1e300;
        const bool isConv = layers[i].kind != qs::LayerKind::Linear;
        if (best < 0 || (isConv && !bestIsConv) || (isConv == bestIsConv && ratio > bestRatio)) {
            best = int(i);
            bestRatio = ratio;
            bestIsConv = isConv;
        }
    }
    return best;
}

void PerChannelLesson::reset()
{
    m_updating = true;
    m_bits->setValue(kDefaultBits);
    if (m_model) {
        const int index = m_layers->findData(mostUnevenLayer(*m_model));
        m_layers->setCurrentIndex(std::max(0, index));
    }
    m_updating = false;
    update();
}

void PerChannelLesson::setModel(std::shared_ptr<const qs::Model> model)
{
    m_model = std::move(model);
    m_updating = true;
    m_layers->clear();
    if (m_model) {
        const auto &layers = m_model->layers();
        for (std::size_t i = 0; i < layers.size(); ++i)
            if (hasOutputChannels(layers[i]))
                m_layers->addItem(tr("%1 (%2, %3 channels)")
                                      .arg(QString::fromStdString(layers[i].name),
                                          QString::fromStdString(qs::toString(layers[i].kind)))
                                      .arg(layers[i].weightShape[0]),
                    int(i));
    }
    m_updating = false;
    reset();
}

bool PerChannelLesson::hasLayer() const
{
    return m_model && m_layers->count() > 0;
}

int PerChannelLesson::layer() const
{
    return hasLayer() ? m_layers->currentData().toInt() : -1;
}

bool PerChannelLesson::selectLayer(int layer)
{
    const int index = m_layers->findData(layer);
    if (index < 0)
        return false;
    m_layers->setCurrentIndex(index);
    return true;
}

qs::QuantSpec PerChannelLesson::spec() const
{
    qs::QuantSpec spec = qs::perChannelSymmetricQInt8();
    spec.bits = m_bits->value();
    return spec;
}

void PerChannelLesson::update()
{
    if (m_updating)
        return;
    m_perTensor.clear();
    m_perChannel.clear();
    if (!hasLayer()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const std::size_t index = std::size_t(layer());
    const qs::QuantSpec s = spec();
    const qs::QuantRange range = s.range();
    try {
        const qs::LayerInfo &info = m_model->layers()[index];
        const std::vector<float> weights = m_model->weightValues(index);
        const qs::ChannelRanges ranges = m_model->channelRanges(index);
        const qs::QParams shared = qs::weightQParams(info, s);
        const qs::PerChannelQParams own = qs::weightQParamsPerChannel(*m_model, index, s);
        qs::PerChannelQParams sharedPerChannel = own;
        std::fill(sharedPerChannel.scales.begin(), sharedPerChannel.scales.end(), shared.scale);
        std::fill(sharedPerChannel.zeroPoints.begin(), sharedPerChannel.zeroPoints.end(), shared.zeroPoint);
        m_perTensor = qs::measurePerChannelQuantizationError(weights, sharedPerChannel, range);
        m_perChannel = qs::measurePerChannelQuantizationError(weights, own, range);

        m_ranges->setRanges(
            ranges.mins, ranges.maxs, qs::dequantizeValue(range.qmin, shared), qs::dequantizeValue(range.qmax, shared));
        std::vector<double> tensorDb, channelDb;
        qs::QuantizationError tensorTotal, channelTotal;
        std::size_t worst = 0;
        for (std::size_t c = 0; c < m_perTensor.size(); ++c) {
            tensorDb.push_back(m_perTensor[c].sqnrDb());
            channelDb.push_back(m_perChannel[c].sqnrDb());
            tensorTotal += m_perTensor[c];
            channelTotal += m_perChannel[c];
            if (m_perTensor[c].sqnrDb() < m_perTensor[worst].sqnrDb())
                worst = c;
        }
        m_sqnr->setSqnr(tensorDb, channelDb);

        const auto [smallestScale, largestScale] = std::minmax_element(own.scales.begin(), own.scales.end());
        m_readout->setRow(SharedScaleRow,
            tr("max|w| / ((Q<sub>max</sub> − Q<sub>min</sub>)/2) over the whole layer, %1 levels").arg(range.levels()),
            lessonNumber(shared.scale));
        m_readout->setRow(ChannelScalesRow,
            tr("the same for each channel: from %1 to %2 (%3× apart)")
                .arg(lessonNumber(*smallestScale), lessonNumber(*largestScale),
                    QLocale().toString(*largestScale / *smallestScale, 'g', 3)),
            QStringLiteral("%1 … %2").arg(lessonNumber(*smallestScale), lessonNumber(*largestScale)));
        m_readout->setRow(
            PerTensorRow, tr("SQNR of the whole layer with one shared scale"), lessonDecibels(tensorTotal.sqnrDb()));
        m_readout->setRow(PerChannelRow, tr("SQNR of the whole layer with a scale per channel"),
            lessonDecibels(channelTotal.sqnrDb()));
        const double worstSteps = maxAbs(ranges.mins[worst], ranges.maxs[worst]) / shared.scale;
        m_readout->setRow(WorstRow,
            tr("channel %1 spans only ±%2 steps of the shared scale: %3 shared, %4 with its own scale")
                .arg(worst)
                .arg(QLocale().toString(worstSteps, 'g', 3), lessonDecibels(m_perTensor[worst].sqnrDb()),
                    lessonDecibels(m_perChannel[worst].sqnrDb())),
            tr("channel %1").arg(worst));
    } catch (const qs::Error &e) {
        m_readout->setRow(SharedScaleRow, QString::fromStdString(e.what()).toHtmlEscaped(), QString());
    }
}

} // namespace qs::ui
