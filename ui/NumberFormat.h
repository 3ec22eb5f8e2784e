#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace qs::ui {

// How numbers from core are written in the UI, in the user's locale.
QString formatValue(double value); // 6 significant digits: -0.33025, 0.00258006
QString formatCount(std::int64_t count); // 26,474
QString formatBytes(std::int64_t bytes); // 104.2 KiB
QString formatShape(const std::vector<std::int64_t> &shape); // [8, 1, 3, 3], -1 as "?"
// "batch_norm → relu → max_pool2d" from {"aten::batch_norm", ...}
QString formatOpChain(const std::vector<std::string> &ops);
// Comparison figures: "92.85 %" (from a percentage), "0.259×" (a ratio; empty when not finite),
// "6.18× faster" / "1.05× slower" (a speed-up; empty when not positive), "+0.20 points" (a change in
// percentage points).
QString formatPercent(double percent);
QString formatRatio(double ratio);
QString formatSpeedup(double speedup);
QString formatPoints(double points);
// Decibels with one decimal in the user's locale (42.7, 42,7), "∞" for identical signals.
QString formatDecibels(double db);
// A layer name for rich text: escaped, and kept on one line when the text around it wraps
// ("features.0" would otherwise break after its dot).
QString layerNameHtml(const QString &name);

} // namespace qs::ui
