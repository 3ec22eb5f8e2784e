#pragma once

// Private to core: builds the demo networks as real TorchScript modules from C++. Each layer is a
// child module with its own forward() written as TorchScript source, so stock PyTorch loads the
// saved file and Quantscope's layer finder sees module paths such as "features.0".

#include <torch/script.h>

#include <string>
#include <vector>

namespace qs {

class DemoModules final
{
public:
    DemoModules();

    // Layers, initialised as torch.nn initialises them (uniform in +-1/sqrt(fan_in)).
    torch::jit::Module conv2d(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride, std::int64_t padding);
    torch::jit::Module batchNorm2d(std::int64_t channels);
    torch::jit::Module linear(std::int64_t in, std::int64_t out);
    torch::jit::Module lstm(std::int64_t in, std::int64_t hidden); // batch-first, one layer, returns the output sequence
    torch::jit::Module relu();
    torch::jit::Module maxPool2d(std::int64_t kernel);
    torch::jit::Module adaptiveAvgPool2d(std::int64_t outputSize);
    torch::jit::Module flatten();
    // Children named "0", "1", ... run in order, like torch.nn.Sequential.
    torch::jit::Module sequential(const std::vector<torch::jit::Module> &children);
    // A ResNet basic block: conv-bn-relu-conv-bn, plus the input (through a 1x1 conv-bn when the shape changes), relu.
    torch::jit::Module basicBlock(std::int64_t in, std::int64_t out, std::int64_t stride);

    // An empty module of a new class; has the "training" attribute train()/eval() need.
    torch::jit::Module module(const std::string &className);

private:
    torch::Tensor uniform(std::vector<std::int64_t> shape, double bound);
    std::shared_ptr<torch::jit::CompilationUnit> m_unit;
};

} // namespace qs
