#include "ObserversLesson.h"

#include "DistributionPlot.h"
#include "LessonNumbers.h"
#include "ObserverSqnrPlot.h"
#include "SampleDataPicker.h"

#include "quantscope/Error.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qs::ui {

namespace {

// One value far out: enough to show MinMax's problem, few enough for Percentile 99.99 to drop it.
constexpr int kDefaultOutliers = 1;
constexpr double kDefaultOutlierSize = 30.0; // standard deviations
constexpr int kDefaultBits = 8;

enum Column {
    ObserverColumn,
    RangeColumn,
    ScaleColumn,
    ClippedColumn,
    OrdinarySqnrColumn,
    AllSqnrColumn,
    RmseColumn,
    ColumnCount
};

QColor observerColor(qs::ObserverKind kind)
{
    switch (kind) {
    case qs::ObserverKind::MinMax:
        return QColor(200, 50, 50);
    case qs::ObserverKind::Percentile:
        return QColor(230, 140, 20);
    case qs::ObserverKind::Entropy:
        return QColor(140, 80, 180);
    case qs::ObserverKind::Mse:
        return QColor(40, 150, 70);
    case qs::ObserverKind::Histogram:
        return QColor(40, 110, 190);
    case qs::ObserverKind::MovingAverageMinMax:
        break;
    }
    return QColor(90, 90, 90);
}

QString observerName(qs::ObserverKind kind)
{
    switch (kind) {
    case qs::ObserverKind::MinMax:
        return ObserversLesson::tr("MinMax");
    case qs::ObserverKind::Percentile:
        return ObserversLesson::tr("Percentile 99.99");
    case qs::ObserverKind::Entropy:
        return ObserversLesson::tr("Entropy (KL)");
    case qs::ObserverKind::Mse:
        return ObserversLesson::tr("MSE");
    case qs::ObserverKind::Histogram:
        return ObserversLesson::tr("Histogram (PyTorch)");
    case qs::ObserverKind::MovingAverageMinMax:
        return ObserversLesson::tr("Moving-average MinMax");
    }
    return {};
}

// Beside a bar.
QString observerShortName(qs::ObserverKind kind)
{
    switch (kind) {
    case qs::ObserverKind::Percentile:
        return ObserversLesson::tr("Percentile");
    case qs::ObserverKind::Entropy:
        return ObserversLesson::tr("Entropy");
    case qs::ObserverKind::Histogram:
        return ObserversLesson::tr("Histogram");
    default:
        return observerName(kind);
    }
}

} // namespace

ObserversLesson::ObserversLesson(QWidget *parent)
    : LessonPage(tr("3. Observers: choosing the range"), parent)
{
    setExplanation(
        tr("<p>Before quantizing a tensor, <b>calibration</b> looks at the values it takes and an <b>observer</b> "
           "chooses its range. The same data, five observers:</p>"
           "<ul><li><b>MinMax</b> takes the smallest and largest value seen. Nothing is clipped, but one "
           "outlier stretches the range for everybody.</li>"
           "<li><b>Percentile</b> ignores the most extreme 0.01 %: the range ends where 99.99 % of the values "
           "lie inside.</li>"
           "<li><b>Entropy</b> (TensorRT) picks the range whose quantized histogram loses the least "
           "information (smallest KL divergence).</li>"
           "<li><b>MSE</b> picks the range with the smallest mean squared quantization error.</li>"
           "<li><b>Histogram</b> is PyTorch's default for activations: it searches its histogram for the "
           "range with the smallest L2 error.</li></ul>"
           "<p><b>Try it.</b> The data has one outlier, 30 standard deviations out. MinMax's range reaches "
           "for it, its step grows with it, and the error of every <i>other</i> value grows: the SQNR of the "
           "ordinary values drops. Percentile, Entropy and PyTorch's Histogram clip the outlier and keep "
           "fine steps for everything else. Set the outliers to 0 and MinMax is fine again.</p>"
           "<p>MSE minimises the error of <i>all</i> values, the outlier's included: clipping one value that "
           "far out costs so much that it keeps it, like MinMax. Compare the two SQNR columns of the table: "
           "over all values, clipping the outlier looks bad; over the ordinary values, it is what keeps "
           "them precise. Which matters more depends on the network, which is why the observer is a "
           "choice you make per layer.</p>"
           "<p>Each observer's range is drawn as a bracket above the histogram; the table shows the numbers. "
           "The error split and SQNR are as in lesson 2.</p>"));

    m_data = new SampleDataPicker(this);
    m_outliers = new QSpinBox(this);
    m_outliers->setObjectName(QStringLiteral("outliersSpin"));
    m_outliers->setRange(0, 50);
    m_outliers->setToolTip(tr("How many values to replace by outliers"));
    m_outlierSize = new QDoubleSpinBox(this);
    m_outlierSize->setObjectName(QStringLiteral("outlierSizeSpin"));
    m_outlierSize->setRange(2.0, 200.0);
    m_outlierSize->setDecimals(1);
    m_outlierSize->setSuffix(tr(" σ"));
    m_outlierSize->setToolTip(tr("How far out the outliers lie, in standard deviations of the data"));
    m_bits = new QSpinBox(this);
    m_bits->setObjectName(QStringLiteral("bitsSpin"));
    m_bits->setRange(2, 8);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("affine"));
    m_scheme->addItem(tr("symmetric"));

    auto *row1 = new QHBoxLayout;
    addLabelled(row1, tr("&Data"), m_data);
    row1->addStretch(1);
    auto *row2 = new QHBoxLayout;
    addLabelled(row2, tr("add &outliers"), m_outliers);
    addLabelled(row2, tr("of si&ze"), m_outlierSize);
    addLabelled(row2, tr("b&its"), m_bits);
    addLabelled(row2, tr("s&cheme"), m_scheme);
    row2->addStretch(1);
    contentLayout()->addLayout(row1);
    contentLayout()->addLayout(row2);

    m_distribution = new DistributionPlot(tr("The data (count on a log scale) and the range each observer chooses"),
        QStringLiteral("learn-observer-ranges"), this);
    m_distribution->setDraggable(false);
    m_sqnr = new ObserverSqnrPlot(this);
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_distribution, 3);
    plots->addWidget(m_sqnr, 2);
    contentLayout()->addLayout(plots, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("observerTable"));
    m_table->setHorizontalHeaderLabels({ tr("observer"), tr("range"), tr("scale"), tr("clipped"),
        tr("SQNR,\nordinary values"), tr("SQNR,\nall values"), tr("RMSE / scale,\nordinary") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    contentLayout()->addWidget(m_table);

    connect(m_data, &SampleDataPicker::valuesChanged, this, &ObserversLesson::dataChanged);
    connect(m_outliers, &QSpinBox::valueChanged, this, &ObserversLesson::dataChanged);
    connect(m_outlierSize, &QDoubleSpinBox::valueChanged, this, &ObserversLesson::dataChanged);
    connect(m_bits, &QSpinBox::valueChanged, this, &ObserversLesson::update);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ObserversLesson::update);
    reset();
}

ObserversLesson::~ObserversLesson() = default;

const std::vector<qs::ObserverKind> &ObserversLesson::comparedObservers()
{
    static const std::vector<qs::ObserverKind> kinds = { qs::ObserverKind::MinMax, qs::ObserverKind::Percentile,
        qs::ObserverKind::Entropy, qs::ObserverKind::Mse, qs::ObserverKind::Histogram };
    return kinds;
}

void ObserversLesson::reset()
{
    m_updating = true;
    m_data->setCurrentIndex(0);
    m_outliers->setValue(kDefaultOutliers);
    m_outlierSize->setValue(kDefaultOutlierSize);
    m_bits->setValue(kDefaultBits);
    m_scheme->setCurrentIndex(0);
    m_updating = false;
    dataChanged();
}

void ObserversLesson::setModel(std::shared_ptr<const qs::Model> model)
{
    m_data->setModel(std::move(model));
}

void ObserversLesson::setOutlierCount(int count)
{
    m_outliers->setValue(count);
}

qs::QuantSpec ObserversLesson::spec() const
{
    qs::QuantSpec spec;
    spec.dtype = qs::QuantDtype::QInt8;
    spec.scheme = m_scheme->currentIndex() == 0 ? qs::QuantScheme::Affine : qs::QuantScheme::Symmetric;
    spec.bits = m_bits->value();
    return spec;
}

void ObserversLesson::dataChanged()
{
    if (m_updating)
        return;
    m_values = m_data->values();
    const auto outliers = qs::addOutliers(m_values, std::size_t(m_outliers->value()), m_outlierSize->value());
    m_ordinary = qs::withoutIndices(m_values, outliers);
    m_distribution->setValues(m_values);
    m_distribution->setLogCount(true);
    update();
}

void ObserversLesson::update()
{
    if (m_updating)
        return;
    const qs::QuantSpec s = spec();
    qs::TensorObservation observation;
    observation.observe(m_values.data(), m_values.size());

    m_results.clear();
    std::vector<RangeBracket> brackets;
    std::vector<ObserverSqnrPlot::Bar> bars;
    for (qs::ObserverKind kind : comparedObservers()) {
        Result r { kind, {}, {}, {}, {} };
        try {
            r.range = qs::chooseRange(kind, observation, s);
        } catch (const qs::Error &) {
            continue; // an observer that cannot judge this data is left out of the comparison
        }
        r.qparams = qs::calculateQParams(r.range.min, r.range.max, s);
        r.error = qs::measureQuantizationError(m_values, r.qparams, s.range());
        r.ordinary = qs::measureQuantizationError(m_ordinary, r.qparams, s.range());
        m_results.push_back(r);
        brackets.push_back({ observerName(kind), r.range.min, r.range.max, observerColor(kind) });
        bars.push_back({ observerShortName(kind), r.ordinary.sqnrDb(), observerColor(kind) });
    }
    m_distribution->setBrackets(brackets);
    m_sqnr->setBars(bars);

    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < int(m_results.size()); ++row) {
        const Result &r = m_results[std::size_t(row)];
        const QString cells[ColumnCount] = {
            observerName(r.kind),
            QStringLiteral("[%1, %2]").arg(lessonNumber(r.range.min), lessonNumber(r.range.max)),
            lessonNumber(r.qparams.scale),
            lessonPercent(r.error.count ? double(r.error.clippedCount) / double(r.error.count) : 0.0),
            lessonDecibels(r.ordinary.sqnrDb()),
            lessonDecibels(r.error.sqnrDb()),
            lessonNumber(r.ordinary.rmseOverScale(r.qparams.scale)),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == ObserverColumn)
                item->setForeground(observerColor(r.kind).darker(120));
            else
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace qs::ui
