#pragma once

#include <QString>

namespace qs {
class Model;
struct LayerByLayerCurve;
} // namespace qs

namespace qs::ui {

// One or two sentences on the step of a layer-by-layer curve that costs most accuracy, written from
// the numbers and the layer's place in the model: "Quantizing features.0 (Conv2d) to 4 bits costs
// 12.3 points: it is the first layer …". Says so when no step costs much.
QString largestDropExplanation(const qs::Model &model, const qs::LayerByLayerCurve &curve);

// Below this many points a change is within what the evaluation samples can tell apart.
constexpr double kNoticeableDropPoints = 0.5;

} // namespace qs::ui
