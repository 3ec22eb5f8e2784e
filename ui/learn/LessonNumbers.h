#pragma once

#include <QString>

namespace qs::ui {

// How the lessons write numbers: as the workbench does (6 significant digits, the user's locale),
// so a lesson and the workbench show the same digits for the same value.
QString lessonNumber(double value);
// The same in parentheses when negative, for substituting into a formula: "x − (−0.5)".
QString lessonTerm(double value);
// "17.69 dB", "∞ dB" for an exact result.
QString lessonDecibels(double db);
// "12.5 %", "0.01 %": three significant digits, so one value in 10,000 does not show as 0
QString lessonPercent(double fraction);
// Top-1 accuracy with one decimal, "93.0 %": on 1000 samples each sample is 0.1 points.
QString lessonAccuracy(double fraction);

} // namespace qs::ui
