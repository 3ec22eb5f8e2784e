#include "LayerPanel.h"

#include "ModelAnalysis.h"
#include "NumberFormat.h"
#include "WeightHistogramPlot.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace qs::ui {

namespace {

QGroupBox *makeGroup(const QString &title, QWidget *parent, QFormLayout **form)
{
    auto *group = new QGroupBox(title, parent);
    *form = new QFormLayout(group);
    (*form)->setLabelAlignment(Qt::AlignLeft);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setVerticalSpacing(2);
    return group;
}

QString rangeText(int low, int high)
{
    return low == high ? QString::number(low) : LayerPanel::tr("%1 to %2").arg(low).arg(high);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35900;"));

    m_details = new QWidget(this);
    QFormLayout *weights = nullptr;
    QFormLayout *perTensor = nullptr;
    QFormLayout *perChannel = nullptr;
    auto *weightsGroup = makeGroup(tr("Weights"), m_details, &weights);
    auto *perTensorGroup = makeGroup(tr("Per tensor"), m_details, &perTensor);
    auto *perChannelGroup = makeGroup(tr("Per channel"), m_details, &perChannel);

    addField(weights, Field::Shape, tr("Shape:"));
    addField(weights, Field::Params, tr("Parameters:"), tr("Weights and biases"));
    addField(weights, Field::Min, tr("Min:"), tr("Smallest finite weight value"));
    addField(weights, Field::Max, tr("Max:"), tr("Largest finite weight value"));
    addField(weights, Field::Mean, tr("Mean:"));
    addField(weights, Field::Std, tr("Std. deviation:"), tr("Population standard deviation of the finite weights"));

    const QString affine = tr("PyTorch's MinMaxObserver, quint8 (0 to 255):\n"
                              "scale = (max(max, 0) − min(min, 0)) / 255\n"
                              "zero point = 0 − round(min(min, 0) / scale)");
    const QString symmetric = tr("PyTorch's MinMaxObserver, qint8 (−128 to 127), symmetric:\n"
                                 "scale = max(−min, max) / 127.5\nzero point = 0");
    const QString channels = tr("PyTorch's PerChannelMinMaxObserver, qint8, symmetric: one scale per output "
                                "channel, scale = max(−min, max) / 127.5 over that channel's weights");
    addField(perTensor, Field::AffineScale, tr("Affine quint8 scale:"), affine);
    addField(perTensor, Field::AffineZeroPoint, tr("Affine quint8 zero point:"), affine);
    addField(perTensor, Field::SymmetricScale, tr("Symmetric qint8 scale:"), symmetric);
    addField(perTensor, Field::SymmetricZeroPoint, tr("Symmetric qint8 zero point:"), symmetric);
    addField(perChannel, Field::ChannelScheme, tr("Scheme:"), channels);
    addField(perChannel, Field::Channels, tr("Channels:"), channels);
    addField(perChannel, Field::ChannelScaleMin, tr("Smallest scale:"), channels);
    addField(perChannel, Field::ChannelScaleMax, tr("Largest scale:"), channels);
    addField(perChannel, Field::ChannelZeroPoints, tr("Zero points:"), channels);

    auto *groups = new QHBoxLayout(m_details);
    groups->setContentsMargins(0, 0, 0, 0);
    groups->addWidget(weightsGroup, 1);
    groups->addWidget(perTensorGroup, 1);
    groups->addWidget(perChannelGroup, 1);

    m_plot = new WeightHistogramPlot(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_warning);
    layout->addWidget(m_details);
    layout->addWidget(m_plot, 1);
    clear(tr("No model is open"));
}

LayerPanel::~LayerPanel() = default;

QLabel *LayerPanel::addField(QFormLayout *form, Field field, const QString &label, const QString &toolTip)
{
    auto *value = new QLabel(form->parentWidget());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(toolTip);
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    name->setBuddy(value);
    form->addRow(name, value);
    m_fields.insert(field, value);
    return value;
}

void LayerPanel::setField(Field field, const QString &text)
{
    m_fields.value(field)->setText(text);
}

QString LayerPanel::title() const
{
    return m_title->text();
}

QString LayerPanel::fieldText(Field field) const
{
    return m_fields.value(field)->text();
}

void LayerPanel::showLayer(const qs::LayerInfo &layer, const LayerAnalysis &analysis)
{
    const QString name = QString::fromStdString(layer.name);
    m_title->setText(name);
    QString subtitle = tr("%1 (graph op %2)").arg(QString::fromStdString(qs::toString(layer.kind)),
                                                 QString::fromStdString(layer.op));
    if (!layer.followedBy.empty())
        subtitle += tr(", followed by %1").arg(formatOpChain(layer.followedBy));
    m_subtitle->setText(subtitle);
    QStringList warnings;
    for (const auto &w : layer.warnings)
        warnings << QString::fromStdString(w);
    m_warning->setText(tr("⚠ %1").arg(warnings.join(QStringLiteral("; "))));
    m_warning->setVisible(!warnings.isEmpty());

    const qs::TensorStats &s = layer.weightStats;
    setField(Field::Shape, formatShape(layer.weightShape));
    setField(Field::Params, formatCount(layer.paramCount));
    setField(Field::Min, formatValue(s.min));
    setField(Field::Max, formatValue(s.max));
    setField(Field::Mean, formatValue(s.mean));
    setField(Field::Std, formatValue(s.std));
    setField(Field::AffineScale, formatValue(analysis.perTensorAffine.scale));
    setField(Field::AffineZeroPoint, QString::number(analysis.perTensorAffine.zeroPoint));
    setField(Field::SymmetricScale, formatValue(analysis.perTensorSymmetric.scale));
    setField(Field::SymmetricZeroPoint, QString::number(analysis.perTensorSymmetric.zeroPoint));
    const auto &zeroPoints = analysis.perChannel.zeroPoints;
    setField(Field::ChannelScheme, tr("symmetric qint8"));
    setField(Field::Channels, tr("%1 (axis %2)").arg(analysis.perChannel.scales.size()).arg(analysis.perChannel.axis));
    setField(Field::ChannelScaleMin, formatValue(analysis.minChannelScale()));
    setField(Field::ChannelScaleMax, formatValue(analysis.maxChannelScale()));
    setField(Field::ChannelZeroPoints,
             zeroPoints.empty() ? QString()
                                : rangeText(*std::min_element(zeroPoints.begin(), zeroPoints.end()),
                                            *std::max_element(zeroPoints.begin(), zeroPoints.end())));
    m_details->setVisible(true);
    m_plot->setHistogram(name, analysis.histogram, s.min, s.max, analysis.perTensorAffine,
                         tr("per-tensor affine quint8"));
}

void LayerPanel::clear(const QString &reason)
{
    m_title->setText(reason);
    m_subtitle->clear();
    m_warning->hide();
    for (QLabel *field : std::as_const(m_fields))
        field->clear();
    m_details->setVisible(false);
    m_plot->clear();
}

} // namespace qs::ui

