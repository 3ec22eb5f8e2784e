#include "calib/ObserveOp.h"

#include <torch/library.h>

namespace qs {

namespace {

thread_local std::vector<TensorObservation> *t_observations = nullptr;

void observe(const at::Tensor &x, int64_t key)
{
    if (!t_observations || key < 0 || std::size_t(key) >= t_observations->size() || !x.defined()
        || !x.is_floating_point())
        return;
    const at::Tensor values = x.detach().to(at::kFloat).contiguous();
    (*t_observations)[std::size_t(key)].observe(values.data_ptr<float>(), std::size_t(values.numel()));
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
