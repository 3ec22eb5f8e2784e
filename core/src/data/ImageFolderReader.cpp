// readImageFolder(): torchvision's ImageFolder convention, DIR/<class>/<image>.

#include "quantscope/Dataset.h"
#include "quantscope/Error.h"

#include "data/DatasetImpl.h"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>

namespace qs {

namespace {

namespace fs = std::filesystem;

bool isImageFile(const fs::path &p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp";
}

std::vector<fs::path> sortedEntries(const fs::path &dir, bool directories)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(dir, ec)) {
        if (directories ? e.is_directory(ec) : (e.is_regular_file(ec) && isImageFile(e.path())))
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct StbFree
{
    void operator()(unsigned char *p) const { stbi_image_free(p); }
};

// Resize so the image covers height x width (the shorter side fits), then cut the centre: what
// torchvision's Resize(size) + CenterCrop(size) do. Writes channels-first into dst.
void resizeAndCrop(const unsigned char *src, int w, int h, int channels, int height, int width, std::uint8_t *dst)
{
    std::vector<unsigned char> resized;
    const unsigned char *img = src;
    int rw = w, rh = h;
    if (w != width || h != height) {
        const double scale = std::max(double(height) / h, double(width) / w);
        rw = std::max(width, int(std::lround(w * scale)));
        rh = std::max(height, int(std::lround(h * scale)));
        resized.resize(std::size_t(rw) * std::size_t(rh) * std::size_t(channels));
        stbir_resize_uint8(src, w, h, 0, resized.data(), rw, rh, 0, channels);
        img = resized.data();
    }
    const int x0 = (rw - width) / 2;
    const int y0 = (rh - height) / 2;
    for (int c = 0; c < channels; ++c)
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                *dst++ = img[(std::size_t(y0 + y) * std::size_t(rw) + std::size_t(x0 + x)) * std::size_t(channels) + std::size_t(c)];
}

} // namespace

std::shared_ptr<const Dataset> readImageFolder(const std::string &dirPath, const ImageOptions &options, const Progress &progress)
{
    const fs::path dir(dirPath);
    std::error_code ec;
    if (!fs::exists(dir, ec))
        throw Error("cannot find the image folder " + dirPath);
    if (!fs::is_directory(dir, ec))
        throw Error(dirPath + " is a file, not a folder: folder:DIR expects one subfolder of images per class");
    if (options.channels != 0 && options.channels != 1 && options.channels != 3)
        throw Error("images can be read as 1 (grayscale) or 3 (RGB) channels, not " + std::to_string(options.channels));

    const std::vector<fs::path> classDirs = sortedEntries(dir, true);
    if (classDirs.empty()) {
        if (!sortedEntries(dir, false).empty())
            throw Error(dirPath + " holds images but no class subfolders: put them in one subfolder per class "
                                  "(DIR/<class>/<image>), the ImageFolder layout, so each image gets a label");
        throw Error("the image folder " + dirPath + " is empty: it needs one subfolder per class holding PNG, JPEG or BMP images");
    }
    struct Item
    {
        fs::path path;
        std::int64_t label;
    };
    std::vector<Item> items;
    std::vector<std::string> classNames;
    for (const auto &cd : classDirs) {
        for (const auto &f : sortedEntries(cd, false))
            items.push_back({f, std::int64_t(classNames.size())});
        classNames.push_back(cd.filename().string());
    }
    if (items.empty())
        throw Error("the class subfolders of " + dirPath + " hold no PNG, JPEG or BMP images");

    int channels = options.channels, height = options.height, width = options.width;
    std::vector<std::uint8_t> pixels;
    std::vector<std::int64_t> labels;
    std::vector<std::string> skipped;
    std::size_t sampleBytes = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        progress.throwIfCancelled();
        if (i % 64 == 0)
            progress.report(double(i) / double(items.size()), "Reading images (" + std::to_string(i) + " of "
                                                                   + std::to_string(items.size()) + ")");
        const std::string file = items[i].path.string();
        const std::string shown = items[i].path.parent_path().filename().string() + "/" + items[i].path.filename().string();
        int w = 0, h = 0, n = 0;
        if (channels == 0 && stbi_info(file.c_str(), &w, &h, &n))
            channels = n <= 2 ? 1 : 3; // gray and gray+alpha read as gray; RGB and RGBA as RGB
        std::unique_ptr<unsigned char, StbFree> img(stbi_load(file.c_str(), &w, &h, &n, channels == 0 ? 3 : channels));
        if (!img) {
            const std::string why = stbi_failure_reason() ? stbi_failure_reason() : "unknown reason";
            if (options.strict)
                throw Error("cannot read the image " + shown + " (" + why + "): fix or remove it");
            skipped.push_back(shown + " (" + why + ")");
            continue;
        }
        if (channels == 0)
            channels = 3;
        if (height == 0 || width == 0) {
            height = height ? height : h;
            width = width ? width : w;
        }
        sampleBytes = std::size_t(channels) * std::size_t(height) * std::size_t(width);
        pixels.resize(pixels.size() + sampleBytes);
        resizeAndCrop(img.get(), w, h, channels, height, width, pixels.data() + pixels.size() - sampleBytes);
        labels.push_back(items[i].label);
    }
    if (labels.empty())
        throw Error("none of the " + std::to_string(items.size()) + " images in " + dirPath
                    + " could be read; the first: " + skipped.front());

    auto impl = std::make_unique<Dataset::Impl>();
    const auto count = std::int64_t(labels.size());
    impl->samples = torch::from_blob(pixels.data(), {count, channels, height, width}, torch::kByte).clone();
    impl->labels = torch::tensor(labels, torch::kLong);
    impl->sampleShape = {channels, height, width};
    impl->classNames = classNames;
    impl->provenance.source = DataProvenance::Source::ImageFolder;
    impl->provenance.name = fs::path(dirPath).filename().string();
    impl->provenance.count = std::size_t(count);
    impl->provenance.sampleShape = impl->sampleShape;
    impl->provenance.classes = classNames.size();
    if (!skipped.empty()) {
        DataNote note{DataNote::Kind::SkippedImages, skipped.size(), {}};
        note.files.assign(skipped.begin(), skipped.begin() + std::ptrdiff_t(std::min<std::size_t>(skipped.size(), 5)));
        impl->notes.push_back(note);
    }
    progress.report(1.0, "Images read");
    return Dataset::fromImpl(std::move(impl));
}

} // namespace qs
