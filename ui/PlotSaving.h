#pragma once

// Saving a plot as a file for slides and reports: PNG at twice the on-screen resolution, or PDF.
// Written through a temporary file, so a failed save (a full disk, a folder one cannot write to)
// leaves an earlier file of that name as it was, and the user is told why.

#include <QString>

class QCustomPlot;
class QMenu;

namespace qs::ui {

// Writes the plot to path, PNG or PDF by the suffix. Returns what went wrong, for the user; empty on success.
QString savePlot(QCustomPlot *plot, const QString &path);

// Asks for a file name (fileStem.png or .pdf in the Pictures folder suggested) and saves; a file
// that cannot be written is reported in a message box.
void askAndSavePlot(QCustomPlot *plot, const QString &fileStem, bool pdf);

// Adds "Save as PNG…" and "Save as PDF…" to menu: each asks for a file name (fileStem suggested)
// and shows a message when the file cannot be written.
void addSaveActions(QMenu *menu, QCustomPlot *plot, const QString &fileStem);

// Gives a plot that has no menu of its own a right-click menu with those two actions.
void installSaveMenu(QCustomPlot *plot, const QString &fileStem);

} // namespace qs::ui
