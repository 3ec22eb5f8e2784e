#include "ModelAnalysis.h"

#include "quantscope/SubProgress.h"
#include "quantscope/WeightQParams.h"

#include <algorithm>

namespace qs::ui {

namespace {

constexpr double loadShare = 0.8;

} // namespace

float LayerAnalysis::minChannelScale() const
{
    const auto &s = perChannel.scales;
    return s.empty() ? 0.0f : *std::min_element(s.begin(), s.end());
}

float LayerAnalysis::maxChannelScale() const
{
    const auto &s = perChannel.scales;
    return s.empty() ? 0.0f : *std::max_element(s.begin(), s.end());
}

std::shared_ptr<const ModelAnalysis> ModelAnalysis::load(const std::string &path, const qs::Progress &progress)
{
    auto model = qs::Model::load(path, qs::subProgress(progress, 0.0, loadShare));
    return analyse(std::move(model), qs::subProgress(progress, loadShare, 1.0));
}

std::shared_ptr<const ModelAnalysis> ModelAnalysis::analyse(
    std::shared_ptr<const qs::Model> model, const qs::Progress &progress)
{
    auto analysis = std::make_shared<ModelAnalysis>();
    const auto &layers = model->layers();
    analysis->layers.reserve(layers.size());
    for (std::size_t i = 0; i < layers.size(); ++i) {
        progress.throwIfCancelled();
        progress.report(double(i) / double(layers.size()), "Quantization parameters of " + layers[i].name);
        LayerAnalysis layer;
        layer.perTensorAffine = qs::weightQParams(layers[i], qs::perTensorAffineQUInt8());
        layer.perTensorSymmetric = qs::weightQParams(layers[i], qs::perTensorSymmetricQInt8());
        layer.channelRanges = model->channelRanges(i);
        layer.perChannel = qs::calculatePerChannelQParams(layer.channelRanges.mins, layer.channelRanges.maxs,
            qs::perChannelSymmetricQInt8(), layers[i].channelAxis); // as qs::weightQParamsPerChannel
        layer.histogram = model->weightHistogram(i, histogramBins);
        analysis->layers.push_back(std::move(layer));
    }
    progress.report(1.0, "Model analysed");
    analysis->model = std::move(model);
    return analysis;
}

} // namespace qs::ui
