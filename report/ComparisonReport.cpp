#include "ComparisonReport.h"

#include "SvgBars.h"

#include "quantscope/Error.h"

#include <QSaveFile>

#include <cmath>

namespace {

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString dbText(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return std::isinf(v) ? QStringLiteral("∞") : QString::number(v, 'f', 1);
}

QString num(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw qs::Error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString()
                        + "; check that the folder exists and is writable");
}

QString confusionTable(const std::vector<std::vector<std::int64_t>> &m, const std::vector<std::string> &classes)
{
    QString h = QStringLiteral("<table class=\"cm\"><tr><th>true \\ predicted</th>");
    for (std::size_t c = 0; c < m.size(); ++c)
        h += QStringLiteral("<th>%1</th>").arg(c < classes.size() ? esc(classes[c]) : QString::number(c));
    h += QStringLiteral("</tr>");
    for (std::size_t r = 0; r < m.size(); ++r) {
        std::int64_t total = 0;
        for (const auto v : m[r])
            total += v;
        h += QStringLiteral("<tr><th>%1</th>").arg(r < classes.size() ? esc(classes[r]) : QString::number(r));
        for (std::size_t c = 0; c < m[r].size(); ++c) {
            // Shade by the share of the row: the diagonal dark, confusions visible.
            const double share = total ? double(m[r][c]) / double(total) : 0.0;
            h += QStringLiteral("<td style=\"background:rgba(40,90,160,%1)\">%2</td>").arg(share * 0.8, 0, 'f', 2).arg(m[r][c]);
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

void writeComparisonReport(const QString &path, const qs::ComparisonResult &r, const std::string &modelPath,
                           const std::vector<std::string> &classNames, const std::string &planJson)
{
    QString h = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quantscope comparison</title><style>"
        "body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}"
        "td:first-child,th:first-child{text-align:left}.flag{color:#b00;font-weight:bold}"
        ".cm td{min-width:2.5em}pre{background:#f6f6f6;padding:1em;overflow:auto}</style></head><body>");
    h += QStringLiteral("<h1>Original vs quantized</h1><p>Model <code>%1</code>; engine <b>%2</b> (%3 form), %4 threads; "
                        "calibrated on %5 samples, evaluated on %6 of %7.</p>")
             .arg(esc(modelPath), esc(qs::toString(r.engine)), esc(qs::toString(r.form)))
             .arg(r.threads)
             .arg(r.calibrationSamples)
             .arg(r.evaluationSamples)
             .arg(esc(r.dataDescription));
    auto acc = [](const std::optional<qs::AccuracyResult> &a) { return a ? QStringLiteral("%1 %").arg(a->top1 * 100.0, 0, 'f', 2) : QStringLiteral("–"); };
    h += QStringLiteral("<table><tr><th></th><th>original</th><th>quantized</th><th>ratio / difference</th></tr>");
    h += QStringLiteral("<tr><td>file bytes</td><td>%1</td><td>%2</td><td>%3×</td></tr>")
             .arg(r.original.size.serializedBytes)
             .arg(r.quantized.size.serializedBytes)
             .arg(r.sizeRatio, 0, 'f', 3);
    h += QStringLiteral("<tr><td>parameter bytes</td><td>%1</td><td>%2</td><td>%3×</td></tr>")
             .arg(r.original.size.totalParameterBytes())
             .arg(r.quantized.size.totalParameterBytes())
             .arg(r.parameterBytesRatio, 0, 'f', 3);
    auto latencyRow = [&](const QString &what, const qs::LatencyStats &a, const qs::LatencyStats &b, const qs::LatencyComparison &c) {
        h += QStringLiteral("<tr><td>%1</td><td>%2 / %3</td><td>%4 / %5</td><td>speed-up %6× (IQR %7–%8)</td></tr>")
                 .arg(what, num(a.p50, 3), num(a.p95, 3), num(b.p50, 3), num(b.p95, 3), num(c.speedup, 2), num(c.speedupLow, 2),
                      num(c.speedupHigh, 2));
    };
    latencyRow(QStringLiteral("ms per batch of %1, p50 / p95").arg(r.batchSize), r.original.latency, r.quantized.latency, r.latency);
    latencyRow(QStringLiteral("ms at batch 1, p50 / p95"), r.original.latencyBatch1, r.quantized.latencyBatch1, r.latencyBatch1);
    h += QStringLiteral("<tr><td>top-1</td><td>%1</td><td>%2</td><td>%3</td></tr>")
             .arg(acc(r.original.accuracy), acc(r.quantized.accuracy),
                  r.original.accuracy && r.quantized.accuracy
                      ? QStringLiteral("%1 points").arg((r.quantized.accuracy->top1 - r.original.accuracy->top1) * 100.0, 0, 'f', 2)
                      : QString());
    h += QStringLiteral("</table><p>Top-1 agreement <b>%1 %</b>, output SQNR <b>%2 dB</b>, mean KL divergence of the softmax outputs %3 nats.</p>")
             .arg(r.agreement * 100.0, 0, 'f', 2)
             .arg(dbText(r.outputSqnrDb))
             .arg(r.meanKlDivergence, 0, 'g', 4);

    h += svgBarChart(QStringLiteral("Latency p50, batch %1 and batch 1").arg(r.batchSize),
                     {QStringLiteral("batch %1").arg(r.batchSize), QStringLiteral("batch 1")},
                     {{QStringLiteral("original"), QStringLiteral("#888"), {r.original.latency.p50, r.original.latencyBatch1.p50}},
                      {QStringLiteral("quantized"), QStringLiteral("#2a6"), {r.quantized.latency.p50, r.quantized.latencyBatch1.p50}}},
                     QStringLiteral("ms"));
    h += QStringLiteral("<br>");
    h += svgBarChart(QStringLiteral("Size"), {QStringLiteral("file"), QStringLiteral("parameters")},
                     {{QStringLiteral("original"), QStringLiteral("#888"),
                       {double(r.original.size.serializedBytes) / 1024.0, double(r.original.size.totalParameterBytes()) / 1024.0}},
                      {QStringLiteral("quantized"), QStringLiteral("#2a6"),
                       {double(r.quantized.size.serializedBytes) / 1024.0, double(r.quantized.size.totalParameterBytes()) / 1024.0}}},
                     QStringLiteral("KiB"));

    h += QStringLiteral("<h2>Per-layer error</h2><p>Both models run on the same %1 inputs; each layer's output (after the batch norm "
                        "and relu its kernel absorbs) is compared, so error accumulates as in the deployed model. Layers below "
                        "%2 dB are flagged.</p>")
             .arg(r.evaluationSamples ? QStringLiteral("evaluation") : QString())
             .arg(r.flagBelowDb);
    QStringList labels;
    SvgBarSeries weights{QStringLiteral("weight SQNR"), QStringLiteral("#69c"), {}};
    SvgBarSeries outputs{QStringLiteral("output SQNR"), QStringLiteral("#e80"), {}};
    h += QStringLiteral("<table><tr><th>layer</th><th>mode</th><th>bits</th><th>weight SQNR dB</th><th>output SQNR dB</th>"
                        "<th>normalised L2</th><th>cosine</th><th></th></tr>");
    for (const qs::LayerError &l : r.layers) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td class=\"flag\">%8</td></tr>")
                 .arg(esc(l.name), esc(qs::toString(l.mode)))
                 .arg(l.bits)
                 .arg(dbText(l.weightSqnrDb), dbText(l.outputSqnrDb), num(l.normalizedL2, 4), num(l.cosine, 5),
                      l.flagged ? QStringLiteral("below threshold") : QString());
        labels << QString::fromStdString(l.name);
        weights.values.push_back(l.weightSqnrDb);
        outputs.values.push_back(l.outputSqnrDb);
    }
    h += QStringLiteral("</table>");
    h += svgBarChart(QStringLiteral("SQNR per layer"), labels, {weights, outputs}, QStringLiteral("dB"), r.flagBelowDb);

    if (!r.original.confusion.empty()) {
        h += QStringLiteral("<h2>Confusion matrices</h2><h3>Original</h3>") + confusionTable(r.original.confusion, classNames);
        h += QStringLiteral("<h3>Quantized</h3>") + confusionTable(r.quantized.confusion, classNames);
    }
    h += QStringLiteral("<h2>Plan</h2><pre>%1</pre>").arg(esc(planJson));
    if (!r.notes.empty()) {
        h += QStringLiteral("<h2>Notes</h2><ul>");
        for (const auto &n : r.notes)
            h += QStringLiteral("<li>%1</li>").arg(esc(n));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>\n");
    writeAtomically(path, h.toUtf8());
}

void writeLayerCsv(const QString &path, const qs::ComparisonResult &r)
{
    auto value = [](double v) {
        if (std::isnan(v))
            return QString();
        return std::isinf(v) ? QStringLiteral("inf") : QString::number(v, 'g', 8);
    };
    QString csv = QStringLiteral("name,mode,bits,weight_sqnr_db,output_sqnr_db,normalized_l2,cosine,flagged\n");
    for (const qs::LayerError &l : r.layers)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(QString::fromStdString(l.name), QString::fromStdString(qs::toString(l.mode)))
                   .arg(l.bits)
                   .arg(value(l.weightSqnrDb), value(l.outputSqnrDb), value(l.normalizedL2), value(l.cosine),
                        l.flagged ? QStringLiteral("true") : QStringLiteral("false"));
    writeAtomically(path, csv.toUtf8());
}
