// The weight histogram plot holds exactly the layer's histogram from core, with min and max lines
// where core says they are and core's scale and zero point written on it.

#include "ModelAnalysis.h"
#include "NumberFormat.h"
#include "WeightHistogramPlot.h"

#include "quantscope/WeightQParams.h"

#include <QtTest>
#include <qcustomplot.h>

using qs::ui::ModelAnalysis;
using qs::ui::WeightHistogramPlot;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

void showLayer(WeightHistogramPlot &plot, const qs::Model &model, std::size_t layer)
{
    const qs::LayerInfo &info = model.layers().at(layer);
    plot.setHistogram(QString::fromStdString(info.name), model.weightHistogram(layer, ModelAnalysis::histogramBins),
        info.weightStats.min, info.weightStats.max, qs::weightQParams(info, qs::perTensorAffineQUInt8()),
        QStringLiteral("per-tensor affine quint8"));
}

} // namespace

class TestWeightHistogramPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsTheLayersHistogram_data();
    void holdsTheLayersHistogram();
    void analysisHistogramIsCores();
    void logScaleAndInteractions();
    void clearEmptiesThePlot();
};

void TestWeightHistogramPlot::holdsTheLayersHistogram_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layer");
    QTest::newRow("cnn conv") << QStringLiteral("cnn_traced.pt") << 0;
    QTest::newRow("cnn linear") << QStringLiteral("cnn_scripted.pt") << 2;
    QTest::newRow("lstm") << QStringLiteral("lstm_scripted.pt") << 0;
    QTest::newRow("embedding") << QStringLiteral("sequence_traced.pt") << 0;
    QTest::newRow("nan weights") << QStringLiteral("nan_weights.pt") << 0;
}

void TestWeightHistogramPlot::holdsTheLayersHistogram()
{
    QFETCH(QString, file);
    QFETCH(int, layer);
    const auto model = qs::Model::load(fixture(file).toStdString());
    const auto index = std::size_t(layer);
    const qs::Histogram expected = model->weightHistogram(index, ModelAnalysis::histogramBins);
    const qs::LayerInfo &info = model->layers().at(index);
    WeightHistogramPlot plot;
    plot.resize(640, 400);
    showLayer(plot, *model, index);

    QCOMPARE(plot.histogram().counts, expected.counts);
    QCOMPARE(plot.histogram().lower, expected.lower);
    QCOMPARE(plot.histogram().upper, expected.upper);
    const auto data = plot.bars()->data();
    QCOMPARE(data->size(), int(expected.binCount()));
    QCOMPARE(data->size(), ModelAnalysis::histogramBins);
    double total = 0.0;
    for (int bin = 0; bin < data->size(); ++bin) {
        const auto point = data->at(bin);
        QCOMPARE(point->value, expected.counts[std::size_t(bin)]);
        QCOMPARE(point->key, expected.binCenter(std::size_t(bin)));
        total += point->value;
    }
    QCOMPARE(total, double(info.weightStats.count - info.weightStats.nanCount - info.weightStats.infCount));
    QCOMPARE(plot.bars()->width(), expected.binWidth());
    QCOMPARE(plot.minLinePosition(), info.weightStats.min);
    QCOMPARE(plot.maxLinePosition(), info.weightStats.max);
    // The view starts out showing the whole range, both lines included.
    QVERIFY(plot.plot()->xAxis->range().contains(info.weightStats.min));
    QVERIFY(plot.plot()->xAxis->range().contains(info.weightStats.max));
    const qs::QParams qp = qs::weightQParams(info, qs::perTensorAffineQUInt8());
    QVERIFY2(plot.qparamsText().contains(qs::ui::formatValue(qp.scale)), qPrintable(plot.qparamsText()));
    QVERIFY(plot.qparamsText().contains(QString::number(qp.zeroPoint)));
    QCOMPARE(plot.plot()->xAxis->label(), WeightHistogramPlot::tr("weight value"));
    QCOMPARE(plot.plot()->yAxis->label(), WeightHistogramPlot::tr("count"));
    QVERIFY(!plot.plot()->toPixmap(640, 400).isNull());
}

void TestWeightHistogramPlot::analysisHistogramIsCores()
{
    // The window feeds the plot from ModelAnalysis, computed in the load job: it must be core's histogram.
    const auto analysis
        = ModelAnalysis::analyse(qs::Model::load(fixture(QStringLiteral("residual_scripted.pt")).toStdString()));
    QCOMPARE(analysis->layers.size(), analysis->model->layers().size());
    for (std::size_t i = 0; i < analysis->layers.size(); ++i) {
        const qs::Histogram expected = analysis->model->weightHistogram(i, ModelAnalysis::histogramBins);
        QCOMPARE(analysis->layers[i].histogram.counts, expected.counts);
        QCOMPARE(analysis->layers[i].histogram.lower, expected.lower);
        const auto &layer = analysis->model->layers()[i];
        QCOMPARE(
            analysis->layers[i].perTensorAffine.scale, qs::weightQParams(layer, qs::perTensorAffineQUInt8()).scale);
        QCOMPARE(analysis->layers[i].perTensorSymmetric.zeroPoint,
            qs::weightQParams(layer, qs::perTensorSymmetricQInt8()).zeroPoint);
        QCOMPARE(analysis->layers[i].perChannel.scales,
            qs::weightQParamsPerChannel(*analysis->model, i, qs::perChannelSymmetricQInt8()).scales);
    }
}

void TestWeightHistogramPlot::logScaleAndInteractions()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("mlp_traced.pt")).toStdString());
    WeightHistogramPlot plot;
    showLayer(plot, *model, 0);
    QVERIFY(plot.plot()->interactions().testFlag(QCP::iRangeZoom));
    QVERIFY(plot.plot()->interactions().testFlag(QCP::iRangeDrag));
    QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    QCOMPARE(plot.plot()->yAxis->range().lower, 0.0);

    plot.setLogScale(true);
    QVERIFY(plot.isLogScale());
    QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    const auto &counts = plot.histogram().counts;
    const double highest = *std::max_element(counts.begin(), counts.end());
    QVERIFY(plot.plot()->yAxis->range().lower > 0.0 && plot.plot()->yAxis->range().lower < 1.0);
    QVERIFY(plot.plot()->yAxis->range().upper > highest);
    QCOMPARE(plot.bars()->data()->size(), ModelAnalysis::histogramBins); // the data does not change with the view

    // Zooming in and resetting the view.
    plot.plot()->xAxis->setRange(0.0, 0.01);
    plot.resetView();
    QVERIFY(plot.plot()->xAxis->range().contains(model->layers()[0].weightStats.min));
    QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    plot.setLogScale(false);
    QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLinear);
}

void TestWeightHistogramPlot::clearEmptiesThePlot()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("cnn_scripted.pt")).toStdString());
    WeightHistogramPlot plot;
    showLayer(plot, *model, 1);
    QVERIFY(!plot.bars()->data()->isEmpty());
    plot.clear();
    QVERIFY(plot.bars()->data()->isEmpty());
    QCOMPARE(plot.histogram().binCount(), std::size_t(0));
    QVERIFY(plot.qparamsText().isEmpty());
}

QTEST_MAIN(TestWeightHistogramPlot)
#include "tst_weighthistogramplot.moc"
