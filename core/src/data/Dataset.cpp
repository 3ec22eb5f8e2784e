#include "quantscope/Dataset.h"

#include "quantscope/Error.h"
#include "quantscope/LayerInfo.h"

#include "data/DatasetImpl.h"
#include "data/DatasetTensors.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <sstream>

namespace qs {

std::string Normalization::toString() const
{
    if (isIdentity())
        return "none";
    std::ostringstream s;
    auto list = [&s](const std::vector<float> &v) {
        for (std::size_t i = 0; i < v.size(); ++i)
            s << (i ? "," : "") << v[i];
    };
    s << "mean ";
    list(mean);
    s << " std ";
    list(std);
    return s.str();
}

void checkNormalization(const Normalization &n, const std::vector<std::int64_t> &sampleShape)
{
    if (n.isIdentity())
        return;
    if (n.mean.empty() || n.std.empty())
        throw Error("normalisation needs both a mean and a std (--mean M[,M,M] --std S[,S,S])");
    if (n.mean.size() != n.std.size())
        throw Error("normalisation has " + std::to_string(n.mean.size()) + " mean value(s) but "
                    + std::to_string(n.std.size()) + " std value(s); give one per channel for both");
    for (float s : n.std)
        if (!(s > 0.0f))
            throw Error("normalisation std values must be positive; got " + std::to_string(s));
    const std::size_t channels = sampleShape.empty() ? 1 : std::size_t(sampleShape.front());
    if (n.mean.size() != 1 && n.mean.size() != channels)
        throw Error("normalisation has " + std::to_string(n.mean.size()) + " values per statistic but the inputs have "
                    + std::to_string(channels) + " channel(s) (sample shape " + shapeToString(sampleShape)
                    + "); give one value, or one per channel");
}

std::size_t Dataset::Impl::size() const
{
    return std::size_t(indices.defined() ? indices.size(0) : samples.size(0));
}

torch::Tensor Dataset::Impl::inputs(std::size_t start, std::size_t count) const
{
    const std::size_t n = size();
    start = std::min(start, n);
    count = std::min(count, n - start);
    torch::Tensor rows = indices.defined()
        ? samples.index_select(0, indices.narrow(0, std::int64_t(start), std::int64_t(count)))
        : samples.narrow(0, std::int64_t(start), std::int64_t(count));
    torch::Tensor x = rows.to(torch::kFloat);
    if (pixels())
        x.mul_(1.0f / 255.0f);
    if (!normalization.isIdentity()) {
        // Broadcast one value per channel over the sample's remaining dimensions.
        std::vector<std::int64_t> statShape(std::size_t(x.dim()), 1);
        statShape[1] = std::int64_t(normalization.mean.size());
        const torch::Tensor mean = torch::tensor(normalization.mean).reshape(statShape);
        const torch::Tensor std = torch::tensor(normalization.std).reshape(statShape);
        x.sub_(mean).div_(std);
    }
    return x.contiguous();
}

torch::Tensor Dataset::Impl::labelRows(std::size_t start, std::size_t count) const
{
    if (!labels.defined())
        return {};
    const std::size_t n = size();
    start = std::min(start, n);
    count = std::min(count, n - start);
    return indices.defined() ? labels.index_select(0, indices.narrow(0, std::int64_t(start), std::int64_t(count)))
                             : labels.narrow(0, std::int64_t(start), std::int64_t(count));
}

std::unique_ptr<Dataset::Impl> Dataset::Impl::cloneWith(torch::Tensor newIndices, DataProvenance newProvenance) const
{
    auto copy = std::make_unique<Impl>(*this);
    copy->indices = std::move(newIndices);
    copy->provenance = std::move(newProvenance);
    return copy;
}

Dataset::Dataset(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Dataset::~Dataset() = default;

std::shared_ptr<const Dataset> Dataset::fromImpl(std::unique_ptr<Impl> impl)
{
    checkNormalization(impl->normalization, impl->sampleShape);
    impl->description = describe(impl->provenance);
    return std::shared_ptr<const Dataset>(new Dataset(std::move(impl)));
}

std::size_t Dataset::size() const
{
    return m_impl->size();
}

const std::vector<std::int64_t> &Dataset::sampleShape() const
{
    return m_impl->sampleShape;
}

bool Dataset::hasLabels() const
{
    return m_impl->labels.defined();
}

const std::vector<std::string> &Dataset::classNames() const
{
    return m_impl->classNames;
}

const std::string &Dataset::description() const
{
    return m_impl->description;
}

const DataProvenance &Dataset::provenance() const
{
    return m_impl->provenance;
}

const Normalization &Dataset::normalization() const
{
    return m_impl->normalization;
}

const std::vector<DataNote> &Dataset::notes() const
{
    return m_impl->notes;
}

std::vector<std::int64_t> Dataset::labels() const
{
    const torch::Tensor l = m_impl->labelRows(0, size());
    if (!l.defined())
        return {};
    const torch::Tensor c = l.contiguous();
    return std::vector<std::int64_t>(c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel());
}

Batch Dataset::batch(std::size_t start, std::size_t count) const
{
    const TensorBatch t = tensorBatch(*this, start, count);
    Batch b;
    b.shape = t.inputs.sizes().vec();
    b.inputs.assign(t.inputs.data_ptr<float>(), t.inputs.data_ptr<float>() + t.inputs.numel());
    if (t.labels.defined()) {
        const torch::Tensor l = t.labels.contiguous();
        b.labels.assign(l.data_ptr<std::int64_t>(), l.data_ptr<std::int64_t>() + l.numel());
    }
    return b;
}

std::shared_ptr<const Dataset> Dataset::subset(const std::vector<std::size_t> &indices, const std::string &description) const
{
    DataProvenance p;
    p.name = description;
    return subset(indices, p);
}

std::shared_ptr<const Dataset> Dataset::subset(const std::vector<std::size_t> &indices, const DataProvenance &provenance) const
{
    const std::size_t n = size();
    std::vector<std::int64_t> rows;
    rows.reserve(indices.size());
    const torch::Tensor current = m_impl->indices.defined() ? m_impl->indices.contiguous() : torch::Tensor();
    for (std::size_t i : indices) {
        if (i >= n)
            throw Error("sample " + std::to_string(i) + " is out of range: the data set has " + std::to_string(n));
        rows.push_back(current.defined() ? current.data_ptr<std::int64_t>()[i] : std::int64_t(i));
    }
    return fromImpl(m_impl->cloneWith(torch::tensor(rows, torch::kLong), provenance));
}

std::shared_ptr<const Dataset> Dataset::first(std::size_t count) const
{
    count = std::min(count, size());
    std::vector<std::size_t> rows(count);
    std::iota(rows.begin(), rows.end(), std::size_t(0));
    return subset(rows, m_impl->provenance.selected(DataProvenance::Pick::First, count));
}

std::shared_ptr<const Dataset> Dataset::randomSubset(std::size_t count, std::uint64_t seed) const
{
    count = std::min(count, size());
    std::vector<std::size_t> rows(size());
    std::iota(rows.begin(), rows.end(), std::size_t(0));
    // mt19937_64 and a hand-written Fisher-Yates: std::shuffle's result differs between standard libraries.
    std::mt19937_64 rng(seed);
    for (std::size_t i = rows.size(); i > 1; --i)
        std::swap(rows[i - 1], rows[std::size_t(rng() % i)]);
    rows.resize(count);
    return subset(rows, m_impl->provenance.selected(DataProvenance::Pick::Random, count, seed));
}

std::shared_ptr<const Dataset> Dataset::withNormalization(const Normalization &normalization) const
{
    auto copy = m_impl->cloneWith(m_impl->indices, m_impl->provenance);
    copy->normalization = normalization;
    return fromImpl(std::move(copy));
}

TensorBatch tensorBatch(const Dataset &data, std::size_t start, std::size_t count)
{
    return {data.impl().inputs(start, count), data.impl().labelRows(start, count)};
}

torch::Tensor inputBatch(const Dataset &data, std::size_t start, std::size_t count)
{
    return data.impl().inputs(start, count);
}

torch::Tensor labelBatch(const Dataset &data, std::size_t start, std::size_t count)
{
    return data.impl().labelRows(start, count);
}

} // namespace qs
