#include "LayerTableModel.h"

#include "NumberFormat.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <limits>

namespace qs::ui {

namespace {

qlonglong elementCount(const std::vector<std::int64_t> &shape)
{
    qlonglong n = 1;
    for (auto d : shape)
        n *= d;
    return shape.empty() ? 0 : n;
}

QString warningsText(const qs::LayerInfo &layer)
{
    QStringList lines;
    for (const auto &w : layer.warnings)
        lines << QString::fromStdString(w);
    return lines.join(QLatin1Char('\n'));
}

LayerMeasurements::Figure figureOf(int column)
{
    switch (column) {
    case LayerTableModel::WeightSqnrColumn:
        return LayerMeasurements::Figure::WeightSqnr;
    case LayerTableModel::OutputSqnrColumn:
        return LayerMeasurements::Figure::OutputSqnr;
    default:
        return LayerMeasurements::Figure::Sensitivity;
    }
}

bool isQuantized(qs::LayerMode mode)
{
    return mode == qs::LayerMode::StaticInt8 || mode == qs::LayerMode::DynamicInt8;
}

} // namespace

QString LayerTableModel::modeLabel(qs::LayerMode mode)
{
    switch (mode) {
    case qs::LayerMode::Float:
        return tr("float");
    case qs::LayerMode::Fp16:
        return tr("fp16");
    case qs::LayerMode::DynamicInt8:
        return tr("dynamic int8");
    case qs::LayerMode::StaticInt8:
        return tr("static int8");
    }
    return {};
}

QString LayerTableModel::observerLabel(qs::ObserverKind kind)
{
    switch (kind) {
    case qs::ObserverKind::MinMax:
        return tr("min/max");
    case qs::ObserverKind::MovingAverageMinMax:
        return tr("moving average");
    case qs::ObserverKind::Histogram:
        return tr("histogram");
    case qs::ObserverKind::Percentile:
        return tr("percentile");
    case qs::ObserverKind::Entropy:
        return tr("entropy");
    case qs::ObserverKind::Mse:
        return tr("MSE");
    }
    return {};
}

void LayerTableModel::setPlan(const qs::QuantPlan &plan)
{
    m_plan = plan;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ModeColumn), index(rowCount() - 1, ObserverColumn));
}

void LayerTableModel::setMeasurements(std::shared_ptr<const MeasuredComparison> comparison,
    const QString &comparisonStale, std::shared_ptr<const MeasuredSensitivity> sensitivity,
    const QString &sensitivityStale)
{
    m_measurements.setComparison(std::move(comparison), comparisonStale);
    m_measurements.setSensitivity(std::move(sensitivity), sensitivityStale);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, WeightSqnrColumn), index(rowCount() - 1, SensitivityColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, WeightSqnrColumn, SensitivityColumn);
}

QVariant LayerTableModel::measuredData(const qs::LayerInfo &layer, int column, int role) const
{
    const LayerMeasurements::Figure figure = figureOf(column);
    switch (role) {
    case Qt::DisplayRole:
        return m_measurements.display(figure, layer.name);
    case SortRole: {
        // The proxy sorts an invalid value above all others: right for SQNR (worst first, unmeasured
        // last), but sensitivity reads most sensitive first, so there an unmeasured layer counts lowest.
        const QVariant value = m_measurements.value(figure, layer.name);
        if (!value.isValid() && figure == LayerMeasurements::Figure::Sensitivity)
            return -std::numeric_limits<double>::infinity();
        return value;
    }
    case Qt::ToolTipRole:
        return m_measurements.toolTip(figure, layer.name);
    case BarShareRole:
        return m_measurements.barShare(figure, layer.name);
    case BarColourRole:
        return m_measurements.barColour(figure, layer.name);
    case Qt::ForegroundRole:
        if (m_measurements.isStale(figure))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant LayerTableModel::planData(const qs::LayerInfo &layer, int column, int role) const
{
    const qs::LayerQuantConfig config = m_plan.resolve(layer);
    const bool quantized = isQuantized(config.mode);
    const bool hasObserver = config.mode == qs::LayerMode::StaticInt8;
    switch (role) {
    case Qt::DisplayRole:
        if (column == ModeColumn)
            return modeLabel(config.mode);
        if (column == BitsColumn)
            return quantized ? QString::number(config.bits) : QStringLiteral("—");
        return hasObserver ? observerLabel(config.activationObserver) : QStringLiteral("—");
    case Qt::EditRole:
    case SortRole:
        if (column == ModeColumn)
            return QString::fromStdString(qs::toString(config.mode));
        if (column == BitsColumn)
            return QString::number(config.bits);
        return QString::fromStdString(qs::toString(config.activationObserver));
    case ChoiceValuesRole:
    case ChoiceLabelsRole: {
        QStringList values, labels;
        if (column == ModeColumn) {
            for (auto mode : { qs::LayerMode::StaticInt8, qs::LayerMode::DynamicInt8, qs::LayerMode::Fp16,
                     qs::LayerMode::Float }) {
                if (!qs::layerSupportsMode(layer.kind, mode))
                    continue;
                values << QString::fromStdString(qs::toString(mode));
                labels << modeLabel(mode);
            }
        } else if (column == BitsColumn) {
            for (int bits = 8; bits >= 2; --bits) {
                values << QString::number(bits);
                labels << (bits == 8 ? tr("8 (int8 kernels)") : tr("%1 (simulated)").arg(bits));
            }
        } else {
            for (auto kind : qs::allObserverKinds()) {
                values << QString::fromStdString(qs::toString(kind));
                labels << observerLabel(kind);
            }
        }
        return role == ChoiceValuesRole ? values : labels;
    }
    case OverriddenRole:
        return m_plan.overrides().count(layer.name) > 0;
    case Qt::FontRole:
        if (m_plan.overrides().count(layer.name) > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString origin = m_plan.overrides().count(layer.name) > 0
            ? tr("Set for this layer (bold)")
            : tr("The plan's default for a %1 layer").arg(QString::fromStdString(qs::toString(layer.kind)));
        QString what;
        if (column == ModeColumn)
            what = tr("How this layer is stored and computed. Double-click or press F2 to change it; "
                      "the context menu changes every selected layer.");
        else if (column == BitsColumn)
            what = quantized ? tr("Integer bits of the weights and activations: 8 runs on real int8 kernels, "
                                  "fewer bits are simulated.")
                             : tr("Not quantized in this mode.");
        else
            what = hasObserver ? tr("How calibration picks this layer's activation range.")
                               : tr("Only static int8 layers have calibrated activation ranges.");
        return tr("%1\n%2").arg(what, origin);
    }
    default:
        return {};
    }
}

Qt::ItemFlags LayerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_analysis || !isPlanColumn(index.column()))
        return f;
    const qs::LayerQuantConfig config = m_plan.resolve(m_analysis->model->layers().at(std::size_t(index.row())));
    const bool editable = index.column() == ModeColumn
        || (index.column() == BitsColumn && isQuantized(config.mode))
        || (index.column() == ObserverColumn && config.mode == qs::LayerMode::StaticInt8);
    return editable ? f | Qt::ItemIsEditable : f;
}

bool LayerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_analysis
        || !isPlanColumn(index.column()) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (value.toString() == index.data(Qt::EditRole).toString())
        return false;
    Q_EMIT configEditRequested(index.row(), index.column(), value.toString());
    return true;
}

LayerTableModel::LayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LayerTableModel::~LayerTableModel() = default;

void LayerTableModel::setModel(std::shared_ptr<const ModelAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->layers.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_analysis)
        return {};
    const auto row = std::size_t(index.row());
    const qs::LayerInfo &layer = m_analysis->model->layers().at(row);
    const LayerAnalysis &analysis = m_analysis->layers.at(row);
    if (isPlanColumn(index.column()) && role != LayerIndexRole && role != Qt::TextAlignmentRole)
        return planData(layer, index.column(), role);
    if (isMeasuredColumn(index.column()) && role != LayerIndexRole && role != Qt::TextAlignmentRole)
        return measuredData(layer, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        return display(layer, analysis, index.column());
    case SortRole:
        return sortValue(layer, analysis, index.column());
    case LayerIndexRole:
        return index.row();
    case Qt::ToolTipRole:
        return toolTip(layer, analysis, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !layer.warnings.empty())
            return QIcon::fromTheme(
                QStringLiteral("dialog-warning"), QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ParamsColumn || index.column() == BitsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LayerTableModel::display(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const
{
    switch (column) {
    case ShapeColumn:
        return formatShape(layer.weightShape);
    case ParamsColumn:
        return formatCount(layer.paramCount);
    case MinColumn:
    case MaxColumn:
    case ScaleColumn:
        return formatValue(sortValue(layer, analysis, column).toDouble());
    default: // name, op and zero point read as they sort
        return sortValue(layer, analysis, column);
    }
}

QVariant LayerTableModel::sortValue(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const
{
    switch (column) {
    case NameColumn:
        return QString::fromStdString(layer.name);
    case OpColumn:
        return QString::fromStdString(qs::toString(layer.kind));
    case ShapeColumn:
        return elementCount(layer.weightShape);
    case ParamsColumn:
        return qlonglong(layer.paramCount);
    case MinColumn:
        return layer.weightStats.min;
    case MaxColumn:
        return layer.weightStats.max;
    case ScaleColumn:
        return double(analysis.perTensorAffine.scale);
    case ZeroPointColumn:
        return analysis.perTensorAffine.zeroPoint;
    }
    return {};
}

QString LayerTableModel::toolTip(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const
{
    QStringList lines;
    switch (column) {
    case NameColumn:
        lines << tr("Module path: %1").arg(QString::fromStdString(layer.name));
        if (!layer.followedBy.empty())
            lines << tr("Followed by: %1").arg(formatOpChain(layer.followedBy));
        if (layer.callCount > 1)
            lines << tr("Called %n times by forward()", nullptr, layer.callCount);
        if (!layer.warnings.empty())
            lines << tr("Warning: %1").arg(warningsText(layer));
        break;
    case OpColumn:
        lines << tr("Graph op: %1").arg(QString::fromStdString(layer.op));
        break;
    case ShapeColumn:
        lines << tr("Weight shape; output channels on axis %1").arg(layer.channelAxis);
        if (!layer.biasShape.empty())
            lines << tr("Bias shape: %1").arg(formatShape(layer.biasShape));
        break;
    case ParamsColumn:
        lines << tr("Weights and biases of this layer");
        break;
    case MinColumn:
    case MaxColumn:
        lines << tr("Mean %1, standard deviation %2 (finite weight values)")
                     .arg(formatValue(layer.weightStats.mean), formatValue(layer.weightStats.std));
        if (!layer.warnings.empty())
            lines << tr("Warning: %1").arg(warningsText(layer));
        break;
    case ScaleColumn:
    case ZeroPointColumn:
        lines << tr("Per-tensor affine quint8 (PyTorch's MinMaxObserver)");
        lines << tr("Per-channel symmetric qint8 scales: %1 to %2 (channels: %3)")
                     .arg(formatValue(analysis.minChannelScale()), formatValue(analysis.maxChannelScale()),
                         formatCount(std::int64_t(analysis.perChannel.scales.size())));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (isMeasuredColumn(section) && role == Qt::DisplayRole)
        return LayerMeasurements::headerTitle(figureOf(section));
    if (isMeasuredColumn(section) && role == Qt::ToolTipRole)
        return m_measurements.headerToolTip(figureOf(section));
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Layer");
        case OpColumn:
            return tr("Op");
        case ModeColumn:
            return tr("Mode");
        case BitsColumn:
            return tr("Bits");
        case ObserverColumn:
            return tr("Observer");
        case ShapeColumn:
            return tr("Shape");
        case ParamsColumn:
            return tr("Params");
        case MinColumn:
            return tr("Min");
        case MaxColumn:
            return tr("Max");
        case ScaleColumn:
            return tr("Scale");
        case ZeroPointColumn:
            return tr("Zero pt");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Module path of the layer in the model");
        case OpColumn:
            return tr("Kind of layer");
        case ModeColumn:
            return tr("How the plan quantizes the layer (bold: set for this layer, else the plan's default)");
        case BitsColumn:
            return tr("Integer bits of weights and activations");
        case ObserverColumn:
            return tr("How calibration picks the activation range (static int8 layers)");
        case ShapeColumn:
            return tr("Shape of the weight tensor");
        case ParamsColumn:
            return tr("Number of weights and biases");
        case MinColumn:
            return tr("Smallest finite weight value");
        case MaxColumn:
            return tr("Largest finite weight value");
        case ScaleColumn:
            return tr("Scale of the weights quantized per tensor, affine, to quint8");
        case ZeroPointColumn:
            return tr("Zero point of the weights quantized per tensor, affine, to quint8");
        }
    }
    return {};
}

} // namespace qs::ui
