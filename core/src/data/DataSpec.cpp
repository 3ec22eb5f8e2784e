#include "quantscope/DataSpec.h"

#include "quantscope/Error.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace qs {

namespace {

constexpr std::size_t DefaultCalibration = 1000;

const char *const SpecHelp = "use fashion-mnist, idx:IMAGES,LABELS, folder:DIR or tensors:FILE";

std::string afterPrefix(const std::string &spec, const std::string &prefix)
{
    std::string rest = spec.substr(prefix.size());
    if (rest.empty())
        throw Error("the data spec '" + spec + "' names no file or folder after '" + prefix + "'; " + SpecHelp);
    return rest;
}

} // namespace

DataSpec DataSpec::parse(const std::string &spec)
{
    DataSpec d;
    if (spec == "fashion-mnist" || spec == "fashion_mnist" || spec == "fashionmnist") {
        d.source = Source::FashionMnist;
    } else if (spec.rfind("idx:", 0) == 0) {
        d.source = Source::Idx;
        const std::string rest = afterPrefix(spec, "idx:");
        const auto comma = rest.find(',');
        d.path = rest.substr(0, comma);
        if (comma != std::string::npos)
            d.labelsPath = rest.substr(comma + 1);
        if (d.path.empty())
            throw Error("the data spec '" + spec + "' names no image file; write idx:IMAGES,LABELS");
    } else if (spec.rfind("folder:", 0) == 0) {
        d.source = Source::Folder;
        d.path = afterPrefix(spec, "folder:");
    } else if (spec.rfind("tensors:", 0) == 0) {
        d.source = Source::Tensors;
        d.path = afterPrefix(spec, "tensors:");
    } else {
        throw Error("unknown data spec '" + spec + "': " + SpecHelp);
    }
    return d;
}

std::string DataSpec::toString() const
{
    switch (source) {
    case Source::FashionMnist: return "fashion-mnist";
    case Source::Idx: return "idx:" + path + (labelsPath.empty() ? "" : "," + labelsPath);
    case Source::Folder: return "folder:" + path;
    case Source::Tensors: return "tensors:" + path;
    }
    return {};
}

std::vector<float> parseFloatList(const std::string &text, const std::string &what)
{
    std::vector<float> values;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        std::size_t used = 0;
        float v = 0.0f;
        try {
            v = std::stof(item, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || used != item.size() || !std::isfinite(v))
            throw Error(what + " '" + text + "' is not a number or a comma-separated list of numbers (e.g. 0.5 or 0.485,0.456,0.406)");
        values.push_back(v);
    }
    if (values.empty())
        throw Error(what + " is empty; give a number or a comma-separated list");
    return values;
}

DataSplit loadData(const DataSpec &spec, const Progress &progress)
{
    DataSplit split;
    auto pick = [&spec](const std::shared_ptr<const Dataset> &data, std::size_t count) {
        return spec.sampling == DataSpec::Sampling::First ? data->first(count) : data->randomSubset(count, spec.seed);
    };

    std::shared_ptr<const Dataset> whole;
    switch (spec.source) {
    case DataSpec::Source::FashionMnist: {
        const FashionMnistLocation loc = locateFashionMnist();
        if (!loc.usingSample) {
            // Calibrate on train images, evaluate on test images: the two never overlap.
            const std::size_t calib = spec.calibCount.value_or(DefaultCalibration);
            auto test = loadFashionMnist(false, progress);
            split.calibration = calib == 0 ? test->first(0) : pick(loadFashionMnist(true, {}), calib);
            split.evaluation = spec.evalCount ? pick(test, *spec.evalCount) : test;
            break;
        }
        whole = loadFashionMnist(false, progress);
        split.notes = whole->notes();
        break;
    }
    case DataSpec::Source::Idx: whole = readIdx(spec.path, spec.labelsPath, {}, progress); break;
    case DataSpec::Source::Folder: whole = readImageFolder(spec.path, spec.image, progress); break;
    case DataSpec::Source::Tensors: whole = readTensorFile(spec.path, progress); break;
    }

    if (whole) {
        // One source: shuffle once (folders are sorted by class) and cut it in two disjoint parts.
        for (const auto &note : whole->notes())
            if (std::find(split.notes.begin(), split.notes.end(), note) == split.notes.end())
                split.notes.push_back(note);
        const std::size_t n = whole->size();
        const std::size_t calib = std::min(n, spec.calibCount.value_or(std::min(DefaultCalibration, n / 2)));
        std::vector<std::size_t> order(n);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = i;
        std::shared_ptr<const Dataset> ordered
            = spec.sampling == DataSpec::Sampling::Random ? whole->randomSubset(n, spec.seed) : whole;
        std::vector<std::size_t> calibRows(order.begin(), order.begin() + std::ptrdiff_t(calib));
        const std::size_t rest = n - calib;
        const std::size_t eval = std::min(rest, spec.evalCount.value_or(rest));
        std::vector<std::size_t> evalRows(order.begin() + std::ptrdiff_t(calib), order.begin() + std::ptrdiff_t(calib + eval));
        split.calibration = ordered->subset(calibRows, whole->provenance().selected(DataProvenance::Pick::Calibration, calib));
        split.evaluation = ordered->subset(evalRows, whole->provenance().selected(DataProvenance::Pick::Evaluation, eval));
        if (eval == 0)
            split.notes.push_back({DataNote::Kind::NoEvaluationLeft, calib, {}});
    }
    if (!spec.normalization.isIdentity()) {
        split.calibration = split.calibration->withNormalization(spec.normalization);
        split.evaluation = split.evaluation->withNormalization(spec.normalization);
    }
    return split;
}

} // namespace qs
