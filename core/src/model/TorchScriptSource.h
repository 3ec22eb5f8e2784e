#pragma once

// Private to core: compiling TorchScript source from C++ (demo models, benchmarks, rewritten graphs).

#include <torch/script.h>

#include <string>

namespace qs {

// Compiles `source` (TorchScript methods such as "def forward(self, x): ...") into module.
// Unlike Module::define's default resolver, it knows `torch.NAME` (the aten operator NAME) and
// `ops.NS.NAME` (the registered operator NS::NAME, e.g. ops.quantized.linear_dynamic).
void defineTorchScript(torch::jit::Module &module, const std::string &source);

} // namespace qs
