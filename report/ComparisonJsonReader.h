#pragma once

#include "quantscope/Comparison.h"
#include "quantscope/Sensitivity.h"

#include <QJsonObject>

// The inverse of comparisonJson and sensitivityJson (ComparisonJson.h), so a project can keep the
// last results and show them again. A null SQNR becomes +inf when the entry's note says the tensors
// were identical and NaN (not measured) otherwise. Per-run latency samples are not kept: the
// statistics are. The suggested plan is not part of sensitivityJson; the caller stores it.
qs::ComparisonResult comparisonFromJson(const QJsonObject &json);
qs::SensitivityResult sensitivityFromJson(const QJsonObject &json);
