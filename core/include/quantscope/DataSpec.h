#pragma once

#include "quantscope/Dataset.h"
#include "quantscope/Progress.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qs {

// Where data comes from, as the user names it: "fashion-mnist", "idx:IMAGES,LABELS", "folder:DIR",
// "tensors:FILE"; plus how many samples calibrate and evaluate and how inputs are normalised.
struct DataSpec
{
    enum class Source { FashionMnist, Idx, Folder, Tensors };
    enum class Sampling { Random, First };

    Source source = Source::FashionMnist;
    std::string path;       // IDX images, folder, or tensor file
    std::string labelsPath; // IDX labels (may be empty)

    std::optional<std::size_t> calibCount; // unset: 1000 (fashion-mnist), else min(1000, size / 2)
    std::optional<std::size_t> evalCount;  // unset: every sample not used for calibration (all test images)
    Sampling sampling = Sampling::Random;
    std::uint64_t seed = 0;
    Normalization normalization;           // empty: none (a demo model supplies its own)
    ImageOptions image;                    // image folders only

    // Parses the source part ("fashion-mnist", "idx:a,b", "folder:d", "tensors:f"). Throws qs::Error.
    static DataSpec parse(const std::string &spec);
    std::string toString() const; // back to the spec form
};

// Parses "0.5" or "0.5,0.4,0.3" (what --mean and --std take). Throws qs::Error.
std::vector<float> parseFloatList(const std::string &text, const std::string &what);

// Calibration and evaluation subsets that never share a sample: for fashion-mnist calibration comes
// from the train split and evaluation from the test split; any other source is split in two.
struct DataSplit
{
    std::shared_ptr<const Dataset> calibration;
    std::shared_ptr<const Dataset> evaluation;
    std::vector<DataNote> notes; // e.g. the embedded 1000-image sample of Fashion-MNIST is used
};

DataSplit loadData(const DataSpec &spec, const Progress &progress = {});

// Fashion-MNIST from Debian's dataset-fashion-mnist (/usr/share/datasets/fashion-mnist), or the
// embedded sample of the first 1000 test images when the package is missing (then usingSample is set).
struct FashionMnistLocation
{
    std::string trainImages, trainLabels, testImages, testLabels; // train paths empty for the sample
    bool usingSample = false;
};
FashionMnistLocation locateFashionMnist(); // throws qs::Error if neither exists
// "test" or "train" split, whole.
std::shared_ptr<const Dataset> loadFashionMnist(bool train, const Progress &progress = {});

} // namespace qs
