// The real quantized graph's lowered quantize_per_tensor, max_pool2d and adaptive_avg_pool2d
// (core/src/quantize/Uint8Lowering.h) against LibTorch's own ops: the same bytes and qparams, on
// awkward values and shapes, for channels-last and contiguous inputs; and the pools that must not
// be lowered are not.
// Compiled with QT_NO_KEYWORDS: this test touches torch directly.

#include "quantize/Uint8Lowering.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/torch.h>

#include <QtTest>

#include <cmath>
#include <limits>
#include <set>

namespace {

using torch::jit::Graph;
using torch::jit::Value;

// Runs a one-input graph built by `body` (which returns the output value) on x.
torch::Tensor runGraph(const torch::Tensor &x, const std::function<Value *(Graph &, Value *)> &body)
{
    auto graph = std::make_shared<Graph>();
    Value *input = graph->addInput("x");
    input->setType(c10::TensorType::get());
    Value *output = body(*graph, input);
    if (!output)
        return {};
    graph->registerOutput(output);
    torch::jit::GraphFunction fn("lowered", graph, nullptr);
    return fn({x}).toTensor();
}

// An aten::max_pool2d node reading x with these constant arguments (not inserted into the graph's
// computation: the lowering only reads its arguments).
torch::jit::Node *poolNode(Graph &graph, Value *x, std::vector<std::int64_t> kernel, std::vector<std::int64_t> stride,
                           std::vector<std::int64_t> padding, std::vector<std::int64_t> dilation, bool ceil)
{
    Value *v = graph.insert(c10::aten::max_pool2d, {x, kernel, stride, padding, dilation, ceil});
    return v->node();
}

void compareQuantized(const torch::Tensor &ours, const torch::Tensor &theirs)
{
    QVERIFY(ours.defined());
    QVERIFY(ours.qscheme() == theirs.qscheme());
    QVERIFY(ours.scalar_type() == theirs.scalar_type());
    QCOMPARE(ours.sizes().vec(), theirs.sizes().vec());
    QCOMPARE(ours.q_scale(), theirs.q_scale());
    QCOMPARE(ours.q_zero_point(), theirs.q_zero_point());
    QVERIFY(torch::equal(ours.int_repr(), theirs.int_repr()));
}

} // namespace

class TestUint8Lowering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The graph lowers pools only for onednn (qnnpack's own pool kernels are fast and round their way).
    void initTestCase() { at::globalContext().setQEngine(at::QEngine::ONEDNN); }
    void quantizeGivesTheBytesOfQuantizePerTensor_data();
    void quantizeGivesTheBytesOfQuantizePerTensor();
    void quantizeKeepsQuantizePerTensorOnQnnpack();
    void maxPoolGivesTheBytesOfMaxPool_data();
    void maxPoolGivesTheBytesOfMaxPool();
    void maxPoolNotLoweredWhereItsKernelIsFastOrTheArgumentsDiffer();
    void adaptiveAvgPoolGivesTheBytesOfAdaptiveAvgPool_data();
    void adaptiveAvgPoolGivesTheBytesOfAdaptiveAvgPool();
    void adaptiveAvgPoolNotLoweredWithoutConstantSizeOrChannels();
};

void TestUint8Lowering::quantizeGivesTheBytesOfQuantizePerTensor_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("zeroPoint");
    QTest::newRow("mnist input") << 0.022186186164617538 << 37;
    QTest::newRow("post-relu, zero point 0") << 0.0566976144909 << 0;
    QTest::newRow("zero point 255") << 0.013 << 255;
    QTest::newRow("tiny scale") << 1.0e-6 << 128;
    QTest::newRow("scale 1") << 1.0 << 10;
}

void TestUint8Lowering::quantizeGivesTheBytesOfQuantizePerTensor()
{
    QFETCH(double, scale);
    QFETCH(int, zeroPoint);
    torch::manual_seed(7);
    // Random values over and beyond the range, exact half-way points of the grid (ties), the grid
    // points themselves, neighbours of ties one float step away, zeros of both signs, extremes.
    std::vector<torch::Tensor> parts;
    parts.push_back(torch::randn({64, 1, 28, 28}) * float(scale) * 100.0f);
    const auto k = torch::arange(-300, 300, torch::kFloat);
    const auto ties = (k + 0.5f) * float(scale);
    parts.push_back(ties);
    parts.push_back(k * float(scale));
    parts.push_back(torch::nextafter(ties, ties + 1.0f));
    parts.push_back(torch::nextafter(ties, ties - 1.0f));
    parts.push_back(torch::tensor({0.0f, -0.0f, std::numeric_limits<float>::denorm_min(), 1e12f, -1e12f}));
    for (const auto &x : parts) {
        const qs::QParams q{float(scale), zeroPoint};
        const torch::Tensor ours
            = runGraph(x, [&](Graph &g, Value *in) { return qs::insertQuantizeUint8(g, in, q); });
        const torch::Tensor theirs = torch::quantize_per_tensor(x, double(q.scale), zeroPoint, torch::kQUInt8);
        compareQuantized(ours, theirs);
    }
    // Beyond what int64 holds LibTorch's loop overflows (1e30 becomes 0); the lowered form saturates.
    const float inf = std::numeric_limits<float>::infinity();
    const torch::Tensor extremes = torch::tensor({1e30f, inf, std::numeric_limits<float>::max(), -1e30f, -inf});
    const torch::Tensor saturated
        = runGraph(extremes, [&](Graph &g, Value *in) { return qs::insertQuantizeUint8(g, in, {float(scale), zeroPoint}); });
    QVERIFY(torch::equal(saturated.int_repr(), torch::tensor({255, 255, 255, 0, 0}, torch::kByte)));
}

void TestUint8Lowering::quantizeKeepsQuantizePerTensorOnQnnpack()
{
    // On qnnpack the graph keeps LibTorch's serial op: parallel float ops between qnnpack's own
    // thread pool's ops wait for a core (Uint8Lowering.h). On onednn it is lowered.
    const auto kinds = [](qs::QuantEngine engine) {
        Graph g;
        Value *x = g.addInput("x");
        x->setType(c10::TensorType::get());
        g.registerOutput(qs::insertQuantize(g, x, {0.02f, 10}, engine));
        std::set<std::string> found;
        for (const torch::jit::Node *n : g.nodes())
            found.insert(n->kind().toQualString());
        return found;
    };
    const auto qnnpack = kinds(qs::QuantEngine::Qnnpack), onednn = kinds(qs::QuantEngine::Onednn);
    QVERIFY(qnnpack.count("aten::quantize_per_tensor") == 1);
    QVERIFY(qnnpack.count("aten::_make_per_tensor_quantized_tensor") == 0);
    QVERIFY(onednn.count("aten::quantize_per_tensor") == 0);
    QVERIFY(onednn.count("aten::_make_per_tensor_quantized_tensor") == 1);
}

void TestUint8Lowering::maxPoolGivesTheBytesOfMaxPool_data()
{
    QTest::addColumn<QList<int>>("shape"); // N, C, H, W
    QTest::addColumn<QList<int>>("kernel");
    QTest::addColumn<QList<int>>("stride");
    QTest::addColumn<bool>("channelsLast");
    QTest::newRow("cnn's first pool") << QList<int>{64, 16, 28, 28} << QList<int>{2, 2} << QList<int>{2, 2} << true;
    QTest::newRow("empty stride = kernel") << QList<int>{4, 16, 28, 28} << QList<int>{2, 2} << QList<int>{} << true;
    QTest::newRow("odd height and width") << QList<int>{3, 8, 29, 31} << QList<int>{2, 2} << QList<int>{2, 2} << true;
    QTest::newRow("3x3") << QList<int>{2, 5, 17, 20} << QList<int>{3, 3} << QList<int>{3, 3} << true;
    QTest::newRow("2x3") << QList<int>{2, 31, 9, 13} << QList<int>{2, 3} << QList<int>{2, 3} << true;
    QTest::newRow("one number for both") << QList<int>{2, 4, 10, 10} << QList<int>{2} << QList<int>{2} << true;
    QTest::newRow("one channel") << QList<int>{5, 1, 12, 12} << QList<int>{2, 2} << QList<int>{2, 2} << true;
    QTest::newRow("contiguous input") << QList<int>{3, 16, 14, 15} << QList<int>{2, 2} << QList<int>{2, 2} << false;
    QTest::newRow("batch of one") << QList<int>{1, 16, 28, 28} << QList<int>{2, 2} << QList<int>{2, 2} << true;
}

void TestUint8Lowering::maxPoolGivesTheBytesOfMaxPool()
{
    QFETCH(QList<int>, shape);
    QFETCH(QList<int>, kernel);
    QFETCH(QList<int>, stride);
    QFETCH(bool, channelsLast);
    torch::manual_seed(3);
    const std::vector<std::int64_t> sizes(shape.begin(), shape.end());
    // A scale a float holds: the real graph's qparams are floats.
    torch::Tensor q = torch::quantize_per_tensor(torch::randn(sizes), double(0.05f), 100, torch::kQUInt8);
    if (channelsLast)
        q = q.contiguous(torch::MemoryFormat::ChannelsLast);
    const std::vector<std::int64_t> k(kernel.begin(), kernel.end()), s(stride.begin(), stride.end());
    const qs::QParams qparams{float(q.q_scale()), int(q.q_zero_point())};
    const torch::Tensor ours = runGraph(q, [&](Graph &g, Value *in) {
        const torch::jit::Node *pool = poolNode(g, in, k, s, {0, 0}, {1, 1}, false);
        return qs::insertMaxPoolUint8(g, pool, in, qparams, sizes[1]);
    });
    const auto both = [](std::vector<std::int64_t> v) { return v.size() == 1 ? std::vector<std::int64_t>{v[0], v[0]} : v; };
    const torch::Tensor theirs = torch::max_pool2d(q, both(k), s.empty() ? both(k) : both(s), {0, 0}, {1, 1});
    compareQuantized(ours, theirs);
    if (channelsLast)
        QVERIFY(ours.is_contiguous(torch::MemoryFormat::ChannelsLast)); // as the pool's own output
}

void TestUint8Lowering::maxPoolNotLoweredWhereItsKernelIsFastOrTheArgumentsDiffer()
{
    Graph g;
    Value *x = g.addInput("x");
    x->setType(c10::TensorType::get());
    const qs::QParams q{0.1f, 0};
    const auto lowered = [&](std::vector<std::int64_t> kernel, std::vector<std::int64_t> stride,
                             std::vector<std::int64_t> padding, std::vector<std::int64_t> dilation, bool ceil,
                             std::int64_t channels) {
        return qs::insertMaxPoolUint8(g, poolNode(g, x, kernel, stride, padding, dilation, ceil), x, q, channels) != nullptr;
    };
    QVERIFY(lowered({2, 2}, {2, 2}, {0, 0}, {1, 1}, false, 16));
    QVERIFY(!lowered({2, 2}, {2, 2}, {0, 0}, {1, 1}, false, 32));  // vectorised by LibTorch already
    QVERIFY(!lowered({2, 2}, {2, 2}, {0, 0}, {1, 1}, false, 0));   // channels unknown
    QVERIFY(!lowered({3, 3}, {2, 2}, {0, 0}, {1, 1}, false, 16));  // overlapping windows
    QVERIFY(!lowered({2, 2}, {2, 2}, {1, 1}, {1, 1}, false, 16));  // padding
    QVERIFY(!lowered({2, 2}, {2, 2}, {0, 0}, {2, 2}, false, 16));  // dilation
    QVERIFY(!lowered({2, 2}, {2, 2}, {0, 0}, {1, 1}, true, 16));   // ceil mode
}

void TestUint8Lowering::adaptiveAvgPoolGivesTheBytesOfAdaptiveAvgPool_data()
{
    QTest::addColumn<QList<int>>("shape"); // N, C, H, W (channels-last, as quantized convs write it)
    QTest::addColumn<QList<int>>("output");
    QTest::newRow("resnet's 7x7 -> 2x2 (kernel 4, stride 3)") << QList<int>{64, 64, 7, 7} << QList<int>{2, 2};
    QTest::newRow("global pool") << QList<int>{8, 512, 7, 7} << QList<int>{1, 1};
    QTest::newRow("one number for both") << QList<int>{4, 32, 9, 9} << QList<int>{3};
    QTest::newRow("divisible: 8x12 -> 4x3") << QList<int>{3, 16, 8, 12} << QList<int>{4, 3};
    QTest::newRow("odd channel count") << QList<int>{2, 33, 13, 10} << QList<int>{3, 3};
    // Windows of different sizes: the graph keeps adaptive_avg_pool2d at run time.
    QTest::newRow("uneven windows: 8 -> 3") << QList<int>{2, 16, 8, 8} << QList<int>{3, 3};
    QTest::newRow("output larger than input") << QList<int>{2, 8, 3, 5} << QList<int>{4, 2};
    QTest::newRow("batch of one") << QList<int>{1, 64, 7, 7} << QList<int>{2, 2};
}

void TestUint8Lowering::adaptiveAvgPoolGivesTheBytesOfAdaptiveAvgPool()
{
    QFETCH(QList<int>, shape);
    QFETCH(QList<int>, output);
    torch::manual_seed(5);
    const std::vector<std::int64_t> sizes(shape.begin(), shape.end()), out(output.begin(), output.end());
    for (const int zeroPoint : {0, 37, 255}) {
        const torch::Tensor q = torch::quantize_per_tensor(torch::randn(sizes) * 3.0, double(0.031f), zeroPoint, torch::kQUInt8)
                                    .contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor ours = runGraph(q, [&](Graph &g, Value *in) {
            const torch::jit::Node *pool = g.insert(c10::aten::adaptive_avg_pool2d, {in, out})->node();
            return qs::insertAdaptiveAvgPoolUint8(g, pool, in, sizes[1]);
        });
        const torch::Tensor theirs = torch::adaptive_avg_pool2d(q, out.size() == 1 ? std::vector<std::int64_t>{out[0], out[0]} : out);
        compareQuantized(ours, theirs);
    }
}

void TestUint8Lowering::adaptiveAvgPoolNotLoweredWithoutConstantSizeOrChannels()
{
    Graph g;
    Value *x = g.addInput("x");
    x->setType(c10::TensorType::get());
    Value *size = g.addInput("size");
    size->setType(c10::ListType::ofInts());
    const auto pool = [&](Value *outputSize) { return g.insert(c10::aten::adaptive_avg_pool2d, {x, outputSize})->node(); };
    const std::vector<std::int64_t> two{2, 2};
    QVERIFY(qs::insertAdaptiveAvgPoolUint8(g, pool(g.insertConstant(two)), x, 64) != nullptr);
    QVERIFY(qs::insertAdaptiveAvgPoolUint8(g, pool(g.insertConstant(two)), x, 0) == nullptr); // not a conv output
    QVERIFY(qs::insertAdaptiveAvgPoolUint8(g, pool(size), x, 64) == nullptr);                  // size known at run time
    const torch::jit::Node *maxPool = poolNode(g, x, {2, 2}, {2, 2}, {0, 0}, {1, 1}, false);
    QVERIFY(qs::insertAdaptiveAvgPoolUint8(g, maxPool, x, 64) == nullptr);
}

QTEST_GUILESS_MAIN(TestUint8Lowering)
#include "tst_uint8lowering.moc"
