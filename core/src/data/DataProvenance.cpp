#include "quantscope/DataProvenance.h"

#include "quantscope/LayerInfo.h"

namespace qs {

DataProvenance DataProvenance::selected(Pick pick, std::size_t selectedCount, std::uint64_t seed) const
{
    DataProvenance copy = *this;
    copy.selections.push_back({pick, selectedCount, seed});
    return copy;
}

namespace {

std::string describeSource(const DataProvenance &p)
{
    const std::string n = std::to_string(p.count);
    const auto height = [&] { return p.sampleShape.size() >= 3 ? std::to_string(p.sampleShape[1]) : std::string("?"); };
    const auto width = [&] { return p.sampleShape.size() >= 3 ? std::to_string(p.sampleShape[2]) : std::string("?"); };
    switch (p.source) {
    case DataProvenance::Source::FashionMnistSplit:
        return std::string("Fashion-MNIST ") + (p.trainSplit ? "train" : "test") + " split (" + n + " images)";
    case DataProvenance::Source::FashionMnistSample: return "Fashion-MNIST embedded sample (first " + n + " test images)";
    case DataProvenance::Source::IdxFile: return p.name + " (" + n + " images of " + height() + "x" + width() + ")";
    case DataProvenance::Source::ImageFolder:
        return p.name + " (" + n + " images in " + std::to_string(p.classes) + " classes, " + height() + "x" + width()
            + (!p.sampleShape.empty() && p.sampleShape[0] == 1 ? " grayscale)" : " RGB)");
    case DataProvenance::Source::TensorFile:
        return p.name + " (" + n + " samples of " + shapeToString(p.sampleShape) + (p.labelled ? ", labelled)" : ", unlabelled)");
    case DataProvenance::Source::Other: break;
    }
    return p.name;
}

} // namespace

std::string describe(const DataProvenance &provenance)
{
    std::string text = describeSource(provenance);
    for (const auto &s : provenance.selections) {
        const std::string n = std::to_string(s.count);
        switch (s.pick) {
        case DataProvenance::Pick::First: text = "first " + n + " of " + text; break;
        case DataProvenance::Pick::Random:
            text = n + " random samples (seed " + std::to_string(s.seed) + ") of " + text;
            break;
        case DataProvenance::Pick::Calibration: text = n + " calibration samples of " + text; break;
        case DataProvenance::Pick::Evaluation: text = n + " evaluation samples of " + text; break;
        }
    }
    return text;
}

} // namespace qs
