// readTensorFile(): inputs and labels written from Python with
//   torch.save({"inputs": x, "labels": y}, "data.pt")

#include "quantscope/Dataset.h"
#include "quantscope/Error.h"
#include "quantscope/LayerInfo.h"

#include "data/DatasetImpl.h"

#include <torch/csrc/jit/serialization/pickle.h>

#include <filesystem>
#include <fstream>

namespace qs {

namespace {

const char *const FormHelp = "save it from Python with torch.save({\"inputs\": x, \"labels\": y}, path), x a float "
                             "or uint8 tensor [N, ...] and y an integer tensor [N]";

std::string firstLine(const std::string &text)
{
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

} // namespace

std::shared_ptr<const Dataset> readTensorFile(const std::string &path, const Progress &progress)
{
    namespace fs = std::filesystem;
    const std::string name = fs::path(path).filename().string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error("cannot find the tensor file " + path);
    const auto bytes = fs::file_size(path, ec);
    if (bytes == 0)
        throw Error(name + " is empty; " + FormHelp);
    progress.report(0.0, "Reading " + name);
    std::vector<char> data(bytes);
    std::ifstream in(path, std::ios::binary);
    in.read(data.data(), std::streamsize(bytes));
    if (std::size_t(in.gcount()) != bytes)
        throw Error("cannot read " + path);

    torch::IValue value;
    try {
        value = torch::jit::pickle_load(data);
    } catch (const c10::Error &e) {
        // LibTorch 1.13's unpickler lacks SETITEM, which Python uses for a dict of exactly one entry.
        if (std::string(e.what_without_backtrace()).find("Unknown opcode for unpickling at 0x73") != std::string::npos)
            throw Error(name + " holds a dict with a single entry, which LibTorch 1.13 cannot read; save it with a "
                               "second entry, e.g. torch.save({\"inputs\": x, \"labels\": None}, path) for unlabelled data");
        throw Error(name + " is not a tensor file LibTorch can read (" + firstLine(e.what_without_backtrace())
                    + "); " + FormHelp + " (a TorchScript model or a legacy, non-zip torch.save file will not do)");
    } catch (const std::exception &e) {
        throw Error(name + " is not a tensor file LibTorch can read (" + firstLine(e.what()) + "); " + FormHelp);
    }
    if (!value.isGenericDict())
        throw Error(name + " holds a " + value.tagKind() + ", not a dict; " + FormHelp);

    torch::Tensor inputs, labels;
    std::vector<std::string> classNames;
    std::vector<std::string> keys;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString())
            continue;
        const std::string key = entry.key().toStringRef();
        keys.push_back(key);
        const torch::IValue &v = entry.value();
        if (key == "inputs") {
            if (!v.isTensor())
                throw Error(name + ": \"inputs\" is a " + v.tagKind() + ", not a tensor; " + FormHelp);
            inputs = v.toTensor();
        } else if (key == "labels") {
            if (v.isNone())
                continue; // unlabelled data: {"inputs": x, "labels": None}
            if (!v.isTensor())
                throw Error(name + ": \"labels\" is a " + v.tagKind() + ", not a tensor; " + FormHelp);
            labels = v.toTensor();
        } else if (key == "classes") {
            if (!v.isList())
                throw Error(name + ": \"classes\" must be a list of str (one class name per label)");
            for (const auto &c : v.toListRef()) {
                if (!c.isString())
                    throw Error(name + ": \"classes\" must be a list of str (one class name per label)");
                classNames.push_back(c.toStringRef());
            }
        }
    }
    if (!inputs.defined()) {
        std::string found;
        for (const auto &k : keys)
            found += (found.empty() ? "" : ", ") + ("\"" + k + "\"");
        throw Error(name + " has no \"inputs\" entry (it holds " + (found.empty() ? std::string("no str keys") : found)
                    + "); " + FormHelp);
    }
    if (inputs.dim() < 2)
        throw Error(name + ": \"inputs\" has shape " + shapeToString(inputs.sizes().vec())
                    + "; it needs a first dimension counting the samples, e.g. [N, 1, 28, 28]");
    if (inputs.size(0) == 0)
        throw Error(name + ": \"inputs\" holds no samples (shape " + shapeToString(inputs.sizes().vec()) + ")");
    if (inputs.scalar_type() != torch::kByte && !inputs.is_floating_point())
        throw Error(name + ": \"inputs\" holds " + std::string(c10::toString(inputs.scalar_type()))
                    + " values; use float (as stored, then normalised) or uint8 pixels (scaled to [0, 1])");

    auto impl = std::make_unique<Dataset::Impl>();
    impl->samples = inputs.scalar_type() == torch::kByte ? inputs.contiguous() : inputs.to(torch::kFloat).contiguous();
    impl->sampleShape = inputs.sizes().slice(1).vec();
    if (labels.defined()) {
        if (labels.is_floating_point() || labels.scalar_type() == torch::kBool)
            throw Error(name + ": \"labels\" holds " + std::string(c10::toString(labels.scalar_type()))
                        + " values; labels are class indices, an integer tensor [N] (e.g. torch.long)");
        if (labels.dim() != 1 || labels.size(0) != inputs.size(0))
            throw Error(name + ": \"labels\" has shape " + shapeToString(labels.sizes().vec()) + " but \"inputs\" has "
                        + shapeToString(inputs.sizes().vec()) + "; give one label per sample, shape ["
                        + std::to_string(inputs.size(0)) + "]");
        impl->labels = labels.to(torch::kLong).contiguous();
        const std::int64_t minLabel = impl->labels.min().item<std::int64_t>();
        const std::int64_t maxLabel = impl->labels.max().item<std::int64_t>();
        if (minLabel < 0)
            throw Error(name + ": \"labels\" holds " + std::to_string(minLabel) + "; labels are class indices from 0");
        if (!classNames.empty() && maxLabel >= std::int64_t(classNames.size()))
            throw Error(name + ": \"labels\" holds " + std::to_string(maxLabel) + " but \"classes\" names only "
                        + std::to_string(classNames.size()) + " classes");
        for (std::int64_t c = std::int64_t(classNames.size()); c <= maxLabel; ++c)
            classNames.push_back(std::to_string(c));
    }
    impl->classNames = classNames;
    impl->provenance.source = DataProvenance::Source::TensorFile;
    impl->provenance.name = name;
    impl->provenance.count = std::size_t(inputs.size(0));
    impl->provenance.sampleShape = impl->sampleShape;
    impl->provenance.labelled = labels.defined();
    progress.report(1.0, "Tensor file read");
    return Dataset::fromImpl(std::move(impl));
}

} // namespace qs
