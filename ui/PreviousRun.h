#pragma once

// The comparison before the latest, beside it: what changed in the plan between the two runs and
// how the headline figures moved. Trying an observer or keeping a layer in float then shows
// whether it helped, and Edit ▸ Undo takes the plan back if it did not.

#include "MeasuredResults.h"

#include "quantscope/LayerInfo.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace qs::ui {

// The plan changes from `before` to `after`, one entry per layer (and the engine):
// "classifier.3: observer histogram → percentile", "features.0: static int8 → float".
QStringList planChanges(const qs::QuantPlan &before, const qs::QuantPlan &after, const std::vector<qs::LayerInfo> &layers);

// Rich text for the dashboard: the plan changes and top-1, agreement, output SQNR, size and
// speed-up before → now. The two runs must have measured the same data (Workbench keeps a previous
// run only then).
QString previousRunText(const MeasuredComparison &previous, const MeasuredComparison &current,
                        const std::vector<qs::LayerInfo> &layers);

} // namespace qs::ui
