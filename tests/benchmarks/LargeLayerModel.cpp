#include "LargeLayerModel.h"

#include "model/TorchScriptSource.h"

#include <torch/script.h>

namespace {

torch::jit::Module layerModule(const std::shared_ptr<torch::jit::CompilationUnit> &unit, const std::string &type,
                               const torch::Tensor &weight, const std::string &forward)
{
    torch::jit::Module m("__torch__." + type, unit);
    m.register_parameter("weight", weight, false);
    m.register_parameter("bias", torch::zeros({weight.size(0)}), false);
    m.register_attribute("training", c10::BoolType::get(), false);
    qs::defineTorchScript(m, forward);
    return m;
}

} // namespace

std::string writeLargeLayerModel(const std::string &path)
{
    torch::manual_seed(0);
    const auto unit = std::make_shared<torch::jit::CompilationUnit>();
    torch::jit::Module root("__torch__.LargeLayers", unit);
    // Normal weights with a few outliers, so histograms, clipping and error all have something to show.
    torch::Tensor convWeight = torch::randn({256, 512, 3, 3}) * 0.02;
    convWeight.view(-1).index_put_({torch::arange(0, convWeight.numel(), 9973)}, 0.3);
    root.register_module("conv", layerModule(unit, "Conv", convWeight,
        "def forward(self, x):\n    return torch.conv2d(x, self.weight, self.bias, [1, 1], [1, 1])\n"));
    root.register_module("fc", layerModule(unit, "Fc", torch::randn({1024, 1024}) * 0.03,
        "def forward(self, x):\n    return torch.linear(x, self.weight, self.bias)\n"));
    root.register_attribute("training", c10::BoolType::get(), false);
    qs::defineTorchScript(root,
        "def forward(self, x):\n"
        "    y = torch.relu(self.conv.forward(x))\n"
        "    y = torch.adaptive_avg_pool2d(y, [2, 2]).flatten(1)\n"
        "    return self.fc.forward(y)\n");
    root.save(path);
    return "conv,fc";
}
