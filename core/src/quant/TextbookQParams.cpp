#include "quantscope/TextbookQParams.h"

#include <algorithm>
#include <cmath>

namespace qs {

QuantRange textbookRange(int bits, bool isSigned)
{
    if (isSigned)
        return { -((1 << (bits - 1)) - 1), (1 << (bits - 1)) - 1 };
    return { 0, (1 << bits) - 1 };
}

TextbookQParams textbookQParams(double min, double max, const QuantRange &range)
{
    TextbookQParams p;
    p.range = range;
    // An empty or one-point range has no step size; 1 keeps the formulas defined.
    p.scale = max > min ? (max - min) / double(range.qmax - range.qmin) : 1.0;
    p.zeroPoint = double(range.qmin) - min / p.scale;
    return p;
}

int textbookQuantize(double x, const TextbookQParams &qparams)
{
    const double q = std::round(x / qparams.scale + qparams.zeroPoint);
    return int(std::clamp(q, double(qparams.range.qmin), double(qparams.range.qmax)));
}

double textbookDequantize(int q, const TextbookQParams &qparams)
{
    return qparams.scale * (double(q) - qparams.zeroPoint);
}

} // namespace qs
