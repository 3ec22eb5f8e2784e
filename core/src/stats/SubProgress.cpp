#include "quantscope/SubProgress.h"

namespace qs {

Progress subProgress(const Progress &outer, double from, double to)
{
    Progress p;
    p.cancelFlag = outer.cancelFlag;
    if (outer.onProgress) {
        auto report = outer.onProgress;
        p.onProgress = [report, from, to](double f, const std::string &m) { report(from + (to - from) * f, m); };
    }
    return p;
}

} // namespace qs
