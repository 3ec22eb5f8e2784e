#include "quantscope/DemoCatalog.h"

#include "quantscope/Error.h"

#include "data/ResourceLocator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace qs {

namespace {

constexpr const char *DemoPrefix = "demo:";

template<typename T>
T valueOr(const nlohmann::json &j, const char *key, T fallback)
{
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? fallback : it->get<T>();
}

} // namespace

DemoInfo DemoCatalog::readMetadata(const std::string &jsonPath)
{
    namespace fs = std::filesystem;
    std::ifstream in(jsonPath);
    if (!in)
        throw Error("cannot read the demo metadata " + jsonPath);
    DemoInfo d;
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        d.name = j.at("name").get<std::string>();
        d.title = valueOr<std::string>(j, "title", d.name);
        d.description = valueOr<std::string>(j, "description", "");
        d.metadataPath = jsonPath;
        d.modelPath = (fs::path(jsonPath).parent_path() / valueOr<std::string>(j, "model_file", d.name + ".pt")).string();
        d.dataset = valueOr<std::string>(j, "dataset", "fashion-mnist");
        d.testAccuracy = j.at("test_accuracy").get<double>();
        d.testImages = valueOr<std::int64_t>(j, "test_images", 0);
        d.inputShape = j.at("input_shape").get<std::vector<std::int64_t>>();
        if (const auto n = j.find("normalization"); n != j.end() && n->is_object()) {
            d.normalization.mean = n->at("mean").get<std::vector<float>>();
            d.normalization.std = n->at("std").get<std::vector<float>>();
        }
        d.classNames = valueOr<std::vector<std::string>>(j, "class_names", {});
        d.parameters = valueOr<std::int64_t>(j, "parameters", 0);
        if (const auto t = j.find("training"); t != j.end() && t->is_object()) {
            d.recipe = valueOr<std::string>(*t, "recipe", "");
            d.trainingSeconds = valueOr<double>(*t, "seconds", 0.0);
            d.seed = valueOr<std::uint64_t>(*t, "seed", 0);
        }
    } catch (const nlohmann::json::exception &e) {
        throw Error("the demo metadata " + jsonPath + " is malformed (" + e.what()
                    + "); write it again with 'quantscope-cli train-demo'");
    }
    return d;
}

std::vector<DemoInfo> DemoCatalog::list(const std::string &dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (dir.empty() || !fs::is_directory(dir, ec))
        throw Error("the demo model folder " + (dir.empty() ? std::string("(not found)") : dir)
                    + " does not exist; reinstall Quantscope or train the demos with 'quantscope-cli train-demo'");
    std::vector<DemoInfo> demos;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".json")
            continue;
        DemoInfo d = readMetadata(entry.path().string());
        if (fs::is_regular_file(d.modelPath, ec))
            demos.push_back(std::move(d));
    }
    std::sort(demos.begin(), demos.end(), [](const DemoInfo &a, const DemoInfo &b) { return a.name < b.name; });
    return demos;
}

std::string DemoCatalog::defaultDirectory()
{
    return findResourceDir("models");
}

DemoInfo DemoCatalog::find(const std::string &name)
{
    const std::vector<DemoInfo> demos = list(defaultDirectory());
    std::string names;
    for (const auto &d : demos) {
        if (d.name == name)
            return d;
        names += (names.empty() ? "" : ", ") + d.name;
    }
    throw Error("there is no demo model called '" + name + "'; the demos are: " + (names.empty() ? "none" : names));
}

std::optional<DemoInfo> DemoCatalog::metadataFor(const std::string &modelPath)
{
    namespace fs = std::filesystem;
    const fs::path json = fs::path(resolveModelPath(modelPath)).replace_extension(".json");
    std::error_code ec;
    if (!fs::is_regular_file(json, ec))
        return std::nullopt;
    try {
        return readMetadata(json.string());
    } catch (const Error &) {
        return std::nullopt; // some other JSON that happens to sit next to the model
    }
}

bool DemoCatalog::isDemoReference(const std::string &modelArgument)
{
    return modelArgument.rfind(DemoPrefix, 0) == 0;
}

std::string DemoCatalog::resolveModelPath(const std::string &modelArgument)
{
    if (!isDemoReference(modelArgument))
        return modelArgument;
    return find(modelArgument.substr(std::string(DemoPrefix).size())).modelPath;
}

} // namespace qs
