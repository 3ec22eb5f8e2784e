#include "quantscope/OutputMetrics.h"

#include "quantscope/Error.h"

#include <cmath>
#include <limits>

namespace qs {

namespace {

void checkRows(const std::vector<float> &a, const std::vector<float> &b, std::size_t classes)
{
    if (a.size() != b.size())
        throw Error("cannot compare outputs of " + std::to_string(a.size()) + " and " + std::to_string(b.size()) + " values");
    if (classes == 0 || a.size() % classes != 0)
        throw Error(std::to_string(a.size()) + " output values do not split into rows of " + std::to_string(classes) + " classes");
}

std::size_t argmax(const float *row, std::size_t classes)
{
    std::size_t best = 0;
    for (std::size_t c = 1; c < classes; ++c)
        if (row[c] > row[best])
            best = c;
    return best;
}

// log softmax of one row in double: x_c − (m + log Σ exp(x_k − m)), m = max x.
void logSoftmax(const float *row, std::size_t classes, std::vector<double> &out)
{
    double m = row[0];
    for (std::size_t c = 1; c < classes; ++c)
        m = std::max(m, double(row[c]));
    double sum = 0.0;
    for (std::size_t c = 0; c < classes; ++c)
        sum += std::exp(double(row[c]) - m);
    const double lse = m + std::log(sum);
    out.resize(classes);
    for (std::size_t c = 0; c < classes; ++c)
        out[c] = double(row[c]) - lse;
}

} // namespace

double topOneAgreement(const std::vector<float> &reference, const std::vector<float> &approximation, std::size_t classes)
{
    checkRows(reference, approximation, classes);
    const std::size_t rows = reference.size() / classes;
    if (rows == 0)
        return 0.0;
    std::size_t same = 0;
    for (std::size_t r = 0; r < rows; ++r)
        same += argmax(&reference[r * classes], classes) == argmax(&approximation[r * classes], classes) ? 1 : 0;
    return double(same) / double(rows);
}

double meanSoftmaxKl(const std::vector<float> &reference, const std::vector<float> &approximation, std::size_t classes)
{
    checkRows(reference, approximation, classes);
    const std::size_t rows = reference.size() / classes;
    if (rows == 0)
        return 0.0;
    std::vector<double> lp, lq;
    double total = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
        logSoftmax(&reference[r * classes], classes, lp);
        logSoftmax(&approximation[r * classes], classes, lq);
        double kl = 0.0;
        for (std::size_t c = 0; c < classes; ++c)
            kl += std::exp(lp[c]) * (lp[c] - lq[c]);
        total += std::max(0.0, kl); // rounding can leave −1e-17 for identical rows
    }
    return total / double(rows);
}

double normalizedL2(const std::vector<float> &reference, const std::vector<float> &approximation)
{
    if (reference.size() != approximation.size())
        throw Error("cannot compare " + std::to_string(reference.size()) + " values with " + std::to_string(approximation.size()));
    double signal = 0.0, noise = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double d = double(reference[i]) - double(approximation[i]);
        signal += double(reference[i]) * double(reference[i]);
        noise += d * d;
    }
    if (noise == 0.0)
        return 0.0;
    return signal == 0.0 ? std::numeric_limits<double>::infinity() : std::sqrt(noise / signal);
}

double cosineSimilarity(const std::vector<float> &reference, const std::vector<float> &approximation)
{
    if (reference.size() != approximation.size())
        throw Error("cannot compare " + std::to_string(reference.size()) + " values with " + std::to_string(approximation.size()));
    double dot = 0.0, xx = 0.0, yy = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        dot += double(reference[i]) * double(approximation[i]);
        xx += double(reference[i]) * double(reference[i]);
        yy += double(approximation[i]) * double(approximation[i]);
    }
    if (xx == 0.0 && yy == 0.0)
        return 1.0;
    if (xx == 0.0 || yy == 0.0)
        return 0.0;
    return dot / std::sqrt(xx * yy);
}

} // namespace qs
