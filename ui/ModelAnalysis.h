#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/Model.h"
#include "quantscope/Progress.h"
#include "quantscope/QParams.h"

#include <memory>
#include <string>
#include <vector>

namespace qs::ui {

// What the workbench shows about one layer's weights, all computed by core.
struct LayerAnalysis
{
    qs::QParams perTensorAffine; // quint8, affine: PyTorch's MinMaxObserver default
    qs::QParams perTensorSymmetric; // qint8, symmetric
    qs::PerChannelQParams perChannel; // qint8, symmetric, per output channel
    qs::ChannelRanges channelRanges; // min and max of each output channel's weights
    qs::Histogram histogram; // the finite weight values

    float minChannelScale() const;
    float maxChannelScale() const;
};

// A loaded model with its per-layer analysis. Everything that needs torch is computed here, once,
// inside the load job, so the UI thread never calls into torch when the user clicks around.
struct ModelAnalysis
{
    static constexpr int histogramBins = 256;

    std::shared_ptr<const qs::Model> model;
    std::vector<LayerAnalysis> layers; // one per model->layers()

    // Loads (progress 0 to 0.8) and analyses (0.8 to 1). Throws what qs::Model::load throws.
    static std::shared_ptr<const ModelAnalysis> load(const std::string &path, const qs::Progress &progress);
    static std::shared_ptr<const ModelAnalysis> analyse(
        std::shared_ptr<const qs::Model> model, const qs::Progress &progress = {});
};

} // namespace qs::ui
