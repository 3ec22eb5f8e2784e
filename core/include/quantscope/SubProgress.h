#pragma once

#include "quantscope/Progress.h"

namespace qs {

// One stage of a longer job: a Progress that maps its own [0, 1] onto [from, to] of `outer` and
// shares outer's cancel flag. It keeps a copy of outer's callback, so it may outlive `outer`.
Progress subProgress(const Progress &outer, double from, double to);

} // namespace qs
