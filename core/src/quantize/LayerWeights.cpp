#include "quantize/LayerWeights.h"

#include "quantscope/Error.h"

#include <ATen/Context.h>

namespace qs {

FoldedConv foldBatchNorm(const torch::Tensor &weight, const torch::Tensor &bias, const torch::Tensor &gamma,
                         const torch::Tensor &beta, const torch::Tensor &mean, const torch::Tensor &var, double eps)
{
    const auto channels = weight.size(0);
    const torch::Tensor g = gamma.defined() ? gamma : torch::ones({channels});
    const torch::Tensor b = beta.defined() ? beta : torch::zeros({channels});
    const torch::Tensor factor = g / torch::sqrt(var + eps);
    std::vector<std::int64_t> shape(std::size_t(weight.dim()), 1);
    shape[0] = channels;
    FoldedConv folded;
    folded.weight = (weight * factor.reshape(shape)).contiguous();
    const torch::Tensor b0 = bias.defined() ? bias : torch::zeros({channels});
    folded.bias = ((b0 - mean) * factor + b).contiguous();
    return folded;
}

QuantRange storageRange(const QuantSpec &spec)
{
    QuantSpec storage = spec;
    storage.reduceRange = false;
    return storage.range();
}

QuantizedWeight quantizeWeight(const torch::Tensor &weight, const LayerQuantConfig &config)
{
    const QuantSpec spec = config.weightSpec();
    const QuantRange clamp = storageRange(spec);
    const torch::Tensor w = weight.detach().to(torch::kFloat).contiguous();
    QuantizedWeight q;
    q.encoding.storage = "qint8";
    q.encoding.spec = spec;
    q.encoding.granularity = config.granularity;
    const auto [mn, mx] = torch::aminmax(w);
    q.encoding.min = mn.item<float>();
    q.encoding.max = mx.item<float>();
    if (config.granularity == WeightGranularity::PerChannel) {
        const torch::Tensor rows = w.reshape({w.size(0), -1});
        const auto [mins, maxs] = torch::aminmax(rows, 1);
        const torch::Tensor minsC = mins.contiguous(), maxsC = maxs.contiguous();
        const std::vector<float> vmin(minsC.data_ptr<float>(), minsC.data_ptr<float>() + minsC.numel());
        const std::vector<float> vmax(maxsC.data_ptr<float>(), maxsC.data_ptr<float>() + maxsC.numel());
        q.encoding.perChannel = calculatePerChannelQParams(vmin, vmax, spec, 0);
        const auto &pc = q.encoding.perChannel;
        const torch::Tensor scales = torch::tensor(pc.scales, torch::kFloat);
        const torch::Tensor zeroPoints = torch::tensor(std::vector<std::int32_t>(pc.zeroPoints.begin(), pc.zeroPoints.end()), torch::kInt);
        q.fake = torch::fake_quantize_per_channel_affine(w, scales, zeroPoints, 0, clamp.qmin, clamp.qmax);
        if (spec.bits == 8)
            q.quantized = torch::quantize_per_channel(w, scales.to(torch::kDouble), zeroPoints.to(torch::kLong), 0,
                                                      torch::kQInt8);
    } else {
        q.encoding.perTensor = calculateQParams(q.encoding.min, q.encoding.max, spec);
        const QParams &pt = q.encoding.perTensor;
        q.fake = torch::fake_quantize_per_tensor_affine(w, pt.scale, pt.zeroPoint, clamp.qmin, clamp.qmax);
        if (spec.bits == 8)
            q.quantized = torch::quantize_per_tensor(w, pt.scale, pt.zeroPoint, torch::kQInt8);
    }
    return q;
}

c10::IValue callOperator(const char *name, const char *overload, std::vector<c10::IValue> args)
{
    const auto op = c10::Dispatcher::singleton().findSchemaOrThrow(name, overload);
    torch::jit::Stack stack(std::move(args));
    op.callBoxed(&stack);
    return stack.at(0);
}

bool cpuHasVnni()
{
#if defined(__x86_64__) && defined(__GNUC__)
    return __builtin_cpu_supports("avx512vnni") || __builtin_cpu_supports("avxvnni");
#else
    return true; // the 16-bit saturation is an x86 matter
#endif
}

void setQuantizedEngine(QuantEngine engine)
{
    at::globalContext().setQEngine(engine == QuantEngine::Qnnpack ? at::QEngine::QNNPACK : at::QEngine::ONEDNN);
}

} // namespace qs
