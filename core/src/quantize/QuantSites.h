#pragma once

// Private to core: where in a prepared graph each layer is called, what it reads, and where its
// result ends once the ops a quantized kernel absorbs (batch norm, relu) are counted in.
// Calibration observes exactly these values and the quantizer rewrites exactly these nodes.

#include "quantize/PreparedGraph.h"

namespace qs {

struct LayerSite
{
    std::size_t layer = 0;              // index into Model::layers()
    torch::jit::Node *node = nullptr;   // the conv / linear / lstm / gru / embedding call
    torch::jit::Node *batchNorm = nullptr; // a batch_norm reading the conv's output alone (folded)
    torch::jit::Node *relu = nullptr;      // a relu after it (fused)
    torch::jit::Value *input = nullptr;    // the float input (embedding: the indices) when the sites were found;
                                           // rewrites read node->input(0), which earlier rewrites may have replaced
    torch::jit::Value *output = nullptr;   // after batch norm and relu; output 0 for recurrent layers
};

// A tensor + tensor add (a residual connection), with a relu after it when there is one.
struct AddSite
{
    std::string name;                  // "add_0", "add_1", ... in graph order
    torch::jit::Node *add = nullptr;
    torch::jit::Node *relu = nullptr;
    torch::jit::Value *output = nullptr;
};

struct QuantSites
{
    std::vector<LayerSite> layers; // every call, in graph order (a layer called twice appears twice)
    std::vector<AddSite> adds;
};

QuantSites findQuantSites(const Model &model, const PreparedGraph &prepared);

// Ops such as aten::size and aten::dim read only a tensor's shape, so they can read a quantized
// (or any other same-shaped) stand-in.
bool readsOnlyMetadata(const torch::jit::Node *node);

} // namespace qs
