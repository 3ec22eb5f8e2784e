#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

// Where a data set's samples come from, in parts: the source and the selections made from it.
// Core words it in English (describe(), Dataset::description()); a UI words the same parts in
// the user's language.
struct DataProvenance
{
    enum class Source {
        FashionMnistSplit,  // the Debian package's train or test split
        FashionMnistSample, // the embedded sample of test images (no package installed)
        IdxFile,
        ImageFolder,
        TensorFile,
        Other,              // `name` is the whole description
    };
    enum class Pick {
        First,       // the first `count` samples
        Random,      // `count` samples drawn with `seed`
        Calibration, // the `count` calibration samples of a source cut in two
        Evaluation,  // the `count` evaluation samples of a source cut in two
    };
    struct Selection
    {
        Pick pick = Pick::First;
        std::size_t count = 0;
        std::uint64_t seed = 0;
    };

    Source source = Source::Other;
    std::string name;                      // file or folder name; the description for Other
    bool trainSplit = false;               // FashionMnistSplit
    std::size_t count = 0;                 // samples in the source
    std::vector<std::int64_t> sampleShape; // [channels, height, width] for images
    std::size_t classes = 0;               // ImageFolder
    bool labelled = false;                 // TensorFile
    std::vector<Selection> selections;     // applied one after another, from the source outwards

    DataProvenance selected(Pick pick, std::size_t count, std::uint64_t seed = 0) const;
};

// "Fashion-MNIST test split (10000 images)", "512 random samples (seed 0) of Fashion-MNIST train split (60000 images)".
std::string describe(const DataProvenance &provenance);

} // namespace qs
