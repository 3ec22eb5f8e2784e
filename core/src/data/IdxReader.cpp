// readIdx(): an IDX image file and its optional IDX label file as one Dataset.

#include "quantscope/Dataset.h"
#include "quantscope/Error.h"

#include "data/DatasetImpl.h"
#include "data/IdxFile.h"

#include <filesystem>

namespace qs {

namespace {

std::string fileName(const std::string &path)
{
    return std::filesystem::path(path).filename().string();
}

} // namespace

std::shared_ptr<const Dataset> readIdx(const std::string &imagesPath, const std::string &labelsPath,
                                       const std::vector<std::string> &classNames, const Progress &progress)
{
    IdxFile images = readIdxFile(imagesPath, progress, 0.0, labelsPath.empty() ? 1.0 : 0.9);
    if (images.dims.size() == 1)
        throw Error(fileName(imagesPath) + " has one dimension, so it looks like a labels file: give the images first, "
                    "as idx:IMAGES,LABELS");
    if (images.dims.size() != 3)
        throw Error(fileName(imagesPath) + " has " + std::to_string(images.dims.size())
                    + " dimensions; an IDX image file has 3 (count, rows, columns)");

    auto impl = std::make_unique<Dataset::Impl>();
    const std::int64_t count = images.dims[0];
    impl->samples = images.data.reshape({count, 1, images.dims[1], images.dims[2]});
    impl->sampleShape = {1, images.dims[1], images.dims[2]};
    impl->provenance.source = DataProvenance::Source::IdxFile;
    impl->provenance.name = fileName(imagesPath);
    impl->provenance.count = std::size_t(count);
    impl->provenance.sampleShape = impl->sampleShape;

    if (!labelsPath.empty()) {
        IdxFile labels = readIdxFile(labelsPath, progress, 0.9, 1.0);
        if (labels.dims.size() != 1)
            throw Error(fileName(labelsPath) + " has " + std::to_string(labels.dims.size())
                        + " dimensions; an IDX label file has 1 (give the images first, as idx:IMAGES,LABELS)");
        if (labels.dims[0] != count)
            throw Error(fileName(labelsPath) + " holds " + std::to_string(labels.dims[0]) + " labels but "
                        + fileName(imagesPath) + " holds " + std::to_string(count)
                        + " images: the two files do not belong together");
        impl->labels = labels.data.to(torch::kLong);
        const std::int64_t maxLabel = impl->labels.max().item<std::int64_t>();
        if (!classNames.empty() && maxLabel >= std::int64_t(classNames.size()))
            throw Error(fileName(labelsPath) + " holds label " + std::to_string(maxLabel) + " but the data set has only "
                        + std::to_string(classNames.size()) + " classes");
        impl->classNames = classNames;
        // IDX files name no classes: the labels themselves are the names.
        for (std::int64_t c = std::int64_t(impl->classNames.size()); c <= maxLabel; ++c)
            impl->classNames.push_back(std::to_string(c));
    }
    return Dataset::fromImpl(std::move(impl));
}

} // namespace qs
