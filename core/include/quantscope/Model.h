#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/LayerInfo.h"
#include "quantscope/Progress.h"

#include <memory>
#include <string>
#include <vector>

namespace qs {

// Per-output-channel range of a layer's weight (finite values only).
struct ChannelRanges
{
    std::vector<float> mins;
    std::vector<float> maxs;
};

// A TorchScript model, loaded and analysed: its quantizable layers and their weights.
// Immutable once loaded, so it can be shared between the UI thread and jobs.
class Model final
{
public:
    // Loads a TorchScript file (scripted or traced). Throws qs::Error with an actionable message
    // for anything that is not a loadable TorchScript model (missing, empty, corrupt, truncated,
    // a torch.save state_dict or pickled module, ...).
    static std::shared_ptr<const Model> load(const std::string &path, const Progress &progress = {});

    ~Model();
    Model(const Model &) = delete;
    Model &operator=(const Model &) = delete;

    const ModelSummary &summary() const;
    // Throws qs::Error saying why when summary().cannotRun is set (calibration, evaluation).
    void requireRunnable() const;
    const std::vector<LayerInfo> &layers() const;
    // Index of the layer with this module path, or -1.
    int layerIndex(const std::string &name) const;

    // The layer's weight values, flattened (all weight tensors of a recurrent layer, one after another).
    std::vector<float> weightValues(std::size_t layer) const;
    // Histogram of the layer's finite weight values.
    Histogram weightHistogram(std::size_t layer, int bins = 256) const;
    // Min and max of each output channel (the weight's channelAxis).
    ChannelRanges channelRanges(std::size_t layer) const;

    // Opaque handle to the torch side, for core's own source files (see model/ModelImpl.h).
    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace qs
