#pragma once

// The application's look: the system's style and palette, or Fusion with a light or a dark
// palette (a projector, a dark room). Widgets follow the application palette; plots follow it
// through PlotStyle.

#include <QString>

#include <optional>

namespace qs::ui {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);                             // "system", "light", "dark"
std::optional<Theme> themeFromKey(const QString &key);      // nullopt for anything else
QString themeLabel(Theme theme);                            // "&System", translated, for menus

// Applies the theme to the whole application. Call after QApplication exists.
void applyTheme(Theme theme);
Theme currentTheme();

// The theme chosen in View ▸ Theme last time (System when none was).
Theme savedTheme();
void saveTheme(Theme theme);

} // namespace qs::ui
