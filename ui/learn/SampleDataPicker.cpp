#include "SampleDataPicker.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <QLocale>

namespace qs::ui {

namespace {

// Item data: a distribution's enum value, or kLayerBase + the layer's index.
constexpr int kLayerBase = 1000;

} // namespace

SampleDataPicker::SampleDataPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("dataPicker"));
    setToolTip(tr("The values to quantize: generated sample data, or a real layer's weights from the open model"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("Normal distribution"), int(qs::SampleDistribution::Normal));
    addItem(tr("Uniform distribution"), int(qs::SampleDistribution::Uniform));
    addItem(tr("Laplace distribution (heavier tails)"), int(qs::SampleDistribution::Laplace));
    addItem(tr("Normal with 5 large outliers"), int(qs::SampleDistribution::NormalWithOutliers));
    connect(this, &QComboBox::currentIndexChanged, this, &SampleDataPicker::refreshValues);
    refreshValues();
}

SampleDataPicker::~SampleDataPicker() = default;

void SampleDataPicker::setModel(std::shared_ptr<const qs::Model> model)
{
    const QVariant current = currentData();
    m_model = std::move(model);
    blockSignals(true);
    while (count() > 4)
        removeItem(count() - 1);
    if (m_model) {
        const auto &layers = m_model->layers();
        for (std::size_t i = 0; i < layers.size(); ++i)
            addItem(
                tr("Weights of %1 (%2)")
                    .arg(QString::fromStdString(layers[i].name), QString::fromStdString(qs::toString(layers[i].kind))),
                kLayerBase + int(i));
    }
    const int again = findData(current);
    setCurrentIndex(again >= 0 ? again : 0);
    blockSignals(false);
    refreshValues();
}

void SampleDataPicker::selectDistribution(qs::SampleDistribution distribution)
{
    setCurrentIndex(findData(int(distribution)));
}

bool SampleDataPicker::selectLayer(std::size_t layer)
{
    const int index = findData(kLayerBase + int(layer));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool SampleDataPicker::isLayer() const
{
    return currentData().toInt() >= kLayerBase;
}

qs::SampleSpec SampleDataPicker::sampleSpec() const
{
    qs::SampleSpec spec;
    if (!isLayer())
        spec.distribution = qs::SampleDistribution(currentData().toInt());
    return spec;
}

QString SampleDataPicker::description() const
{
    const QLocale locale;
    if (isLayer() && m_values.size() < m_layerValueCount)
        return tr("%1: an evenly spaced sample of %2 of its %3 weights")
            .arg(currentText(), locale.toString(qulonglong(m_values.size())),
                locale.toString(qulonglong(m_layerValueCount)));
    return tr("%1: %2 values").arg(currentText(), locale.toString(qulonglong(m_values.size())));
}

void SampleDataPicker::refreshValues()
{
    const int data = currentData().toInt();
    if (data >= kLayerBase && m_model) {
        try {
            const std::vector<float> all = m_model->weightValues(std::size_t(data - kLayerBase));
            m_layerValueCount = all.size();
            m_values = qs::evenlySpacedSubset(all, kMaxLayerValues);
        } catch (const qs::Error &) {
            m_values.clear(); // the lesson shows an empty histogram; the workbench reports model errors
        }
    } else {
        m_values = qs::generateSamples(sampleSpec());
        m_layerValueCount = m_values.size();
    }
    Q_EMIT valuesChanged();
}

} // namespace qs::ui
