#pragma once

#include <string>

// Writes a TorchScript model whose layers each hold about a million weights (a 3×3 conv with
// 512 → 256 channels: 1 179 648 weights; a 1024 × 1024 linear: 1 048 576), for benchmarks that
// must not include torch next to Qt widgets. Returns the layers' module paths, comma-separated.
std::string writeLargeLayerModel(const std::string &path);
