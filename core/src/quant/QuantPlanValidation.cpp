#include "quantscope/QuantPlan.h"

#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <algorithm>

namespace qs {

namespace {

bool isKnownObserver(ObserverKind kind)
{
    const auto &kinds = allObserverKinds();
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool isInt8Mode(LayerMode mode)
{
    return mode == LayerMode::DynamicInt8 || mode == LayerMode::StaticInt8;
}

std::string unsupportedModeReason(LayerKind kind, LayerMode mode)
{
    const std::string kindName = toString(kind);
    if (kind == LayerKind::Embedding)
        return toString(mode) + " is not possible for an Embedding: PyTorch quantizes embeddings only weight-only "
                                "with float qparams, which Quantscope does not offer; use float or fp16";
    if (mode == LayerMode::StaticInt8)
        return "static_int8 is not possible for " + kindName + ": LibTorch has no static int8 kernel for it; "
               "use dynamic_int8, fp16 or float";
    return "dynamic_int8 is not possible for " + kindName + ": LibTorch has no dynamic int8 kernel for it; "
           "use static_int8, fp16 or float";
}

// What is wrong with one configuration, whatever layer it is for.
std::vector<std::string> configProblems(const LayerQuantConfig &config, QuantEngine engine)
{
    std::vector<std::string> problems;
    if (config.bits < 2 || config.bits > 8) {
        problems.push_back("bit width " + std::to_string(config.bits)
                           + " is not supported: choose 2 to 8 (8 runs on int8 kernels, 2 to 7 are simulated)");
        return problems; // every spec below would fail for the same reason
    }
    if (!isKnownObserver(config.activationObserver))
        problems.push_back("observer " + std::to_string(int(config.activationObserver)) + " does not exist");
    if (!isInt8Mode(config.mode))
        return problems;
    try {
        config.weightSpec().validate();
    } catch (const Error &e) {
        problems.push_back(std::string("weights: ") + e.what());
    }
    const QuantSpec activations = config.activationSpec(engine);
    if (config.mode == LayerMode::StaticInt8 && activations.scheme == QuantScheme::Symmetric && activations.reduceRange) {
        problems.push_back("activations: symmetric quint8 activations cannot use reduce_range (PyTorch refuses "
                           "the combination): set activation_reduce_range to false, or use the affine scheme");
    } else if (config.mode == LayerMode::StaticInt8) {
        try {
            activations.validate();
        } catch (const Error &e) {
            problems.push_back(std::string("activations: ") + e.what());
        }
    }
    // quantized::linear_prepack / conv_prepack on onednn: "ONEDNN only supports symmetric
    // quantization of weight, whose zero point must be 0" (seen with LibTorch 1.13).
    if (engine == QuantEngine::Onednn && config.bits == 8 && config.weightScheme == QuantScheme::Affine)
        problems.push_back("onednn's int8 kernels need symmetric weights (zero point 0): "
                           "use weight_scheme symmetric, or the qnnpack engine");
    return problems;
}

// What is wrong with a configuration for this particular layer.
std::vector<std::string> layerProblems(const LayerQuantConfig &config, const LayerInfo &layer)
{
    std::vector<std::string> problems;
    if (!layerSupportsMode(layer.kind, config.mode))
        problems.push_back(unsupportedModeReason(layer.kind, config.mode));
    else if (isInt8Mode(config.mode) && config.granularity == WeightGranularity::PerChannel
             && !(layer.weightShape.size() >= 2 && layer.outputChannels() > 0))
        problems.push_back("per_channel weights need a weight with an output-channel axis, and this one is "
                           + layer.shapeString() + ": use per_tensor");
    return problems;
}

std::string layerLabel(const LayerInfo &layer)
{
    return "layer '" + layer.name + "' (" + toString(layer.kind) + ")";
}

std::string someLayerNames(const Model &model)
{
    std::string names;
    const auto &layers = model.layers();
    const std::size_t shown = std::min<std::size_t>(layers.size(), 12);
    for (std::size_t i = 0; i < shown; ++i)
        names += (i ? ", " : "") + layers[i].name;
    if (layers.size() > shown)
        names += ", ... (" + std::to_string(layers.size()) + " in all)";
    return names.empty() ? "none" : names;
}

} // namespace

void QuantPlan::validate(const Model &model) const
{
    std::vector<std::string> problems;
    try {
        m_observerSettings.validate();
    } catch (const Error &e) {
        problems.push_back(std::string("observer settings: ") + e.what());
    }
    for (const std::string &p : configProblems(m_defaults, m_engine))
        problems.push_back("defaults: " + p);

    for (const auto &[name, config] : m_overrides) {
        const int index = model.layerIndex(name);
        if (index < 0) {
            problems.push_back("layer '" + name + "' is not in the model, so it cannot be overridden (its layers: "
                               + someLayerNames(model) + ")");
            continue;
        }
        const LayerInfo &layer = model.layers()[std::size_t(index)];
        std::vector<std::string> found = layerProblems(config, layer);
        for (const std::string &p : configProblems(config, m_engine))
            found.push_back(p);
        for (const std::string &p : found)
            problems.push_back(layerLabel(layer) + ": " + p);
    }
    if (problems.empty())
        return;
    std::string message = problems.size() == 1 ? "the quantization plan cannot be used: " + problems.front()
                                                : "the quantization plan cannot be used:";
    if (problems.size() > 1)
        for (const std::string &p : problems)
            message += "\n  - " + p;
    throw Error(message);
}

} // namespace qs
