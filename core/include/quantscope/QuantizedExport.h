#pragma once

#include "quantscope/QuantPlan.h"

#include <string>

namespace qs {

class QuantizedModel;
struct CalibrationResult;

// Where an export goes. Empty encodings or plan paths skip that file.
struct ExportPaths
{
    std::string model;     // TorchScript, loadable by stock LibTorch and PyTorch 1.13
    std::string encodings; // JSON: every layer's mode, dtypes, ranges, scales and zero points
    std::string plan;      // the QuantPlan as JSON (QuantPlan::load reads it back)
};

// The encodings document: {"format": "quantscope-encodings", "version": 1, "engine", "form",
// "calibration_samples", "layers": [...], "adds": [...], "notes": [...]}; see the README.
std::string encodingsJson(const QuantizedModel &model, const QuantPlan &plan, const CalibrationResult &calibration);

// Writes every file to a temporary in its target folder first and renames them only when all were
// written, so a failed export leaves no partial file and replaces no good one. Throws qs::Error.
void exportQuantized(const QuantizedModel &model, const QuantPlan &plan, const CalibrationResult &calibration,
                     const ExportPaths &paths);

} // namespace qs
