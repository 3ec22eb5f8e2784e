#pragma once

#include "quantscope/QParams.h"

namespace qs {

// Scale and zero point as the seed blog (shared/reference/model-optimization-blog.md) and many
// textbooks write them, for teaching next to PyTorch's qs::calculateQParams:
//   scale = (max_float − min_float) / (max_int − min_int)
//   zero_point = min_int − min_float / scale     (not rounded, not clamped, 0 not forced into range)
// with int8 as [−127, 127]. Computed in double, as on paper.
struct TextbookQParams
{
    double scale = 1.0;
    double zeroPoint = 0.0; // a fraction in general: then x = 0 has no exact integer
    QuantRange range;
};

// The blog's integer range for a bit width: signed [−(2^(b−1) − 1), 2^(b−1) − 1] (int8: [−127, 127]),
// unsigned [0, 2^b − 1].
QuantRange textbookRange(int bits, bool isSigned);

TextbookQParams textbookQParams(double min, double max, const QuantRange &range);
// q = round(x / scale + zero_point) (halves away from zero, as on paper), clamped to the range.
int textbookQuantize(double x, const TextbookQParams &qparams);
// x̂ = scale · (q − zero_point)
double textbookDequantize(int q, const TextbookQParams &qparams);

} // namespace qs
