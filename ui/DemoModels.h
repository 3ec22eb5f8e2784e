#pragma once

#include <QString>
#include <QStringList>

namespace qs::ui {

// The built-in demo models (resources/models/<name>.pt, with <name>.json metadata), looked for
// next to an installed binary first, then in the source tree this binary was built from.
namespace DemoModels {

// Folders searched, in order.
QStringList searchDirectories();
// Path of <dir>/<name>.pt in the first folder that has it, or an empty string.
QString find(const QString &name = QStringLiteral("cnn"));

} // namespace DemoModels

} // namespace qs::ui
