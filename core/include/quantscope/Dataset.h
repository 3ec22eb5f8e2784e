#pragma once

#include "quantscope/DataNote.h"
#include "quantscope/DataProvenance.h"
#include "quantscope/Progress.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace qs {

// Per-channel normalisation applied to inputs: (x - mean[c]) / std[c]. Image pixels are first
// scaled to [0, 1]; tensor-file float inputs are used as stored. One value applies to every channel.
struct Normalization
{
    std::vector<float> mean; // empty: no normalisation
    std::vector<float> std;

    bool isIdentity() const { return mean.empty() && std.empty(); }
    std::string toString() const; // "mean 0.286 std 0.353", or "none"
};

// One batch handed out in plain types: inputs row-major with shape [count, sample shape...].
struct Batch
{
    std::vector<float> inputs;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> labels; // empty when the data set has no labels
};

// An in-memory data set: inputs, optional labels, class names. Immutable; subsets and
// re-normalised views share the stored samples, so they are cheap to make.
class Dataset final
{
public:
    ~Dataset();
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;

    std::size_t size() const;
    // Shape of one sample, e.g. {1, 28, 28}.
    const std::vector<std::int64_t> &sampleShape() const;
    bool hasLabels() const;
    // Index = label. May be empty when the source names no classes.
    const std::vector<std::string> &classNames() const;
    // What the samples are, for people: "Fashion-MNIST test split (10000 images)" (English).
    const std::string &description() const;
    // The same in parts, for a UI to word in its own language.
    const DataProvenance &provenance() const;
    const Normalization &normalization() const;
    // Things the user should know: "using the embedded sample", "skipped 2 unreadable images: ...".
    const std::vector<DataNote> &notes() const;

    // Labels of all samples (empty without labels).
    std::vector<std::int64_t> labels() const;
    // Samples [start, start + count) normalised as set; count is clipped at the end.
    Batch batch(std::size_t start, std::size_t count) const;
    std::size_t batchCount(std::size_t batchSize) const { return (size() + batchSize - 1) / batchSize; }

    // Views sharing the samples.
    std::shared_ptr<const Dataset> subset(const std::vector<std::size_t> &indices, const DataProvenance &provenance) const;
    std::shared_ptr<const Dataset> subset(const std::vector<std::size_t> &indices, const std::string &description) const;
    std::shared_ptr<const Dataset> first(std::size_t count) const;
    // count samples chosen at random without repeats (a fixed seed gives the same ones everywhere).
    std::shared_ptr<const Dataset> randomSubset(std::size_t count, std::uint64_t seed) const;
    std::shared_ptr<const Dataset> withNormalization(const Normalization &normalization) const;

    // The torch side, for core's own source files (see data/DatasetImpl.h and data/DatasetTensors.h).
    struct Impl;
    const Impl &impl() const { return *m_impl; }
    static std::shared_ptr<const Dataset> fromImpl(std::unique_ptr<Impl> impl);

private:
    explicit Dataset(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Image formats: options for reading an image folder.
struct ImageOptions
{
    // Target channels (1 grayscale, 3 RGB) and size; 0 means "from the first image".
    int channels = 0;
    int height = 0;
    int width = 0;
    // Refuse the folder on the first unreadable image instead of skipping and counting it.
    bool strict = false;
};

// Readers. Each throws qs::Error with an actionable message for bad input (wrong magic number,
// truncated file, absurd header dimensions, label count != image count, empty folder, corrupt
// image in strict mode, tensor file without the expected entries).
//
// IDX (MNIST's format), gzip-compressed (.gz) or plain; labels path may be empty.
std::shared_ptr<const Dataset> readIdx(const std::string &imagesPath, const std::string &labelsPath,
                                       const std::vector<std::string> &classNames = {}, const Progress &progress = {});
// ImageFolder convention: DIR/<class>/<image>.{png,jpg,jpeg,bmp}; classes in sorted order.
// Images are resized (shorter side to the target) and centre-cropped, like torchvision's Resize + CenterCrop.
std::shared_ptr<const Dataset> readImageFolder(const std::string &dir, const ImageOptions &options = {},
                                               const Progress &progress = {});
// A torch.save'd dict {"inputs": float or uint8 tensor [N, ...], "labels": int tensor [N] or None,
// "classes": list of str (optional)}. uint8 inputs are pixels and get scaled to [0, 1]. (LibTorch 1.13
// cannot unpickle a dict of one entry, hence "labels": None for unlabelled data.)
std::shared_ptr<const Dataset> readTensorFile(const std::string &path, const Progress &progress = {});

// Fashion-MNIST's ten class names, in label order.
const std::vector<std::string> &fashionMnistClassNames();

} // namespace qs
