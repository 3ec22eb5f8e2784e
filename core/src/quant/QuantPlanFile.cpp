#include "quantscope/QuantPlan.h"

#include "quantscope/Error.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qs {

namespace {

std::string systemError(int error)
{
    return std::strerror(error);
}

// Writes all of text to fd; returns 0 or the errno of the failure.
int writeAll(int fd, const std::string &text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        written += std::size_t(n);
    }
    return ::fsync(fd) == 0 ? 0 : errno;
}

} // namespace

// A temporary file beside the target (same file system, so rename is atomic), written, flushed to
// disk and renamed over the target. Any failure removes the temporary and leaves the target as it was.
void QuantPlan::save(const std::string &path) const
{
    namespace fs = std::filesystem;
    const std::string text = toJson();
    const fs::path target(path);
    if (target.filename().empty())
        throw Error("cannot save the plan to '" + path + "': that is a folder, not a file name");
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');

    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw Error("cannot save the plan to '" + path + "': " + systemError(errno) + " (in " + folder.string() + ")");
    const std::string temporary(name.data());
    ::fchmod(fd, 0644);
    int error = writeAll(fd, text);
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0) {
        std::error_code ec;
        fs::rename(temporary, target, ec);
        if (!ec)
            return;
        error = ec.value();
    }
    ::unlink(temporary.c_str());
    throw Error("cannot save the plan to '" + path + "': " + systemError(error) + "; the previous file, if any, is unchanged");
}

QuantPlan QuantPlan::load(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error("cannot read the plan '" + path + "': it is a folder, not a plan file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read the plan '" + path + "': " + systemError(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw Error("cannot read the plan '" + path + "': read error");
    try {
        return fromJson(text.str());
    } catch (const Error &e) {
        throw Error("plan '" + path + "': " + e.what());
    }
}

} // namespace qs
