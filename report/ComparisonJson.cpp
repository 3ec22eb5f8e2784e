#include "ComparisonJson.h"

#include "JsonStrings.h"

#include <QJsonArray>

#include <cmath>

namespace {

QJsonObject latencyJson(const qs::LatencyStats &s)
{
    return {{QStringLiteral("p50"), s.p50}, {QStringLiteral("p95"), s.p95}, {QStringLiteral("mean"), s.mean},
            {QStringLiteral("min"), s.min}, {QStringLiteral("runs"), qint64(s.samples.size())}};
}

QJsonObject speedupJson(const qs::LatencyComparison &c)
{
    return {{QStringLiteral("ratio"), c.speedup}, {QStringLiteral("p25"), c.speedupLow}, {QStringLiteral("p75"), c.speedupHigh}};
}

QJsonObject sizeJson(const qs::ModelSize &s)
{
    QJsonObject byDtype;
    for (const auto &[dtype, bytes] : s.parameterBytes)
        byDtype.insert(QString::fromStdString(dtype), qint64(bytes));
    return byDtype;
}

QJsonArray matrixJson(const std::vector<std::vector<std::int64_t>> &m)
{
    QJsonArray rows;
    for (const auto &row : m) {
        QJsonArray r;
        for (const auto v : row)
            r.append(qint64(v));
        rows.append(r);
    }
    return rows;
}

QJsonObject sideJson(const qs::ModelFigures &f, std::size_t batch, const std::vector<std::string> &classNames)
{
    QJsonObject o{
        {QStringLiteral("size_bytes"), qint64(f.size.serializedBytes)},
        {QStringLiteral("parameter_bytes"), qint64(f.size.totalParameterBytes())},
        {QStringLiteral("parameter_bytes_by_dtype"), sizeJson(f.size)},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p50"), f.latency.p50}, {QStringLiteral("p95"), f.latency.p95}}},
        {QStringLiteral("latency_ms_batch1"),
         QJsonObject{{QStringLiteral("p50"), f.latencyBatch1.p50}, {QStringLiteral("p95"), f.latencyBatch1.p95}}},
        {QStringLiteral("latency_detail"), latencyJson(f.latency)},
        {QStringLiteral("latency_batch1_detail"), latencyJson(f.latencyBatch1)},
        {QStringLiteral("samples_per_second"), f.latency.p50 > 0.0 ? QJsonValue(double(batch) * 1000.0 / f.latency.p50) : QJsonValue()},
    };
    if (!f.accuracy) {
        o.insert(QStringLiteral("accuracy"), QJsonValue());
        return o;
    }
    o.insert(QStringLiteral("accuracy"), f.accuracy->top1);
    o.insert(QStringLiteral("correct"), qint64(f.accuracy->correct));
    QJsonArray perClass;
    for (std::size_t c = 0; c < f.accuracy->perClassSamples.size(); ++c)
        perClass.append(QJsonObject{
            {QStringLiteral("class"), c < classNames.size() ? QString::fromStdString(classNames[c]) : QString::number(c)},
            {QStringLiteral("samples"), qint64(f.accuracy->perClassSamples[c])},
            {QStringLiteral("accuracy"), f.accuracy->perClassSamples[c] ? QJsonValue(f.accuracy->classAccuracy(c)) : QJsonValue()},
        });
    o.insert(QStringLiteral("per_class"), perClass);
    o.insert(QStringLiteral("confusion"), matrixJson(f.confusion));
    return o;
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QJsonValue sqnrJson(double db)
{
    return finiteOrNull(db);
}

QJsonObject comparisonJson(const qs::ComparisonResult &r, const std::vector<std::string> &classNames)
{
    QJsonArray notes = stringsToJson(r.notes);
    if (std::isinf(r.outputSqnrDb))
        notes.append(QStringLiteral("output_sqnr_db is null: the outputs are identical (SQNR +inf)"));
    QJsonArray layers;
    for (const qs::LayerError &l : r.layers) {
        QJsonObject o{
            {QStringLiteral("name"), QString::fromStdString(l.name)},
            {QStringLiteral("mode"), QString::fromStdString(qs::toString(l.mode))},
            {QStringLiteral("bits"), l.bits},
            {QStringLiteral("weight_sqnr_db"), sqnrJson(l.weightSqnrDb)},
            {QStringLiteral("output_sqnr_db"), sqnrJson(l.outputSqnrDb)},
            {QStringLiteral("normalized_l2"), finiteOrNull(l.normalizedL2)},
            {QStringLiteral("cosine"), finiteOrNull(l.cosine)},
            {QStringLiteral("flagged"), l.flagged},
        };
        QStringList why;
        if (std::isinf(l.weightSqnrDb))
            why << QStringLiteral("weights unchanged (SQNR +inf)");
        if (std::isinf(l.outputSqnrDb))
            why << QStringLiteral("output identical (SQNR +inf)");
        if (!l.measured)
            why << (l.mode == qs::LayerMode::Float ? QStringLiteral("float layer: not compared")
                                                   : QStringLiteral("output not located in the simulated model"));
        if (!why.isEmpty())
            o.insert(QStringLiteral("note"), why.join(QStringLiteral("; ")));
        layers.append(o);
    }
    QJsonObject phases;
    for (const auto &[phase, seconds] : r.phaseSeconds)
        phases.insert(QString::fromStdString(phase), seconds);
    return {
        {QStringLiteral("original"), sideJson(r.original, r.batchSize, classNames)},
        {QStringLiteral("quantized"), sideJson(r.quantized, r.batchSize, classNames)},
        {QStringLiteral("size_ratio"), r.sizeRatio},
        {QStringLiteral("parameter_bytes_ratio"), r.parameterBytesRatio},
        {QStringLiteral("speedup"), speedupJson(r.latency)},
        {QStringLiteral("speedup_batch1"), speedupJson(r.latencyBatch1)},
        {QStringLiteral("agreement"), r.agreement},
        {QStringLiteral("output_sqnr_db"), sqnrJson(r.outputSqnrDb)},
        {QStringLiteral("mean_kl_divergence"), r.meanKlDivergence},
        {QStringLiteral("engine"), QString::fromStdString(qs::toString(r.engine))},
        {QStringLiteral("form"), QString::fromStdString(qs::toString(r.form))},
        {QStringLiteral("threads"), r.threads},
        {QStringLiteral("batch"), qint64(r.batchSize)},
        {QStringLiteral("calibration_samples"), qint64(r.calibrationSamples)},
        {QStringLiteral("evaluation_samples"), qint64(r.evaluationSamples)},
        {QStringLiteral("data_description"), QString::fromStdString(r.dataDescription)},
        {QStringLiteral("flag_below_db"), r.flagBelowDb},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("phase_seconds"), phases},
        {QStringLiteral("notes"), notes},
    };
}

QJsonObject sensitivityJson(const qs::SensitivityResult &r)
{
    QJsonArray layers;
    for (const qs::LayerSensitivity &l : r.layers)
        layers.append(QJsonObject{
            {QStringLiteral("name"), QString::fromStdString(l.name)},
            {QStringLiteral("mode"), QString::fromStdString(qs::toString(l.mode))},
            {QStringLiteral("alone_accuracy"), l.aloneAccuracy},
            {QStringLiteral("alone_drop_points"), l.aloneDropPoints},
            {QStringLiteral("alone_output_sqnr_db"), sqnrJson(l.aloneOutputSqnrDb)},
            {QStringLiteral("all_but_accuracy"), l.allButAccuracy},
            {QStringLiteral("all_but_gain_points"), l.allButGainPoints},
            {QStringLiteral("all_but_output_sqnr_db"), sqnrJson(l.allButOutputSqnrDb)},
        });
    const qs::SuggestedPlan &s = r.suggested;
    return {
        {QStringLiteral("form"), QString::fromStdString(qs::toString(r.form))},
        {QStringLiteral("evaluation_samples"), qint64(r.evaluationSamples)},
        {QStringLiteral("float_accuracy"), r.floatAccuracy},
        {QStringLiteral("quantized_accuracy"), r.quantizedAccuracy},
        {QStringLiteral("budget_points"), r.budgetPoints},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("suggested"),
         QJsonObject{
             {QStringLiteral("keep_float"), stringsToJson(r.suggested.keptFloat)},
             {QStringLiteral("accuracy"), s.accuracy},
             {QStringLiteral("drop_points"), s.dropPoints},
             {QStringLiteral("within_budget"), s.withinBudget},
             {QStringLiteral("size_bytes"), qint64(s.size.serializedBytes)},
             {QStringLiteral("size_ratio"), s.sizeRatio},
             {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p50"), s.latency.b.p50}, {QStringLiteral("p95"), s.latency.b.p95}}},
             {QStringLiteral("float_latency_ms"), QJsonObject{{QStringLiteral("p50"), s.latency.a.p50}, {QStringLiteral("p95"), s.latency.a.p95}}},
             {QStringLiteral("speedup"), speedupJson(s.latency)},
         }},
        {QStringLiteral("notes"), stringsToJson(r.notes)},
    };
}
