#include "quantize/Uint8Lowering.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/constants.h>
#include <torch/jit.h>

#include <optional>

namespace qs {

namespace {

using torch::jit::Graph;
using torch::jit::Node;
using torch::jit::Value;

// Channels the quantized channels-last max pool handles per vector (Vectorized<quint8> on AVX2).
constexpr std::int64_t kVectorChannels = 32;

std::optional<std::vector<std::int64_t>> constantInts(const Value *v)
{
    const auto iv = torch::jit::toIValue(v);
    if (!iv || !iv->isIntList())
        return std::nullopt;
    return iv->toIntVector();
}

// A list argument of max_pool2d as two numbers (a one-element list means both).
std::optional<std::pair<std::int64_t, std::int64_t>> pair(const std::vector<std::int64_t> &v)
{
    if (v.size() == 1)
        return std::make_pair(v[0], v[0]);
    if (v.size() == 2)
        return std::make_pair(v[0], v[1]);
    return std::nullopt;
}

Value *intList(Graph &graph, const std::vector<Value *> &items)
{
    return graph.insertNode(graph.createList(c10::IntType::get(), items))->output();
}

// The elementwise maximum of the `window` slices [i :: window] (i < window) of x along dim, each
// cut to the same (floor) length.
Value *maxOfStridedSlices(Graph &graph, Value *x, std::int64_t dim, std::int64_t window)
{
    if (window == 1)
        return x;
    Value *length = graph.insert(c10::aten::size, {x, dim});
    Value *end = graph.insert(c10::aten::mul, {graph.insert(c10::aten::floordiv, {length, window}), window});
    Value *result = nullptr;
    for (std::int64_t i = 0; i < window; ++i) {
        Value *slice = graph.insert(c10::aten::slice, {x, dim, i, end, window});
        result = result ? graph.insert(c10::aten::maximum, {result, slice}) : slice;
    }
    return result;
}

// The run-time choice between the two pools, in TorchScript (inlined where it is used).
constexpr const char *kAveragePoolSource = R"JIT(
def adaptive_average_pool(x: Tensor, oh: int, ow: int) -> Tensor:
    h = x.size(2)
    w = x.size(3)
    if min(h // oh, w // ow) >= 1 and max(h % oh, w % ow) <= 1:
        return torch.avg_pool2d(x, [h // oh + h % oh, w // ow + w % ow], [h // oh, w // ow])
    return torch.adaptive_avg_pool2d(x, [oh, ow])
)JIT";

// A fresh copy of the helper's graph (compiled once).
std::shared_ptr<Graph> averagePoolGraph()
{
    static const std::shared_ptr<torch::jit::CompilationUnit> unit = torch::jit::compile(kAveragePoolSource);
    return toGraphFunction(unit->get_function("adaptive_average_pool")).graph()->copy();
}

} // namespace

Value *insertQuantizeUint8(Graph &graph, Value *x, const QParams &q)
{
    // quantize_val: zero_point + nearbyint(x · inverse) with inverse = 1.0f / float(scale), in float.
    const float inverse = 1.0f / q.scale;
    // After the multiplication, in place: the product is a fresh tensor that nothing else reads.
    Value *scaled = graph.insert(c10::aten::mul, {x, double(inverse)});
    Value *shifted = graph.insert(c10::aten::add_, {graph.insert(c10::aten::round_, {scaled}), std::int64_t(q.zeroPoint)});
    Value *clamped = graph.insert(c10::aten::clamp_, {shifted, 0.0, 255.0});
    Value *bytes = graph.insert(c10::aten::to, {clamped, c10::IValue(c10::kByte)});
    return graph.insert(c10::aten::_make_per_tensor_quantized_tensor, {bytes, double(q.scale), std::int64_t(q.zeroPoint)});
}

Value *insertQuantize(Graph &graph, Value *x, const QParams &q, QuantEngine engine)
{
    if (engine == QuantEngine::Onednn)
        return insertQuantizeUint8(graph, x, q);
    return graph.insert(c10::aten::quantize_per_tensor,
                        {x, double(q.scale), std::int64_t(q.zeroPoint), c10::IValue(c10::kQUInt8)});
}

Value *insertMaxPoolUint8(Graph &graph, const Node *pool, Value *qx, const QParams &q, std::int64_t channels)
{
    if (channels <= 0 || channels >= kVectorChannels || pool->kind() != c10::aten::max_pool2d || pool->inputs().size() != 6)
        return nullptr;
    const auto kernel = constantInts(pool->input(1)), stride = constantInts(pool->input(2)),
               padding = constantInts(pool->input(3)), dilation = constantInts(pool->input(4));
    const auto ceil = torch::jit::toIValue(pool->input(5));
    if (!kernel || !stride || !padding || !dilation || !ceil || !ceil->isBool() || ceil->toBool())
        return nullptr;
    const auto k = pair(*kernel);
    const auto s = stride->empty() ? k : pair(*stride); // an empty stride means the kernel
    const auto p = pair(*padding), d = pair(*dilation);
    const std::pair<std::int64_t, std::int64_t> none{0, 0}, one{1, 1};
    if (!k || !s || !p || !d || *s != *k || *p != none || *d != one || k->first < 1 || k->second < 1)
        return nullptr;
    const std::int64_t kh = k->first, kw = k->second;

    // qx is N × C × H × W, stored channels-last (as quantized convs write it): N·H rows of W·C bytes.
    Value *n = graph.insert(c10::aten::size, {qx, 0});
    Value *w = graph.insert(c10::aten::size, {qx, 3});
    Value *oh = graph.insert(c10::aten::floordiv, {graph.insert(c10::aten::size, {qx, 2}), kh});
    Value *rowBytes = graph.insert(c10::aten::mul, {w, channels});
    // Rows: each group of kh rows is one "image" of kh × 1 pixels with W·C channels, which the
    // quantized pool reduces with full vectors (views only, for a channels-last input).
    Value *cropped = graph.insert(c10::aten::slice, {qx, 2, 0, graph.insert(c10::aten::mul, {oh, kh}), 1});
    Value *nhwc = graph.insert(c10::aten::permute, {cropped, std::vector<std::int64_t>{0, 2, 3, 1}});
    Value *groups = graph.insert(c10::aten::reshape,
                                 {nhwc, intList(graph, {graph.insertConstant(-1), graph.insertConstant(kh), graph.insertConstant(1), rowBytes})});
    Value *rows = graph.insert(c10::aten::max_pool2d,
                               {graph.insert(c10::aten::permute, {groups, std::vector<std::int64_t>{0, 3, 1, 2}}),
                                std::vector<std::int64_t>{kh, 1}, std::vector<std::int64_t>{kh, 1},
                                std::vector<std::int64_t>{0, 0}, std::vector<std::int64_t>{1, 1}, false});
    // Columns: neighbouring pixels are C bytes apart, too few for the pool's vectors: take the
    // maximum of strided views of the bytes instead (N × OH × W × C → N × OH × OW × C).
    Value *bytes = graph.insert(
        c10::aten::reshape,
        {graph.insert(c10::aten::int_repr, {rows}), intList(graph, {n, oh, w, graph.insertConstant(channels)})});
    Value *pooled = maxOfStridedSlices(graph, bytes, 2, kw);
    Value *quantized
        = graph.insert(c10::aten::_make_per_tensor_quantized_tensor, {pooled, double(q.scale), std::int64_t(q.zeroPoint)});
    return graph.insert(c10::aten::permute, {quantized, std::vector<std::int64_t>{0, 3, 1, 2}});
}

Value *insertAdaptiveAvgPoolUint8(Graph &graph, const Node *pool, Value *qx, std::int64_t channels)
{
    if (channels <= 0 || pool->kind() != c10::aten::adaptive_avg_pool2d || pool->inputs().size() != 2)
        return nullptr;
    const auto size = constantInts(pool->input(1));
    const auto out = size ? pair(*size) : std::nullopt;
    if (!out || out->first < 1 || out->second < 1)
        return nullptr;
    // The helper's inputs: x and the two output sizes, as constants of this graph.
    const std::vector<Value *> inputs{qx, graph.insertConstant(out->first), graph.insertConstant(out->second)};
    const std::shared_ptr<Graph> callee = averagePoolGraph();
    return torch::jit::insertGraph(graph, *callee, inputs).at(0);
}

} // namespace qs
