#include "data/IdxFile.h"

#include "quantscope/Error.h"

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace qs {

namespace {

// Data beyond this is not an image data set Quantscope can hold in memory; a header declaring
// more is corrupt (or not an IDX file), and is refused before anything is allocated.
constexpr std::uint64_t MaxIdxBytes = std::uint64_t(2) << 30;
// Deflate cannot expand data by more than about 1032:1, so a gzip file of n bytes holds at most this.
constexpr std::uint64_t MaxDeflateRatio = 1032;

struct GzCloser
{
    void operator()(gzFile_s *f) const { gzclose(f); }
};

std::string hex32(std::uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", v);
    return buf;
}

std::string bytesText(std::uint64_t n)
{
    return std::to_string(n) + " bytes";
}

bool startsWithGzipMagic(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char m[2] = {0, 0};
    in.read(reinterpret_cast<char *>(m), 2);
    return in.gcount() == 2 && m[0] == 0x1f && m[1] == 0x8b;
}

} // namespace

IdxFile readIdxFile(const std::string &path, const Progress &progress, double progressFrom, double progressTo)
{
    namespace fs = std::filesystem;
    const std::string name = fs::path(path).filename().string();
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error("cannot find the IDX file " + path);
    if (fs::is_directory(path, ec))
        throw Error(path + " is a folder, not an IDX file (for a folder of images use folder:" + path + ")");
    const std::uint64_t fileBytes = fs::file_size(path, ec);
    if (ec)
        throw Error("cannot read " + path + ": " + ec.message());
    if (fileBytes == 0)
        throw Error(name + " is empty: an IDX file holds at least a 4-byte magic number and its dimensions");
    const bool gzip = startsWithGzipMagic(path);

    std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.c_str(), "rb"));
    if (!file)
        throw Error("cannot open " + path + " for reading");
    gzbuffer(file.get(), 1 << 18);

    // Reads exactly n bytes; returns how many it got. Corrupt gzip data is an error of its own.
    auto readBytes = [&](void *dst, std::uint64_t n) -> std::uint64_t {
        std::uint64_t got = 0;
        while (got < n) {
            const unsigned chunk = unsigned(std::min<std::uint64_t>(n - got, 1u << 24));
            const int r = gzread(file.get(), static_cast<char *>(dst) + got, chunk);
            if (r < 0) {
                int code = 0;
                const char *msg = gzerror(file.get(), &code);
                throw Error(name + " is not valid gzip data (" + std::string(msg ? msg : "zlib error")
                            + "): the file is corrupt or truncated; download or copy it again");
            }
            if (r == 0)
                break;
            got += std::uint64_t(r);
        }
        return got;
    };

    unsigned char magic[4];
    if (readBytes(magic, 4) < 4)
        throw Error(name + " is truncated: it ends inside the 4-byte IDX magic number");
    const std::uint32_t magicValue = (std::uint32_t(magic[0]) << 24) | (std::uint32_t(magic[1]) << 16)
        | (std::uint32_t(magic[2]) << 8) | std::uint32_t(magic[3]);
    if (magic[0] != 0 || magic[1] != 0)
        throw Error(name + " is not an IDX file: its magic number is " + hex32(magicValue)
                    + ", while IDX files start with 0x00000803 (images) or 0x00000801 (labels)");
    if (magic[2] != 0x08)
        throw Error(name + " holds IDX data of type " + hex32(magic[2]).substr(8)
                    + "; Quantscope reads unsigned-byte IDX files (type 0x08), the form MNIST and Fashion-MNIST use");
    const int ndims = magic[3];
    if (ndims < 1 || ndims > 4)
        throw Error(name + " declares " + std::to_string(ndims)
                    + " dimensions; IDX image files have 3 (count, rows, columns) and label files 1");

    IdxFile idx;
    std::uint64_t total = 1;
    for (int i = 0; i < ndims; ++i) {
        unsigned char d[4];
        if (readBytes(d, 4) < 4)
            throw Error(name + " is truncated: it ends inside the IDX header");
        const std::uint64_t dim = (std::uint64_t(d[0]) << 24) | (std::uint64_t(d[1]) << 16) | (std::uint64_t(d[2]) << 8) | d[3];
        idx.dims.push_back(std::int64_t(dim));
        total *= dim; // at most 2^32 per factor, checked against the cap after each step so it cannot overflow
        if (total > MaxIdxBytes)
            break;
    }
    std::string dimsText;
    for (std::size_t i = 0; i < idx.dims.size(); ++i)
        dimsText += (i ? " x " : "") + std::to_string(idx.dims[i]);
    if (total > MaxIdxBytes)
        throw Error(name + " declares absurd dimensions (" + dimsText + (int(idx.dims.size()) < ndims ? " x ..." : "")
                    + ", more than " + bytesText(MaxIdxBytes)
                    + "): the header is corrupt or this is not an IDX file; nothing was read");
    if (total == 0)
        throw Error(name + " declares dimensions " + dimsText + ": it holds no samples");
    const std::uint64_t headerBytes = 4 + 4 * std::uint64_t(ndims);
    if (!gzip && fileBytes < headerBytes + total)
        throw Error(name + " is truncated: its header declares " + dimsText + " (" + bytesText(headerBytes + total)
                    + ") but the file holds " + bytesText(fileBytes) + "; copy or download it again");
    if (gzip && total > fileBytes * MaxDeflateRatio)
        throw Error(name + " declares dimensions " + dimsText + " (" + bytesText(total) + "), more than a gzip file of "
                    + bytesText(fileBytes) + " can hold: the header is corrupt or the file truncated");

    idx.data = torch::empty({std::int64_t(total)}, torch::kByte);
    auto *dst = idx.data.data_ptr<std::uint8_t>();
    constexpr std::uint64_t Chunk = std::uint64_t(4) << 20;
    std::uint64_t done = 0;
    while (done < total) {
        progress.throwIfCancelled();
        const std::uint64_t want = std::min(Chunk, total - done);
        const std::uint64_t got = readBytes(dst + done, want);
        done += got;
        if (got < want)
            throw Error(name + " is truncated: its header declares " + dimsText + " (" + bytesText(total)
                        + " of data) but it ends after " + bytesText(done) + "; copy or download it again");
        progress.report(progressFrom + (progressTo - progressFrom) * double(done) / double(total),
                        "Reading " + name);
    }
    idx.data = idx.data.reshape(idx.dims);
    return idx;
}

} // namespace qs
