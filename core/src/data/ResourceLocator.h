#pragma once

#include <string>

namespace qs {

// The directory holding resources/<sub> ("models", "data"): an installed copy next to the program
// (<exe dir>/../share/quantscope/<sub>) first, then the source tree the program was built from
// (QS_RESOURCES_DIR). Empty when neither exists.
std::string findResourceDir(const std::string &sub);

} // namespace qs
