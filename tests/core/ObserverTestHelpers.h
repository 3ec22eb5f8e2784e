#pragma once

// Small helpers shared by the observer tests.

#include "quantscope/Observer.h"
#include "quantscope/QParams.h"

#include <vector>

namespace testing {

inline qs::TensorObservation observe(const std::vector<float> &values, const qs::ObserverSettings &settings = {})
{
    qs::TensorObservation observation(settings);
    observation.observe(values.data(), values.size());
    return observation;
}

inline qs::QuantSpec symmetricSpec(int bits)
{
    return {qs::QuantDtype::QInt8, qs::QuantScheme::Symmetric, false, bits};
}

inline qs::QuantSpec affineSpec(int bits)
{
    return {qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, false, bits};
}

} // namespace testing
