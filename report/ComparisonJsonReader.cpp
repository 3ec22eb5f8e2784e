#include "ComparisonJsonReader.h"

#include "JsonStrings.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double notMeasured = std::numeric_limits<double>::quiet_NaN();

// A JSON SQNR: a number, or null for +inf (identical) or not measured, as `identical` says.
double sqnrFrom(const QJsonValue &value, bool identical)
{
    if (value.isDouble())
        return value.toDouble();
    return identical ? infinity : notMeasured;
}

double numberOr(const QJsonValue &value, double fallback)
{
    return value.isDouble() ? value.toDouble() : fallback;
}

qs::LatencyStats latencyFrom(const QJsonObject &detail)
{
    qs::LatencyStats s;
    s.p50 = detail.value(QStringLiteral("p50")).toDouble();
    s.p95 = detail.value(QStringLiteral("p95")).toDouble();
    s.mean = detail.value(QStringLiteral("mean")).toDouble();
    s.min = detail.value(QStringLiteral("min")).toDouble();
    return s;
}

qs::LatencyComparison speedupFrom(const QJsonObject &o, const qs::LatencyStats &a, const qs::LatencyStats &b)
{
    qs::LatencyComparison c;
    c.a = a;
    c.b = b;
    c.speedup = o.value(QStringLiteral("ratio")).toDouble();
    c.speedupLow = o.value(QStringLiteral("p25")).toDouble();
    c.speedupHigh = o.value(QStringLiteral("p75")).toDouble();
    return c;
}

qs::ModelFigures sideFrom(const QJsonObject &o)
{
    qs::ModelFigures f;
    f.size.serializedBytes = o.value(QStringLiteral("size_bytes")).toInteger();
    const QJsonObject byDtype = o.value(QStringLiteral("parameter_bytes_by_dtype")).toObject();
    for (auto it = byDtype.begin(); it != byDtype.end(); ++it)
        f.size.parameterBytes[it.key().toStdString()] = it.value().toInteger();
    f.latency = latencyFrom(o.value(QStringLiteral("latency_detail")).toObject());
    f.latencyBatch1 = latencyFrom(o.value(QStringLiteral("latency_batch1_detail")).toObject());
    if (o.value(QStringLiteral("accuracy")).isDouble()) {
        qs::AccuracyResult a;
        a.top1 = o.value(QStringLiteral("accuracy")).toDouble();
        a.correct = o.value(QStringLiteral("correct")).toInteger();
        for (const QJsonValue &c : o.value(QStringLiteral("per_class")).toArray()) {
            const QJsonObject cls = c.toObject();
            const std::int64_t samples = cls.value(QStringLiteral("samples")).toInteger();
            a.perClassSamples.push_back(samples);
            a.perClassCorrect.push_back(std::llround(numberOr(cls.value(QStringLiteral("accuracy")), 0.0) * double(samples)));
            a.samples += samples;
        }
        f.accuracy = a;
        for (const QJsonValue &row : o.value(QStringLiteral("confusion")).toArray()) {
            std::vector<std::int64_t> r;
            for (const QJsonValue &v : row.toArray())
                r.push_back(v.toInteger());
            f.confusion.push_back(std::move(r));
        }
    }
    return f;
}

} // namespace

qs::ComparisonResult comparisonFromJson(const QJsonObject &json)
{
    qs::ComparisonResult r;
    r.engine = qs::quantEngineFromString(json.value(QStringLiteral("engine")).toString().toStdString());
    r.form = json.value(QStringLiteral("form")).toString() == QLatin1String("simulated") ? qs::QuantizedForm::Simulated
                                                                                         : qs::QuantizedForm::Real;
    r.threads = json.value(QStringLiteral("threads")).toInt();
    r.batchSize = std::size_t(json.value(QStringLiteral("batch")).toInteger());
    r.calibrationSamples = std::size_t(json.value(QStringLiteral("calibration_samples")).toInteger());
    r.evaluationSamples = std::size_t(json.value(QStringLiteral("evaluation_samples")).toInteger());
    r.dataDescription = json.value(QStringLiteral("data_description")).toString().toStdString();
    r.dataProvenance.name = r.dataDescription;
    r.original = sideFrom(json.value(QStringLiteral("original")).toObject());
    r.quantized = sideFrom(json.value(QStringLiteral("quantized")).toObject());
    r.sizeRatio = json.value(QStringLiteral("size_ratio")).toDouble();
    r.parameterBytesRatio = json.value(QStringLiteral("parameter_bytes_ratio")).toDouble();
    r.latency = speedupFrom(json.value(QStringLiteral("speedup")).toObject(), r.original.latency, r.quantized.latency);
    r.latencyBatch1
        = speedupFrom(json.value(QStringLiteral("speedup_batch1")).toObject(), r.original.latencyBatch1, r.quantized.latencyBatch1);
    r.agreement = json.value(QStringLiteral("agreement")).toDouble();
    r.meanKlDivergence = json.value(QStringLiteral("mean_kl_divergence")).toDouble();
    r.flagBelowDb = numberOr(json.value(QStringLiteral("flag_below_db")), 20.0);
    bool identicalOutputs = false;
    for (const QJsonValue &note : json.value(QStringLiteral("notes")).toArray()) {
        if (note.toString().startsWith(QLatin1String("output_sqnr_db is null")))
            identicalOutputs = true; // written by comparisonJson, not a note of core's
        else
            r.notes.push_back(note.toString().toStdString());
    }
    r.outputSqnrDb = sqnrFrom(json.value(QStringLiteral("output_sqnr_db")), identicalOutputs);
    for (const QJsonValue &value : json.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString note = o.value(QStringLiteral("note")).toString();
        qs::LayerError l;
        l.name = o.value(QStringLiteral("name")).toString().toStdString();
        l.mode = qs::layerModeFromString(o.value(QStringLiteral("mode")).toString().toStdString());
        l.bits = o.value(QStringLiteral("bits")).toInt(8);
        l.weightSqnrDb = sqnrFrom(o.value(QStringLiteral("weight_sqnr_db")), note.contains(QLatin1String("weights unchanged")));
        l.outputSqnrDb = sqnrFrom(o.value(QStringLiteral("output_sqnr_db")), note.contains(QLatin1String("output identical")));
        l.normalizedL2 = numberOr(o.value(QStringLiteral("normalized_l2")), notMeasured);
        l.cosine = numberOr(o.value(QStringLiteral("cosine")), notMeasured);
        l.measured = !note.contains(QLatin1String("not compared")) && !note.contains(QLatin1String("not located"));
        l.flagged = o.value(QStringLiteral("flagged")).toBool();
        r.layers.push_back(l);
    }
    const QJsonObject phases = json.value(QStringLiteral("phase_seconds")).toObject();
    for (auto it = phases.begin(); it != phases.end(); ++it)
        r.phaseSeconds[it.key().toStdString()] = it.value().toDouble();
    return r;
}

qs::SensitivityResult sensitivityFromJson(const QJsonObject &json)
{
    qs::SensitivityResult r;
    r.form = json.value(QStringLiteral("form")).toString() == QLatin1String("simulated") ? qs::QuantizedForm::Simulated
                                                                                         : qs::QuantizedForm::Real;
    r.evaluationSamples = std::size_t(json.value(QStringLiteral("evaluation_samples")).toInteger());
    r.floatAccuracy = json.value(QStringLiteral("float_accuracy")).toDouble();
    r.quantizedAccuracy = json.value(QStringLiteral("quantized_accuracy")).toDouble();
    r.budgetPoints = json.value(QStringLiteral("budget_points")).toDouble();
    for (const QJsonValue &value : json.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject o = value.toObject();
        qs::LayerSensitivity l;
        l.name = o.value(QStringLiteral("name")).toString().toStdString();
        l.mode = qs::layerModeFromString(o.value(QStringLiteral("mode")).toString().toStdString());
        l.aloneAccuracy = o.value(QStringLiteral("alone_accuracy")).toDouble();
        l.aloneDropPoints = o.value(QStringLiteral("alone_drop_points")).toDouble();
        l.aloneOutputSqnrDb = sqnrFrom(o.value(QStringLiteral("alone_output_sqnr_db")), true);
        l.allButAccuracy = o.value(QStringLiteral("all_but_accuracy")).toDouble();
        l.allButGainPoints = o.value(QStringLiteral("all_but_gain_points")).toDouble();
        l.allButOutputSqnrDb = sqnrFrom(o.value(QStringLiteral("all_but_output_sqnr_db")), true);
        r.layers.push_back(l);
    }
    const QJsonObject s = json.value(QStringLiteral("suggested")).toObject();
    r.suggested.keptFloat = stringsFromJson(s.value(QStringLiteral("keep_float")));
    r.suggested.accuracy = s.value(QStringLiteral("accuracy")).toDouble();
    r.suggested.dropPoints = s.value(QStringLiteral("drop_points")).toDouble();
    r.suggested.withinBudget = s.value(QStringLiteral("within_budget")).toBool();
    r.suggested.size.serializedBytes = s.value(QStringLiteral("size_bytes")).toInteger();
    r.suggested.sizeRatio = s.value(QStringLiteral("size_ratio")).toDouble();
    qs::LatencyStats floatLatency = latencyFrom(s.value(QStringLiteral("float_latency_ms")).toObject());
    qs::LatencyStats planLatency = latencyFrom(s.value(QStringLiteral("latency_ms")).toObject());
    r.suggested.latency = speedupFrom(s.value(QStringLiteral("speedup")).toObject(), floatLatency, planLatency);
    r.notes = stringsFromJson(json.value(QStringLiteral("notes")));
    return r;
}
