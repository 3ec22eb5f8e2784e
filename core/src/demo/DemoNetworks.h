#pragma once

// Private to core: the four demo networks and how each is trained.

#include <torch/script.h>

#include <string>
#include <vector>

namespace qs {

struct DemoRecipe
{
    std::string title;
    std::string description;
    int epochs = 5;
    std::int64_t batchSize = 128;
    double learningRate = 1e-3; // Adam, cosine-annealed to zero over the run
    bool flipAugment = false;   // random horizontal flips of training images
};

struct DemoNetwork
{
    torch::jit::Module module; // in training mode, parameters requiring gradients
    DemoRecipe recipe;
};

const std::vector<std::string> &demoNetworkNames();
// A freshly initialised network (draws from torch's global generator; seed it first).
DemoNetwork buildDemoNetwork(const std::string &name);

} // namespace qs
