#include "quantize/AtomicFile.h"

#include "quantscope/Error.h"

#include "quantize/TorchErrorText.h"

#include <c10/util/Exception.h>

#include <filesystem>
#include <random>

namespace qs {

namespace {

namespace fs = std::filesystem;

std::string firstLine(const std::string &text)
{
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

} // namespace

std::string stageFile(const std::string &target, const FileWriter &write)
{
    const fs::path path(target);
    if (path.filename().empty())
        throw Error("'" + target + "' names a folder, not a file to write");
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw Error("cannot write " + target + ": the folder " + folder.string() + " does not exist");
    std::random_device random;
    const fs::path temporary = folder / ("." + path.filename().string() + ".tmp" + std::to_string(random()));
    try {
        write(temporary.string());
        if (!fs::exists(temporary, ec))
            throw Error("nothing was written");
    } catch (const c10::Error &e) {
        fs::remove(temporary, ec);
        throw Error("cannot write " + target + ": " + torchErrorText(e)
                    + " (check that the folder is writable and has space)");
    } catch (const std::exception &e) {
        fs::remove(temporary, ec);
        throw Error("cannot write " + target + ": " + firstLine(e.what())
                    + " (check that the folder is writable and has space)");
    }
    return temporary.string();
}

void writeFilesAtomically(const std::vector<std::pair<std::string, FileWriter>> &files)
{
    std::vector<std::pair<std::string, std::string>> staged; // temporary, target
    std::error_code ec;
    try {
        for (const auto &[target, write] : files)
            staged.emplace_back(stageFile(target, write), target);
        for (const auto &[temporary, target] : staged)
            fs::rename(temporary, target);
    } catch (const Error &) {
        for (const auto &entry : staged)
            fs::remove(entry.first, ec);
        throw;
    } catch (const std::exception &e) {
        for (const auto &entry : staged)
            fs::remove(entry.first, ec);
        throw Error(std::string("the files could not be put in place: ") + e.what());
    }
}

} // namespace qs
