#pragma once

// Private to core: writing files so that a failure leaves neither a partial file nor a damaged old
// one: write a temporary in the target's folder (same file system), then rename it over the target.

#include <functional>
#include <string>
#include <vector>

namespace qs {

using FileWriter = std::function<void(const std::string &temporaryPath)>;

// Writes through write(temporary) and returns the temporary's path. Throws qs::Error (and removes
// the temporary) when the folder is missing or the writing fails.
std::string stageFile(const std::string &target, const FileWriter &write);

// Stages every file, then renames them all; on any failure no target is touched.
void writeFilesAtomically(const std::vector<std::pair<std::string, FileWriter>> &files);

inline void writeAtomically(const std::string &path, const FileWriter &write)
{
    writeFilesAtomically({{path, write}});
}

} // namespace qs
