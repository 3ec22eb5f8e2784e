#include "quantscope/QuantizedModel.h"

#include "quantscope/Calibration.h"
#include "quantscope/Model.h"

#include "quantize/GraphQuantizer.h"
#include "quantize/AtomicFile.h"
#include "quantize/LayerWeights.h"
#include "quantize/QuantizedModelImpl.h"
#include "quantize/TorchErrorText.h"

#include <algorithm>

namespace qs {

std::string toString(QuantizedForm form)
{
    return form == QuantizedForm::Real ? "real" : "simulated";
}

torch::Tensor QuantizedModel::Impl::forward(const torch::Tensor &inputs) const
{
    setQuantizedEngine(engine);
    torch::NoGradGuard noGrad;
    c10::IValue out;
    try {
        out = const_cast<torch::jit::Module &>(module).forward({inputs});
    } catch (const std::exception &e) {
        throw Error("the " + toString(form) + " quantized model could not run on input "
                    + shapeToString(inputs.sizes().vec()) + ": " + torchErrorText(e));
    }
    while (out.isTuple())
        out = out.toTupleRef().elements().at(0);
    if (out.isTensorList())
        out = out.toTensorList().get(0);
    if (!out.isTensor())
        throw Error("the model's forward() returns " + out.tagKind() + ", not a tensor");
    const torch::Tensor t = out.toTensor();
    return t.is_quantized() ? t.dequantize() : t;
}

QuantizedModel::QuantizedModel(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

QuantizedModel::~QuantizedModel() = default;

std::shared_ptr<const QuantizedModel> QuantizedModel::build(const Model &model, const QuantPlan &plan,
                                                            const CalibrationResult &calibration, QuantizedForm form,
                                                            const Progress &progress)
{
    GraphQuantizer quantizer(model, plan, calibration, form);
    QuantizerResult result;
    try {
        result = quantizer.run(progress);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &e) { // LibTorch's own, from graph surgery or module assembly
        throw Error("the " + toString(form) + " quantized model could not be built: " + torchErrorText(e));
    }
    auto impl = std::make_unique<Impl>();
    impl->module = std::move(result.module);
    impl->form = form;
    impl->engine = plan.engine();
    impl->layers = std::move(result.layers);
    impl->adds = std::move(result.adds);
    impl->notes = std::move(result.notes);
    const bool noneQuantized = std::all_of(impl->layers.begin(), impl->layers.end(),
                                           [](const LayerEncoding &l) { return l.mode == LayerMode::Float; });
    if (!impl->layers.empty() && noneQuantized && plan.defaults().mode != LayerMode::Float)
        impl->notes.push_back("no layer was quantized: " + toString(plan.defaults().mode)
                              + " applies to none of this model's layers (static_int8: Conv1d, Conv2d, Linear; "
                                "dynamic_int8: Linear, LSTM, GRU; fp16: all), so the result is the float model");
    if (!calibration.probe.empty()) {
        // On a copy (its own packed weights, its own executor): LibTorch's int8 kernels keep state
        // from their first call (onednn's cached primitives), and the model itself must give the
        // exported file's numbers from its first run on.
        Impl copy;
        copy.form = impl->form;
        copy.engine = impl->engine;
        const torch::Tensor probe = torch::from_blob(const_cast<float *>(calibration.probe.data()),
                                                     calibration.probeShape, torch::kFloat);
        try {
            try {
                copy.module = impl->module.clone();
            } catch (const std::exception &e) {
                throw Error("the quantized model could not be copied to check it: " + torchErrorText(e));
            }
            copy.forward(probe.clone());
        } catch (const Error &e) {
            throw Error(std::string(e.what())
                        + ". This is a gap in Quantscope's int8 rewrite of this model, not in the model or the data "
                          "(the float model runs on the same sample): keep the layers next to the failing op in "
                          "float (mode \"float\" in the plan), and please report the model");
        }
    }
    return std::shared_ptr<const QuantizedModel>(new QuantizedModel(std::move(impl)));
}

QuantizedForm QuantizedModel::form() const
{
    return m_impl->form;
}

QuantEngine QuantizedModel::engine() const
{
    return m_impl->engine;
}

const std::vector<LayerEncoding> &QuantizedModel::layers() const
{
    return m_impl->layers;
}

const std::vector<AddEncoding> &QuantizedModel::adds() const
{
    return m_impl->adds;
}

const std::vector<std::string> &QuantizedModel::notes() const
{
    return m_impl->notes;
}

ModelOutput QuantizedModel::run(const Batch &batch) const
{
    std::int64_t expected = 1;
    for (auto d : batch.shape)
        expected *= d;
    if (batch.shape.empty() || expected != std::int64_t(batch.inputs.size()))
        throw Error("the batch's shape " + shapeToString(batch.shape) + " does not match its "
                    + std::to_string(batch.inputs.size()) + " values");
    const torch::Tensor inputs
        = torch::from_blob(const_cast<float *>(batch.inputs.data()), batch.shape, torch::kFloat).clone();
    const torch::Tensor out = m_impl->forward(inputs).to(torch::kFloat).contiguous();
    ModelOutput result;
    result.shape = out.sizes().vec();
    result.values.assign(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
    return result;
}

void QuantizedModel::save(const std::string &path) const
{
    writeAtomically(path, [&](const std::string &temporary) { m_impl->module.save(temporary); });
}

} // namespace qs
