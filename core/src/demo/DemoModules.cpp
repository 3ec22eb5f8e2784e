#include "demo/DemoModules.h"

#include "model/TorchScriptSource.h"

#include <cmath>

namespace qs {

namespace {

std::string ints(std::int64_t v)
{
    return "[" + std::to_string(v) + ", " + std::to_string(v) + "]";
}

} // namespace

DemoModules::DemoModules()
    : m_unit(std::make_shared<torch::jit::CompilationUnit>())
{
}

torch::jit::Module DemoModules::module(const std::string &className)
{
    // One compilation unit for the whole network; mangling keeps classes of the same name
    // (two Conv2d with different strides) apart.
    torch::jit::Module m(c10::QualifiedName("__torch__.quantscope.demo." + className), m_unit, /*shouldMangle=*/true);
    m.register_attribute("training", c10::BoolType::get(), true);
    return m;
}

torch::Tensor DemoModules::uniform(std::vector<std::int64_t> shape, double bound)
{
    return torch::empty(shape).uniform_(-bound, bound).set_requires_grad(true);
}

torch::jit::Module DemoModules::conv2d(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride,
                                        std::int64_t padding)
{
    torch::jit::Module m = module("Conv2d");
    const double bound = 1.0 / std::sqrt(double(in * kernel * kernel));
    m.register_parameter("weight", uniform({out, in, kernel, kernel}, bound), false);
    m.register_parameter("bias", uniform({out}, bound), false);
    defineTorchScript(m, "def forward(self, x):\n    return torch.conv2d(x, self.weight, self.bias, " + ints(stride) + ", "
                             + ints(padding) + ", [1, 1], 1)\n");
    return m;
}

torch::jit::Module DemoModules::batchNorm2d(std::int64_t channels)
{
    torch::jit::Module m = module("BatchNorm2d");
    m.register_parameter("weight", torch::ones({channels}).set_requires_grad(true), false);
    m.register_parameter("bias", torch::zeros({channels}).set_requires_grad(true), false);
    m.register_buffer("running_mean", torch::zeros({channels}));
    m.register_buffer("running_var", torch::ones({channels}));
    // In training, batch statistics normalise and update the running ones (momentum 0.1, as torch.nn).
    defineTorchScript(m, "def forward(self, x):\n"
                         "    return torch.batch_norm(x, self.weight, self.bias, self.running_mean, self.running_var,"
                         " self.training, 0.1, 1e-05, False)\n");
    return m;
}

torch::jit::Module DemoModules::linear(std::int64_t in, std::int64_t out)
{
    torch::jit::Module m = module("Linear");
    const double bound = 1.0 / std::sqrt(double(in));
    m.register_parameter("weight", uniform({out, in}, bound), false);
    m.register_parameter("bias", uniform({out}, bound), false);
    defineTorchScript(m, "def forward(self, x):\n    return torch.linear(x, self.weight, self.bias)\n");
    return m;
}

torch::jit::Module DemoModules::lstm(std::int64_t in, std::int64_t hidden)
{
    torch::jit::Module m = module("LSTM");
    const double bound = 1.0 / std::sqrt(double(hidden));
    // torch.nn.LSTM's parameter names, so tools that know them (and our layer finder) recognise the layer.
    m.register_parameter("weight_ih_l0", uniform({4 * hidden, in}, bound), false);
    m.register_parameter("weight_hh_l0", uniform({4 * hidden, hidden}, bound), false);
    m.register_parameter("bias_ih_l0", uniform({4 * hidden}, bound), false);
    m.register_parameter("bias_hh_l0", uniform({4 * hidden}, bound), false);
    const std::string h = std::to_string(hidden);
    defineTorchScript(m, "def forward(self, x):\n"
                         "    h0 = torch.zeros([1, x.size(0), " + h + "], dtype=x.dtype, device=x.device)\n"
                         "    c0 = torch.zeros([1, x.size(0), " + h + "], dtype=x.dtype, device=x.device)\n"
                         "    out, hn, cn = torch.lstm(x, [h0, c0], [self.weight_ih_l0, self.weight_hh_l0, self.bias_ih_l0,"
                         " self.bias_hh_l0], True, 1, 0.0, self.training, False, True)\n"
                         "    return out\n");
    return m;
}

torch::jit::Module DemoModules::relu()
{
    torch::jit::Module m = module("ReLU");
    defineTorchScript(m, "def forward(self, x):\n    return torch.relu(x)\n");
    return m;
}

torch::jit::Module DemoModules::maxPool2d(std::int64_t kernel)
{
    torch::jit::Module m = module("MaxPool2d");
    defineTorchScript(m, "def forward(self, x):\n    return torch.max_pool2d(x, " + ints(kernel) + ", " + ints(kernel)
                             + ", [0, 0], [1, 1], False)\n");
    return m;
}

torch::jit::Module DemoModules::adaptiveAvgPool2d(std::int64_t outputSize)
{
    torch::jit::Module m = module("AdaptiveAvgPool2d");
    defineTorchScript(m, "def forward(self, x):\n    return torch.adaptive_avg_pool2d(x, " + ints(outputSize) + ")\n");
    return m;
}

torch::jit::Module DemoModules::flatten()
{
    torch::jit::Module m = module("Flatten");
    defineTorchScript(m, "def forward(self, x):\n    return torch.flatten(x, 1, -1)\n");
    return m;
}

torch::jit::Module DemoModules::sequential(const std::vector<torch::jit::Module> &children)
{
    torch::jit::Module m = module("Sequential");
    std::string source = "def forward(self, x):\n";
    for (std::size_t i = 0; i < children.size(); ++i) {
        m.register_module(std::to_string(i), children[i]);
        source += "    x = getattr(self, \"" + std::to_string(i) + "\").forward(x)\n";
    }
    defineTorchScript(m, source + "    return x\n");
    return m;
}

torch::jit::Module DemoModules::basicBlock(std::int64_t in, std::int64_t out, std::int64_t stride)
{
    torch::jit::Module m = module("BasicBlock");
    m.register_module("conv1", conv2d(in, out, 3, stride, 1));
    m.register_module("bn1", batchNorm2d(out));
    m.register_module("conv2", conv2d(out, out, 3, 1, 1));
    m.register_module("bn2", batchNorm2d(out));
    std::string source = "def forward(self, x):\n"
                         "    y = torch.relu(self.bn1.forward(self.conv1.forward(x)))\n"
                         "    y = self.bn2.forward(self.conv2.forward(y))\n";
    if (in != out || stride != 1) {
        m.register_module("downsample", sequential({conv2d(in, out, 1, stride, 0), batchNorm2d(out)}));
        source += "    return torch.relu(y + self.downsample.forward(x))\n";
    } else {
        source += "    return torch.relu(y + x)\n";
    }
    defineTorchScript(m, source);
    return m;
}

} // namespace qs
