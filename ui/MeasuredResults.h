#pragma once

#include "quantscope/Comparison.h"
#include "quantscope/QuantPlan.h"
#include "quantscope/Sensitivity.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace qs::ui {

// What a comparison or sensitivity run was made from: when the workbench's plan, data set or
// calibration no longer match, its figures are stale.
struct ResultBasis
{
    qs::QuantPlan plan;
    QString dataSpec;                     // qs::DataSpec::toString() of the data it ran on
    std::uint64_t calibrationGeneration = 0; // Workbench::calibrationGeneration() when it was made
};

// Core's result as the workbench keeps it, with its basis and the class names the report needs.
template <typename Result> struct Measured
{
    Result result;
    ResultBasis basis;
    std::vector<std::string> classNames;
};

using MeasuredComparison = Measured<qs::ComparisonResult>;
using MeasuredSensitivity = Measured<qs::SensitivityResult>;

} // namespace qs::ui
