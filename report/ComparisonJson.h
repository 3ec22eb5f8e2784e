#pragma once

#include "quantscope/Comparison.h"
#include "quantscope/Sensitivity.h"

#include <QJsonObject>
#include <QJsonValue>

// JSON has no infinity: an SQNR of +inf (identical tensors) and an SQNR that was not measured are
// both written as null; the entry's "notes" (top level) or "note" (a layer) says which.
QJsonValue sqnrJson(double db);

// The compare command's document: "original" and "quantized" (size_bytes, latency_ms {p50, p95},
// latency_ms_batch1 {p50, p95}, accuracy, ...), "agreement", "output_sqnr_db", "engine", "threads",
// "layers" [{name, mode, weight_sqnr_db, output_sqnr_db, ...}], and more.
QJsonObject comparisonJson(const qs::ComparisonResult &r, const std::vector<std::string> &classNames);
QJsonObject sensitivityJson(const qs::SensitivityResult &r);
