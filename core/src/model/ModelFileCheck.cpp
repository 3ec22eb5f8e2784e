#include "model/ModelFileCheck.h"

#include "quantscope/Error.h"

#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>

namespace qs {

namespace {

const char *const kExportHint = "export it with torch.jit.script(model).save(path) or torch.jit.trace(model, example).save(path)";

std::string fileName(const std::string &path)
{
    return std::filesystem::path(path).filename().string();
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

[[noreturn]] void throwNotTorchScript(const std::string &path, const std::string &what)
{
    throw Error(fileName(path) + " is " + what + ", not a TorchScript model: " + kExportHint);
}

// Classifies a zip archive: TorchScript archives carry compiled code under code/, torch.save() ones only a pickle.
void checkArchive(const std::string &path)
{
    std::vector<std::string> records;
    try {
        caffe2::serialize::PyTorchStreamReader reader(path);
        records = reader.getAllRecords();
        const bool hasCode = std::any_of(records.begin(), records.end(), [](const std::string &r) {
            return r.rfind("code/", 0) == 0;
        });
        if (hasCode)
            return;
        if (reader.hasRecord("data.pkl")) {
            const auto [data, size] = reader.getRecord("data.pkl");
            const std::string pickle(static_cast<const char *>(data.get()), size);
            // The pickle's first global names the saved object's class: a state_dict is an OrderedDict.
            if (pickle.compare(2, 25, "ccollections\nOrderedDict\n") == 0)
                throwNotTorchScript(path, "a state_dict saved with torch.save()");
            throwNotTorchScript(path, "a Python object pickled with torch.save()");
        }
    } catch (const qs::Error &) {
        throw;
    } catch (const std::exception &) {
        throw Error(fileName(path) + " is damaged: its zip archive is truncated or corrupt. "
                    "Copy or export the model again.");
    }
    throw Error(fileName(path) + " is a zip archive but holds no TorchScript model: " + kExportHint);
}

} // namespace

long long checkTorchScriptFile(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error("cannot open " + path + ": the file does not exist");
    if (fs::is_directory(status))
        throw Error("cannot open " + path + ": it is a folder, not a model file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path + ": the file is not readable (check its permissions)");
    const auto size = static_cast<long long>(fs::file_size(path, ec));
    if (ec || size == 0)
        throw Error(fileName(path) + " is empty: it holds no model");

    std::array<unsigned char, 4> magic{};
    in.read(reinterpret_cast<char *>(magic.data()), magic.size());
    const auto got = in.gcount();
    const bool isZip = got >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    if (isZip) {
        checkArchive(path);
        return size;
    }
    // Pickle protocol 2+ starts with 0x80 and the protocol number: torch.save() before PyTorch 1.6
    // (or with _use_new_zipfile_serialization=False), or a plain pickle.
    if (got >= 2 && magic[0] == 0x80 && magic[1] >= 2 && magic[1] <= 5)
        throwNotTorchScript(path, "a pickle written by torch.save() (probably a state_dict)");
    if (endsWith(path, ".onnx"))
        throwNotTorchScript(path, "an ONNX model");
    throw Error(fileName(path) + " is not a TorchScript model (it is not a zip archive as torch.jit.save writes): "
                + kExportHint);
}

} // namespace qs
