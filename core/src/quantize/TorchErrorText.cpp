#include "quantize/TorchErrorText.h"

#include <sstream>
#include <vector>

namespace qs {

std::string torchErrorText(const std::exception &error)
{
    const auto *c10Error = dynamic_cast<const c10::Error *>(&error);
    const std::string text = c10Error ? c10Error->what_without_backtrace() : error.what();
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    if (lines.empty())
        return "unknown LibTorch error";
    // The TorchScript interpreter puts the traceback first and the error itself last.
    if (lines.front().rfind("The following operation failed in the TorchScript interpreter", 0) == 0)
        return lines.back();
    return lines.front();
}

} // namespace qs
