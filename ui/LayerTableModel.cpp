#include "LayerTableModel.h"

#include "NumberFormat.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

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

} // namespace

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
        if (index.column() >= ParamsColumn)
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
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Layer");
        case OpColumn:
            return tr("Op");
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
