#include "quantscope/Observer.h"

#include "quantscope/Error.h"

namespace qs {

std::string toString(ObserverKind kind)
{
    switch (kind) {
    case ObserverKind::MinMax: return "minmax";
    case ObserverKind::MovingAverageMinMax: return "moving_average_minmax";
    case ObserverKind::Histogram: return "histogram";
    case ObserverKind::Percentile: return "percentile";
    case ObserverKind::Entropy: return "entropy";
    case ObserverKind::Mse: return "mse";
    }
    return "unknown";
}

const std::vector<ObserverKind> &allObserverKinds()
{
    static const std::vector<ObserverKind> kinds = {ObserverKind::MinMax,     ObserverKind::MovingAverageMinMax,
                                                    ObserverKind::Histogram,  ObserverKind::Percentile,
                                                    ObserverKind::Entropy,    ObserverKind::Mse};
    return kinds;
}

ObserverKind observerKindFromString(const std::string &name)
{
    std::string valid;
    for (ObserverKind kind : allObserverKinds()) {
        if (toString(kind) == name)
            return kind;
        valid += (valid.empty() ? "" : ", ") + toString(kind);
    }
    throw Error("unknown observer '" + name + "': use one of " + valid);
}

} // namespace qs
