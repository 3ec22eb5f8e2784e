#pragma once

// Helpers shared by the calibration, quantized-model and export tests: fixtures, Fashion-MNIST
// batches, and the agreement figures between two models' outputs.

#include "quantscope/Calibration.h"
#include "quantscope/DataSpec.h"
#include "quantscope/Model.h"
#include "quantscope/QuantizedModel.h"

#include <QString>

#include <cmath>
#include <memory>
#include <vector>

namespace qstest {

inline QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

inline std::shared_ptr<const qs::Model> loadFixture(const QString &name)
{
    return qs::Model::load(fixture(name).toStdString());
}

// Fashion-MNIST test images (the Debian package, or the embedded sample), as batches of `batch`.
inline std::vector<qs::Batch> testImages(std::size_t count, std::size_t batch = 64, std::size_t offset = 0)
{
    static const auto data = qs::loadFashionMnist(/*train=*/false);
    std::vector<qs::Batch> batches;
    for (std::size_t start = offset; start < offset + count; start += batch)
        batches.push_back(data->batch(start, std::min(batch, offset + count - start)));
    return batches;
}

inline std::vector<qs::Batch> trainImages(std::size_t count, std::size_t batch = 64)
{
    static const auto data = qs::loadFashionMnist(/*train=*/true);
    std::vector<qs::Batch> batches;
    for (std::size_t start = 0; start < count; start += batch)
        batches.push_back(data->batch(start, std::min(batch, count - start)));
    return batches;
}

// Top-1 agreement and SQNR (dB, torch.ao.ns compute_sqnr: 20·log10(‖x‖ / ‖x − y‖)) of y against x.
struct Agreement
{
    double top1 = 0.0;
    double sqnr = 0.0;
    double maxAbsDiff = 0.0;
    std::size_t samples = 0;
};

inline Agreement compareOutputs(const std::vector<qs::ModelOutput> &x, const std::vector<qs::ModelOutput> &y)
{
    Agreement a;
    double signal = 0.0, noise = 0.0;
    std::size_t same = 0;
    for (std::size_t b = 0; b < x.size(); ++b) {
        const auto &xs = x[b].values;
        const auto &ys = y[b].values;
        const std::size_t rows = std::size_t(x[b].shape.front());
        const std::size_t cols = xs.size() / rows;
        for (std::size_t r = 0; r < rows; ++r) {
            std::size_t ax = 0, ay = 0;
            for (std::size_t c = 0; c < cols; ++c) {
                const double xv = xs[r * cols + c], yv = ys[r * cols + c];
                signal += xv * xv;
                noise += (xv - yv) * (xv - yv);
                a.maxAbsDiff = std::max(a.maxAbsDiff, std::abs(xv - yv));
                if (xs[r * cols + c] > xs[r * cols + ax])
                    ax = c;
                if (ys[r * cols + c] > ys[r * cols + ay])
                    ay = c;
            }
            same += ax == ay;
            ++a.samples;
        }
    }
    a.top1 = a.samples ? double(same) / double(a.samples) : 0.0;
    a.sqnr = noise > 0.0 ? 10.0 * std::log10(signal / noise) : INFINITY;
    return a;
}

inline std::vector<qs::ModelOutput> runAll(const qs::QuantizedModel &model, const std::vector<qs::Batch> &batches)
{
    std::vector<qs::ModelOutput> outputs;
    for (const auto &b : batches)
        outputs.push_back(model.run(b));
    return outputs;
}

} // namespace qstest
