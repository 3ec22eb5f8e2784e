#pragma once

// Plots in the palette's colours: QCustomPlot draws black on white whatever the theme, so a dark
// theme (View ▸ Theme) would leave bright white plots with black text.

#include <QColor>

class QCustomPlot;

namespace qs::ui {

// a + (b - a) · t per channel: a tint of b over a that reads in a light and a dark palette.
QColor mixColours(const QColor &a, const QColor &b, double t);

// Makes the plot take its background, axes, tick labels, grid and legend from its palette, now and
// whenever the palette changes; text items drawn in the default black or the palette's text colours
// and label boxes filled white follow too (before every replot, so items made later do as well).
// Coloured data (bars, range lines) keeps its colours. The plot owns what this installs.
void followPalette(QCustomPlot *plot);

} // namespace qs::ui
