#pragma once

#include "quantscope/DemoCatalog.h"
#include "quantscope/Progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qs {

struct DemoTrainingOptions
{
    std::string outDir;     // NAME.pt and NAME.json are written here
    int epochs = 0;         // 0: the demo's own recipe
    std::uint64_t seed = 1;
    int threads = 2;        // LibTorch intra-op threads
};

// The demos Quantscope can train: "cnn", "lstm", "mlp", "resnet".
std::vector<std::string> demoNames();

// Trains a demo network on the Fashion-MNIST train split with LibTorch (a real TorchScript module
// built from source, its parameters trained with Adam), measures float top-1 on all test images,
// and writes NAME.pt (TorchScript, loadable by stock PyTorch) and NAME.json (metadata) through
// temporary files. Throws qs::Error for an unknown name or missing Fashion-MNIST train split.
DemoInfo trainDemo(const std::string &name, const DemoTrainingOptions &options, const Progress &progress = {});

} // namespace qs
