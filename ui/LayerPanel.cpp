#include "LayerPanel.h"

#include "ModelAnalysis.h"
#include "ChannelRangePlot.h"
#include "NumberFormat.h"
#include "WeightHistogramPlot.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qs::ui {

namespace {

QString rangeText(const QString &low, const QString &high)
{
    return low == high ? low : LayerPanel::tr("%1 – %2").arg(low, high);
}

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
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
    auto *groups = new QHBoxLayout(m_details);
    groups->setContentsMargins(0, 0, 0, 0);
    groups->addWidget(createWeightsGroup());
    groups->addWidget(createQuantizationGroup(), 1);

    m_plot = new WeightHistogramPlot(this);
    m_channels = new ChannelRangePlot(this);
    auto *plots = new QTabWidget(this);
    plots->setDocumentMode(true);
    plots->setTabPosition(QTabWidget::South);
    plots->addTab(m_plot, tr("Histogram"));
    plots->addTab(m_channels, tr("Per channel"));
    plots->setTabToolTip(1, tr("Each output channel's min and max, with its own scale on hover"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_warning);
    layout->addWidget(m_details);
    layout->addWidget(plots, 1);
    clear(tr("No model is open"));
}

QWidget *LayerPanel::createWeightsGroup()
{
    auto *group = new QGroupBox(tr("Weights"), m_details);
    auto *form = new QFormLayout(group);
    form->setVerticalSpacing(2);
    const auto addRow = [&](Field field, const QString &label, const QString &toolTip = {}) {
        QLabel *value = makeField(field, group, toolTip);
        auto *name = new QLabel(label, group);
        name->setToolTip(toolTip);
        form->addRow(name, value);
    };
    addRow(Field::Shape, tr("Shape:"));
    addRow(Field::Params, tr("Params:"), tr("Weights and biases"));
    addRow(Field::Min, tr("Min:"), tr("Smallest finite weight value"));
    addRow(Field::Max, tr("Max:"), tr("Largest finite weight value"));
    addRow(Field::Mean, tr("Mean:"));
    addRow(Field::Std, tr("Std. dev.:"), tr("Population standard deviation of the finite weights"));
    return group;
}

QWidget *LayerPanel::createQuantizationGroup()
{
    auto *group = new QGroupBox(tr("Scale and zero point of the weights"), m_details);
    auto *grid = new QGridLayout(group);
    grid->setVerticalSpacing(2);
    grid->setHorizontalSpacing(10);
    grid->addWidget(headerLabel(tr("Scheme"), group), 0, 0);
    grid->addWidget(headerLabel(tr("Scale"), group), 0, 1);
    grid->addWidget(headerLabel(tr("Zero pt"), group), 0, 2);

    // The formulas are PyTorch 1.13's _calculate_qparams (round half to even, zero point clamped).
    const QString affine = tr("PyTorch's MinMaxObserver, quint8 (0 to 255):\n"
                              "scale = (max(max, 0) − min(min, 0)) / 255\n"
                              "zero point = 0 − round(min(min, 0) / scale)");
    const QString symmetric = tr("PyTorch's MinMaxObserver, qint8 (−128 to 127), symmetric:\n"
                                 "scale = max(−min(min, 0), max(max, 0)) / 127.5\nzero point = 0");
    const QString channels = tr("PyTorch's PerChannelMinMaxObserver, qint8, symmetric:\none scale per output "
                                "channel, scale = max(−min(min, 0), max(max, 0)) / 127.5 over that channel's weights");
    const auto addRow = [&](int row, const QString &scheme, Field scale, Field zeroPoint, const QString &toolTip) {
        auto *name = new QLabel(scheme, group);
        name->setToolTip(toolTip);
        grid->addWidget(name, row, 0);
        grid->addWidget(makeField(scale, group, toolTip), row, 1);
        grid->addWidget(makeField(zeroPoint, group, toolTip), row, 2);
    };
    addRow(1, tr("Per tensor, affine quint8"), Field::AffineScale, Field::AffineZeroPoint, affine);
    addRow(2, tr("Per tensor, symmetric qint8"), Field::SymmetricScale, Field::SymmetricZeroPoint, symmetric);
    addRow(3, tr("Per channel, symmetric qint8"), Field::ChannelScales, Field::ChannelZeroPoints, channels);
    m_fields.value(Field::ChannelScales)->setWordWrap(true); // "smallest – largest" may take two lines
    QLabel *channelCount = makeField(Field::Channels, group, channels);
    channelCount->setForegroundRole(QPalette::PlaceholderText);
    channelCount->setWordWrap(true); // long in some languages: wrap rather than widen the inspector
    grid->addWidget(channelCount, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    return group;
}

LayerPanel::~LayerPanel() = default;

QLabel *LayerPanel::makeField(Field field, QWidget *parent, const QString &toolTip)
{
    auto *value = new QLabel(parent);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(toolTip);
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
    QString subtitle = tr("%1 (graph op %2)")
                           .arg(QString::fromStdString(qs::toString(layer.kind)), QString::fromStdString(layer.op));
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
    setField(Field::ChannelScales,
        rangeText(formatValue(analysis.minChannelScale()), formatValue(analysis.maxChannelScale())));
    setField(Field::ChannelZeroPoints,
        zeroPoints.empty() ? QString()
                           : rangeText(QString::number(*std::min_element(zeroPoints.begin(), zeroPoints.end())),
                               QString::number(*std::max_element(zeroPoints.begin(), zeroPoints.end()))));
    setField(Field::Channels,
        tr("%1 output channels (axis %2): smallest and largest scale shown")
            .arg(formatCount(std::int64_t(analysis.perChannel.scales.size())))
            .arg(analysis.perChannel.axis));
    m_details->setVisible(true);
    m_plot->setHistogram(
        name, analysis.histogram, s.min, s.max, analysis.perTensorAffine, tr("per-tensor affine quint8"));
    m_channels->setData(name, analysis.channelRanges, analysis.perChannel);
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
    m_channels->clear();
}

} // namespace qs::ui
