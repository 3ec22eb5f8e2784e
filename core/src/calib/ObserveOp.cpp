#include "calib/ObserveOp.h"

#include <ATen/Parallel.h>
#include <torch/library.h>

namespace qs {

namespace {

thread_local std::vector<TensorObservation> *t_observations = nullptr;

// Observing runs between the model's ops, on the threads those ops use: serially, the other
// intra-op threads would wait for it (calibration then costs ~2x a float pass on two cores).
ParallelParts intraOpThreads()
{
    ParallelParts parallel;
    parallel.parts = std::size_t(std::max(1, at::get_num_threads()));
    parallel.run = [](std::size_t parts, const std::function<void(std::size_t)> &fn) {
        at::parallel_for(0, std::int64_t(parts), 1, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t p = begin; p < end; ++p)
                fn(std::size_t(p));
        });
    };
    return parallel;
}

void observe(const at::Tensor &x, int64_t key)
{
    if (!t_observations || key < 0 || std::size_t(key) >= t_observations->size() || !x.defined()
        || !x.is_floating_point())
        return;
    const at::Tensor values = x.detach().to(at::kFloat).contiguous();
    const ParallelParts parallel = intraOpThreads(); // per call: the thread count may change between runs
    (*t_observations)[std::size_t(key)].observe(values.data_ptr<float>(), std::size_t(values.numel()), parallel);
}

} // namespace

TORCH_LIBRARY(quantscope, m)
{
    // CONSERVATIVE alias analysis marks the op as having side effects: dead-code elimination keeps it.
    m.def(torch::schema("quantscope::observe(Tensor x, int key) -> ()", c10::AliasAnalysisKind::CONSERVATIVE), &observe);
}

c10::Symbol observeOpSymbol()
{
    return c10::Symbol::fromQualString("quantscope::observe");
}

ObservationScope::ObservationScope(std::vector<TensorObservation> &observations)
    : m_previous(t_observations)
{
    t_observations = &observations;
}

ObservationScope::~ObservationScope()
{
    t_observations = m_previous;
}

} // namespace qs
