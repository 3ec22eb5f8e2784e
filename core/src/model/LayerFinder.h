#pragma once

#include "model/ModelImpl.h"

namespace qs {

// Walks an inlined forward graph and finds every quantizable layer: conv (aten::conv1d/conv2d,
// aten::_convolution), linear (aten::linear, aten::addmm / aten::matmul with a parameter weight),
// recurrent (aten::lstm, aten::gru) and embedding ops. Fills layers and tensors of impl
// (without statistics) in the order forward first calls them.
void findLayers(Model::Impl &impl);

} // namespace qs
