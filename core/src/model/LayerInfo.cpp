#include "quantscope/LayerInfo.h"

namespace qs {

std::string toString(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv1d: return "Conv1d";
    case LayerKind::Conv2d: return "Conv2d";
    case LayerKind::Linear: return "Linear";
    case LayerKind::Lstm: return "LSTM";
    case LayerKind::Gru: return "GRU";
    case LayerKind::Embedding: return "Embedding";
    }
    return "?";
}

std::int64_t LayerInfo::outputChannels() const
{
    if (weightShape.empty() || channelAxis >= int(weightShape.size()))
        return 0;
    return weightShape[std::size_t(channelAxis)];
}

std::string LayerInfo::shapeString() const
{
    return shapeToString(weightShape);
}

std::string shapeToString(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += shape[i] < 0 ? std::string("?") : std::to_string(shape[i]);
    }
    return s + "]";
}

} // namespace qs
