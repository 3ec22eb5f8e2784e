#pragma once

#include "quantscope/Comparison.h"

#include <QString>

#include <string>
#include <vector>

// One self-contained HTML page (inline SVG bar charts, no scripts, no external files): sizes,
// latencies, accuracy and confusion matrices, the per-layer table and the plan. Written atomically
// (QSaveFile); throws qs::Error naming the file when it cannot be written.
void writeComparisonReport(const QString &path, const qs::ComparisonResult &r, const std::string &modelPath,
                           const std::vector<std::string> &classNames, const std::string &planJson);

// The per-layer table as CSV (name, mode, bits, weight_sqnr_db, output_sqnr_db, normalized_l2,
// cosine, flagged); "inf" for an infinite SQNR, empty when not measured. Written atomically.
void writeLayerCsv(const QString &path, const qs::ComparisonResult &r);
