#include "ComparisonTableModel.h"

#include "NumberFormat.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace qs::ui {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double top1(const std::optional<qs::AccuracyResult> &accuracy)
{
    return accuracy ? accuracy->top1 * 100.0 : nan;
}

// Samples per second at the larger batch, from the median time per batch.
double throughput(const qs::LatencyStats &stats, std::size_t batch)
{
    return stats.p50 > 0.0 ? double(batch) * 1000.0 / stats.p50 : nan;
}


} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ComparisonTableModel::~ComparisonTableModel() = default;

void ComparisonTableModel::setResult(const qs::ComparisonResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : RowCount;
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::pair<double, double> ComparisonTableModel::values(int row) const
{
    const qs::ComparisonResult &r = *m_result;
    switch (row) {
    case FileBytesRow:
        return { double(r.original.size.serializedBytes), double(r.quantized.size.serializedBytes) };
    case ParameterBytesRow:
        return { double(r.original.size.totalParameterBytes()), double(r.quantized.size.totalParameterBytes()) };
    case LatencyMedianRow:
        return { r.original.latency.p50, r.quantized.latency.p50 };
    case LatencyP95Row:
        return { r.original.latency.p95, r.quantized.latency.p95 };
    case LatencyBatch1MedianRow:
        return { r.original.latencyBatch1.p50, r.quantized.latencyBatch1.p50 };
    case LatencyBatch1P95Row:
        return { r.original.latencyBatch1.p95, r.quantized.latencyBatch1.p95 };
    case ThroughputRow:
        return { throughput(r.original.latency, r.batchSize), throughput(r.quantized.latency, r.batchSize) };
    case AccuracyRow:
        return { top1(r.original.accuracy), top1(r.quantized.accuracy) };
    case AgreementRow:
        return { nan, r.agreement * 100.0 }; // a property of the pair: shown on the quantized side
    case OutputSqnrRow:
        return { nan, r.outputSqnrDb };
    default:
        return { nan, nan };
    }
}

QString ComparisonTableModel::figureName(int row) const
{
    const auto batch = m_result ? m_result->batchSize : 0;
    switch (row) {
    case FileBytesRow:
        return tr("File size");
    case ParameterBytesRow:
        return tr("Parameter bytes");
    case LatencyMedianRow:
        return tr("Batch %1, median (ms)").arg(batch);
    case LatencyP95Row:
        return tr("Batch %1, p95 (ms)").arg(batch);
    case LatencyBatch1MedianRow:
        return tr("Batch 1, median (ms)");
    case LatencyBatch1P95Row:
        return tr("Batch 1, p95 (ms)");
    case ThroughputRow:
        return tr("Throughput (samples/s)");
    case AccuracyRow:
        return tr("Top-1 accuracy");
    case AgreementRow:
        return tr("Top-1 agreement");
    case OutputSqnrRow:
        return tr("Output SQNR");
    default:
        return {};
    }
}

QString ComparisonTableModel::formatted(int row, double value) const
{
    if (std::isnan(value))
        return tr("–");
    const QLocale locale;
    switch (row) {
    case FileBytesRow:
    case ParameterBytesRow:
        return formatBytes(std::int64_t(value));
    case LatencyMedianRow:
    case LatencyP95Row:
    case LatencyBatch1MedianRow:
    case LatencyBatch1P95Row:
        return locale.toString(value, 'f', value < 10.0 ? 3 : 1);
    case ThroughputRow:
        return formatCount(std::int64_t(std::llround(value)));
    case AccuracyRow:
    case AgreementRow:
        return formatPercent(value);
    case OutputSqnrRow:
        return std::isinf(value) ? tr("∞ (identical)") : tr("%1 dB").arg(formatDecibels(value));
    default:
        return {};
    }
}

QString ComparisonTableModel::change(int row) const
{
    const qs::ComparisonResult &r = *m_result;
    const auto [a, b] = values(row);
    switch (row) {
    case FileBytesRow:
        return formatRatio(r.sizeRatio);
    case ParameterBytesRow:
        return formatRatio(r.parameterBytesRatio);
    case LatencyMedianRow:
        return formatSpeedup(r.latency.speedup);
    case LatencyBatch1MedianRow:
        return formatSpeedup(r.latencyBatch1.speedup);
    case LatencyP95Row:
    case LatencyBatch1P95Row:
        return a > 0.0 && b > 0.0 ? formatSpeedup(a / b) : QString();
    case ThroughputRow:
        return a > 0.0 && std::isfinite(b) ? formatRatio(b / a) : QString();
    case AccuracyRow:
        return std::isfinite(a) && std::isfinite(b) ? formatPoints(b - a) : QString();
    default:
        return {};
    }
}

QString ComparisonTableModel::toolTip(int row) const
{
    const qs::ComparisonResult &r = *m_result;
    switch (row) {
    case FileBytesRow:
        return tr("Bytes of the TorchScript file as written (%1 → %2 bytes)")
            .arg(r.original.size.serializedBytes)
            .arg(r.quantized.size.serializedBytes);
    case ParameterBytesRow:
        return tr("Bytes the parameters take as stored (float32, qint8, float16)");
    case LatencyMedianRow:
    case LatencyP95Row:
        return tr("Milliseconds per batch of %1 over %2 timed runs, original and quantized interleaved after warm-up; "
                  "speed-up interquartile range %3–%4×")
            .arg(r.batchSize)
            .arg(r.original.latency.samples.size())
            .arg(r.latency.speedupLow, 0, 'f', 2)
            .arg(r.latency.speedupHigh, 0, 'f', 2);
    case LatencyBatch1MedianRow:
    case LatencyBatch1P95Row:
        return tr("Milliseconds per single sample; speed-up interquartile range %1–%2×")
            .arg(r.latencyBatch1.speedupLow, 0, 'f', 2)
            .arg(r.latencyBatch1.speedupHigh, 0, 'f', 2);
    case ThroughputRow:
        return tr("Samples per second at batch %1, from the median time per batch").arg(r.batchSize);
    case AccuracyRow:
        return tr("Share of the %1 evaluation samples whose top-1 class is the label").arg(r.evaluationSamples);
    case AgreementRow:
        return tr("Share of samples on which both models give the same top-1 class");
    case OutputSqnrRow:
        return tr("Signal-to-quantization-noise ratio of the quantized model's outputs against the original's; mean KL "
                  "divergence of the softmax outputs %1 nats")
            .arg(r.meanKlDivergence, 0, 'g', 4);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= RowCount)
        return {};
    const int row = index.row();
    const auto [a, b] = values(row);
    if (role == Qt::ToolTipRole)
        return toolTip(row);
    if (role == Qt::TextAlignmentRole)
        return index.column() == FigureColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ValueRole) {
        switch (index.column()) {
        case OriginalColumn:
            return a;
        case QuantizedColumn:
            return b;
        case BarsColumn:
            return QVariantList { a, b };
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FigureColumn:
        return figureName(row);
    case OriginalColumn:
        return formatted(row, a);
    case QuantizedColumn:
        return formatted(row, b);
    case ChangeColumn:
        return change(row);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case OriginalColumn:
        return tr("Original");
    case QuantizedColumn:
        return tr("Quantized");
    case ChangeColumn:
        return tr("Δ");
    case BarsColumn:
        return tr("Chart");
    default:
        return {};
    }
}

} // namespace qs::ui
