// Loading a 25-million-parameter model and computing every layer's weight histogram and qparams.
// Target (issue "Foundation"): <= 1.5 s on a 2-core machine, peak memory <= 2x the parameter bytes.
// Prints figures; never fails on time.
//
//   bench_model_load            builds the model in a temporary folder, then measures it in a fresh process
//   bench_model_load --measure FILE   measures FILE only (what the first form runs)

#include "model/TorchScriptSource.h"

#include "quantscope/Model.h"
#include "quantscope/WeightQParams.h"

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <cstring>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// Resident set size figures from /proc/self/status, in bytes.
long long procStatusBytes(const char *key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(key, 0) == 0)
            return std::atoll(line.c_str() + std::strlen(key)) * 1024LL;
    return -1;
}

struct ConvShape
{
    int in, out, kernel;
};

// The conv layers of ResNet-50 (torchvision's resnet50: bottleneck blocks 3-4-6-3) plus its fc layer:
// the same weight tensors, 25.5 million parameters. (Modules built in C++ are called with
// .forward(x): their types carry no Python call sugar.) Its forward is a chain of the layers' ops for
// the loader to find; it is not meant to run (the chain ignores the residual structure).
std::string buildResNet50Shaped(const std::filesystem::path &file)
{
    std::vector<ConvShape> convs{{3, 64, 7}};
    int channels = 64;
    const int widths[] = {64, 128, 256, 512};
    const int blocks[] = {3, 4, 6, 3};
    for (int stage = 0; stage < 4; ++stage) {
        const int width = widths[stage];
        for (int b = 0; b < blocks[stage]; ++b) {
            convs.push_back({channels, width, 1});
            convs.push_back({width, width, 3});
            convs.push_back({width, width * 4, 1});
            if (b == 0)
                convs.push_back({channels, width * 4, 1}); // downsample
            channels = width * 4;
        }
    }
    torch::manual_seed(0);
    // One compilation unit for all classes, so the root's forward can call the children's.
    const auto unit = std::make_shared<torch::jit::CompilationUnit>();
    torch::jit::Module root("__torch__.ResNet50Shaped", unit);
    std::ostringstream forward;
    forward << "def forward(self, x):\n";
    long long params = 0;
    for (std::size_t i = 0; i < convs.size(); ++i) {
        const auto &c = convs[i];
        torch::jit::Module conv("__torch__.Conv" + std::to_string(i), unit);
        conv.register_parameter("weight", torch::randn({c.out, c.in, c.kernel, c.kernel}) * 0.05, false);
        conv.register_attribute("training", c10::BoolType::get(), false);
        qs::defineTorchScript(conv, "def forward(self, x):\n    return torch.conv2d(x, self.weight)\n");
        root.register_module("conv" + std::to_string(i), conv);
        forward << "    x = self.conv" << i << ".forward(x)\n";
        params += c.out * c.in * c.kernel * c.kernel;
    }
    torch::jit::Module fc("__torch__.Fc", unit);
    fc.register_parameter("weight", torch::randn({1000, 2048}) * 0.02, false);
    fc.register_parameter("bias", torch::zeros({1000}), false);
    fc.register_attribute("training", c10::BoolType::get(), false);
    qs::defineTorchScript(fc, "def forward(self, x):\n    return torch.linear(x, self.weight, self.bias)\n");
    root.register_module("fc", fc);
    params += 1000 * 2048 + 1000;
    forward << "    return self.fc.forward(x)\n";
    root.register_attribute("training", c10::BoolType::get(), false);
    qs::defineTorchScript(root, forward.str());
    root.save(file.string());
    return std::to_string(params);
}

int measure(const std::string &path)
{
    at::set_num_threads(2);
    (void)torch::ones({2}).sum(); // bring torch's libraries in before the baseline
    const long long baseline = procStatusBytes("VmRSS:");
    const auto start = std::chrono::steady_clock::now();
    const auto model = qs::Model::load(path);
    const auto loaded = std::chrono::steady_clock::now();
    double checksum = 0.0;
    for (std::size_t i = 0; i < model->layers().size(); ++i) {
        const qs::Histogram h = model->weightHistogram(i, 256);
        const qs::QParams q = qs::weightQParams(model->layers()[i], qs::perTensorAffineQUInt8());
        const qs::PerChannelQParams pc = qs::weightQParamsPerChannel(*model, i, qs::perChannelSymmetricQInt8());
        checksum += h.total() + q.scale + pc.scales.front();
    }
    const auto done = std::chrono::steady_clock::now();
    const long long peak = procStatusBytes("VmHWM:");
    const double paramBytes = double(model->summary().totalParams) * 4.0;
    const auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::printf("model: %s, %lld parameters in %zu layers (%.1f MB of float32)\n", path.c_str(),
                (long long)model->summary().totalParams, model->layers().size(), paramBytes / 1e6);
    std::printf("load and analyse:      %8.1f ms\n", ms(start, loaded));
    std::printf("histograms + qparams:  %8.1f ms (all layers; 256 bins, per-tensor and per-channel)\n", ms(loaded, done));
    std::printf("total:                 %8.1f ms   (target <= 1500 ms)\n", ms(start, done));
    std::printf("peak RSS growth:       %8.1f MB = %.2fx the parameter bytes (target <= 2x); peak RSS %.1f MB, "
                "baseline %.1f MB\n",
                double(peak - baseline) / 1e6, double(peak - baseline) / paramBytes, double(peak) / 1e6,
                double(baseline) / 1e6);
    return checksum > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && std::string(argv[1]) == "--measure")
        return measure(argv[2]);
    const auto dir = std::filesystem::temp_directory_path() / ("quantscope-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "resnet50_shaped.pt";
    const std::string params = buildResNet50Shaped(file);
    std::printf("built %s (%s parameters, %.1f MB file)\n", file.c_str(), params.c_str(),
                double(std::filesystem::file_size(file)) / 1e6);
    std::fflush(stdout);
    // A fresh process, so the peak memory is that of loading, not of building.
    const std::string command = std::string("\"") + argv[0] + "\" --measure \"" + file.string() + "\"";
    const int status = std::system(command.c_str());
    std::filesystem::remove_all(dir);
    return status == 0 ? 0 : 1;
}
