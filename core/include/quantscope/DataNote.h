#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace qs {

// Something the user should know about the data loaded, in parts: core words it in English
// (describe()), a UI in the user's language.
struct DataNote
{
    enum class Kind {
        EmbeddedSample,   // count: images of the embedded Fashion-MNIST sample used (no package installed)
        SkippedImages,    // count: unreadable images skipped in a folder; files: the first of them
        NoEvaluationLeft, // count: the calibration samples, which took every sample of the source
    };
    Kind kind = Kind::EmbeddedSample;
    std::size_t count = 0;
    std::vector<std::string> files;

    bool operator==(const DataNote &other) const
    {
        return kind == other.kind && count == other.count && files == other.files;
    }
};

// "skipped 2 unreadable image(s): a/x.png, b/y.jpg", "using the embedded sample of 1000 ...".
std::string describe(const DataNote &note);

} // namespace qs
