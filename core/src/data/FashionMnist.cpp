// Fashion-MNIST: Debian's dataset-fashion-mnist, or the sample embedded in resources/data.

#include "quantscope/DataSpec.h"
#include "quantscope/Error.h"

#include "data/DatasetImpl.h"
#include "data/ResourceLocator.h"

#include <filesystem>

namespace qs {

namespace {

constexpr const char *DebianDir = "/usr/share/datasets/fashion-mnist";

bool allExist(std::initializer_list<std::string> paths)
{
    std::error_code ec;
    for (const auto &p : paths)
        if (!std::filesystem::is_regular_file(p, ec))
            return false;
    return true;
}

} // namespace

const std::vector<std::string> &fashionMnistClassNames()
{
    static const std::vector<std::string> names{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    return names;
}

FashionMnistLocation locateFashionMnist()
{
    // QS_FASHION_MNIST_DIR lets tests (and users with a copy elsewhere) point at another directory.
    const char *env = std::getenv("QS_FASHION_MNIST_DIR");
    const std::string dir = env && *env ? env : DebianDir;
    FashionMnistLocation loc;
    loc.trainImages = dir + "/train-images-idx3-ubyte.gz";
    loc.trainLabels = dir + "/train-labels-idx1-ubyte.gz";
    loc.testImages = dir + "/t10k-images-idx3-ubyte.gz";
    loc.testLabels = dir + "/t10k-labels-idx1-ubyte.gz";
    if (allExist({loc.trainImages, loc.trainLabels, loc.testImages, loc.testLabels}))
        return loc;

    const std::string sampleDir = findResourceDir("data");
    FashionMnistLocation sample;
    sample.usingSample = true;
    sample.testImages = sampleDir + "/fashion-mnist-sample-images-idx3-ubyte.gz";
    sample.testLabels = sampleDir + "/fashion-mnist-sample-labels-idx1-ubyte.gz";
    if (!sampleDir.empty() && allExist({sample.testImages, sample.testLabels}))
        return sample;
    throw Error("Fashion-MNIST is not installed (" + dir
                + " is missing) and the embedded sample was not found either: install it with "
                  "'sudo apt-get install dataset-fashion-mnist'");
}

std::shared_ptr<const Dataset> loadFashionMnist(bool train, const Progress &progress)
{
    const FashionMnistLocation loc = locateFashionMnist();
    if (loc.usingSample) {
        auto data = readIdx(loc.testImages, loc.testLabels, fashionMnistClassNames(), progress);
        auto impl = std::make_unique<Dataset::Impl>(data->impl());
        impl->provenance.source = DataProvenance::Source::FashionMnistSample;
        impl->provenance.count = data->size();
        impl->notes.push_back({DataNote::Kind::EmbeddedSample, data->size(), {}});
        return Dataset::fromImpl(std::move(impl));
    }
    auto data = train ? readIdx(loc.trainImages, loc.trainLabels, fashionMnistClassNames(), progress)
                      : readIdx(loc.testImages, loc.testLabels, fashionMnistClassNames(), progress);
    auto impl = std::make_unique<Dataset::Impl>(data->impl());
    impl->provenance.source = DataProvenance::Source::FashionMnistSplit;
    impl->provenance.trainSplit = train;
    impl->provenance.count = data->size();
    return Dataset::fromImpl(std::move(impl));
}

} // namespace qs
