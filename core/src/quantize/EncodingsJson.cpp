#include "quantscope/QuantizedExport.h"

#include "quantscope/Calibration.h"
#include "quantscope/QuantizedModel.h"

#include <nlohmann/json.hpp>

namespace qs {

namespace {

using nlohmann::json;

json specJson(const QuantSpec &spec)
{
    return {{"dtype", toString(spec.dtype)}, {"scheme", toString(spec.scheme)}, {"bits", spec.bits},
            {"reduce_range", spec.reduceRange}, {"qmin", spec.range().qmin}, {"qmax", spec.range().qmax}};
}

json activationJson(const ActivationEncoding &a)
{
    if (a.dynamic)
        return {{"dynamic", true}, {"note", "scale and zero point chosen per batch at run time"},
                {"dtype", toString(a.spec.dtype)}, {"reduce_range", a.spec.reduceRange}};
    json j = specJson(a.spec);
    j["dynamic"] = false;
    j["observer"] = toString(a.observer);
    if (a.sharedWith.empty()) {
        j["min"] = a.range.min;
        j["max"] = a.range.max;
    } else {
        j["shared_with"] = a.sharedWith; // stays quantized from that producer: its output qparams
    }
    j["scale"] = a.qparams.scale;
    j["zero_point"] = a.qparams.zeroPoint;
    return j;
}

json weightJson(const WeightEncoding &w)
{
    json j{{"storage", w.storage}};
    if (w.storage != "qint8")
        return j;
    j.update(specJson(w.spec));
    j["granularity"] = toString(w.granularity);
    j["min"] = w.min;
    j["max"] = w.max;
    if (w.granularity == WeightGranularity::PerChannel) {
        j["axis"] = w.perChannel.axis;
        j["scales"] = w.perChannel.scales;
        j["zero_points"] = w.perChannel.zeroPoints;
    } else {
        j["scale"] = w.perTensor.scale;
        j["zero_point"] = w.perTensor.zeroPoint;
    }
    return j;
}

} // namespace

std::string encodingsJson(const QuantizedModel &model, const QuantPlan &plan, const CalibrationResult &calibration)
{
    json layers = json::array();
    for (const LayerEncoding &l : model.layers()) {
        json j{{"name", l.name}, {"kind", toString(l.kind)}, {"mode", toString(l.mode)}};
        if (l.mode != LayerMode::Float) {
            j["bits"] = l.bits;
            j["weight"] = weightJson(l.weight);
        }
        if (l.mode == LayerMode::StaticInt8 || l.mode == LayerMode::DynamicInt8) {
            j["batch_norm_folded"] = !l.foldedBatchNorm.empty();
            j["fused_relu"] = l.fusedRelu;
            if (l.input)
                j["input"] = activationJson(*l.input);
            if (l.output)
                j["output"] = activationJson(*l.output);
            if (!l.packedAttribute.empty())
                j["packed_attribute"] = l.packedAttribute;
        }
        if (!l.notes.empty())
            j["notes"] = l.notes;
        layers.push_back(j);
    }
    json adds = json::array();
    for (const AddEncoding &a : model.adds())
        adds.push_back({{"name", a.name}, {"fused_relu", a.fusedRelu}, {"output", activationJson(a.output)}});
    const json doc{{"format", "quantscope-encodings"},
                   {"version", 1},
                   {"form", toString(model.form())},
                   {"engine", toString(model.engine())},
                   {"calibration_samples", calibration.samples},
                   {"layers", layers},
                   {"adds", adds},
                   {"notes", model.notes()}};
    return doc.dump(2) + "\n";
}

} // namespace qs
