#pragma once

#include "quantscope/Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace qs {

// One built-in demo model, as its metadata JSON (resources/models/NAME.json) describes it.
struct DemoInfo
{
    std::string name;          // "cnn"
    std::string title;         // "Small CNN"
    std::string description;   // one or two sentences for the Open Demo dialog
    std::string modelPath;     // .../models/cnn.pt
    std::string metadataPath;  // .../models/cnn.json
    std::string dataset;       // "fashion-mnist": the data spec the demo was trained and measured on
    double testAccuracy = 0.0; // float top-1 on the dataset's test split, as a fraction (0.91 = 91 %)
    std::int64_t testImages = 0;
    std::vector<std::int64_t> inputShape; // including a batch of 1, e.g. {1, 1, 28, 28}
    Normalization normalization;
    std::vector<std::string> classNames;
    std::string recipe;         // training recipe, for people ("Adam lr 1e-3, 4 epochs, batch 64")
    double trainingSeconds = 0.0;
    std::uint64_t seed = 0;
    std::int64_t parameters = 0;
};

// The demo models that ship with Quantscope (or any directory of NAME.pt + NAME.json pairs).
class DemoCatalog final
{
public:
    // Every demo in dir whose metadata parses, sorted by name. Throws qs::Error if dir is missing.
    static std::vector<DemoInfo> list(const std::string &dir);
    // Reads one metadata JSON. Throws qs::Error for a missing or malformed file.
    static DemoInfo readMetadata(const std::string &jsonPath);
    // The shipped demos' directory: <exe dir>/../share/quantscope/models, else the source tree's
    // resources/models. Empty when neither exists.
    static std::string defaultDirectory();
    // The shipped demo with this name ("cnn", "mlp", "resnet", "lstm"). Throws qs::Error naming the demos there are.
    static DemoInfo find(const std::string &name);

    // The metadata next to a model file (cnn.pt -> cnn.json) when it is a demo's; nullopt otherwise.
    static std::optional<DemoInfo> metadataFor(const std::string &modelPath);

    // "demo:cnn" -> true.
    static bool isDemoReference(const std::string &modelArgument);
    // "demo:cnn" -> the path of cnn.pt; anything else is returned unchanged.
    static std::string resolveModelPath(const std::string &modelArgument);
};

} // namespace qs
