#include "data/ResourceLocator.h"

#include <filesystem>

namespace qs {

std::string findResourceDir(const std::string &sub)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path() / ".." / "share" / "quantscope" / sub;
        if (fs::is_directory(installed, ec))
            return fs::weakly_canonical(installed, ec).string();
    }
#ifdef QS_RESOURCES_DIR
    const fs::path source = fs::path(QS_RESOURCES_DIR) / sub;
    if (fs::is_directory(source, ec))
        return source.string();
#endif
    return {};
}

} // namespace qs
