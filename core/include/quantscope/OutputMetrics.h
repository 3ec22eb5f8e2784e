#pragma once

#include <cstddef>
#include <vector>

namespace qs {

// How closely one set of model outputs (or layer outputs) follows another. `reference` is the
// float model's, `approximation` the quantized one's; both row-major [rows, classes] where rows
// matter. SQNR is qs::sqnrDb (QuantizationError.h).

// Share of rows whose arg-max class is the same in both (first of equal maxima, as torch.argmax).
// Throws qs::Error if the sizes differ or are not a multiple of classes.
double topOneAgreement(const std::vector<float> &reference, const std::vector<float> &approximation, std::size_t classes);

// Mean over rows of KL(P‖Q) = Σ_c p_c·(log p_c − log q_c), P = softmax(reference row),
// Q = softmax(approximation row), in nats, computed with log-sum-exp in double precision.
double meanSoftmaxKl(const std::vector<float> &reference, const std::vector<float> &approximation, std::size_t classes);

// ‖x − y‖ / ‖x‖ (0 when equal; +inf when x = 0 and y ≠ 0).
double normalizedL2(const std::vector<float> &reference, const std::vector<float> &approximation);

// x·y / (‖x‖·‖y‖); 1 when both are zero, 0 when only one is.
double cosineSimilarity(const std::vector<float> &reference, const std::vector<float> &approximation);

} // namespace qs
