#pragma once

// Private to core: the quantscope::observe(Tensor x, int key) operator that calibration inserts
// into a copy of the model's graph. It records x into the observation numbered `key` of the
// observations installed for the calling thread, and returns nothing (it is marked as having side
// effects, so the JIT never removes it).

#include "quantscope/Observer.h"

#include <torch/script.h>

#include <vector>

namespace qs {

c10::Symbol observeOpSymbol();

// Installs observations for the current thread while alive; forward() runs the ops in this thread.
class ObservationScope final
{
public:
    explicit ObservationScope(std::vector<TensorObservation> &observations);
    ~ObservationScope();
    ObservationScope(const ObservationScope &) = delete;
    ObservationScope &operator=(const ObservationScope &) = delete;

private:
    std::vector<TensorObservation> *m_previous;
};

} // namespace qs
