#pragma once

#include "quantscope/Error.h"

#include <atomic>
#include <functional>
#include <string>

namespace qs {

// How a long job tells the caller how far it is, and how the caller asks it to stop.
// Both members are optional; a default Progress reports nowhere and never cancels.
struct Progress
{
    // fraction in [0, 1]; message names the current stage ("Reading model", "Layer 3 of 12").
    std::function<void(double fraction, const std::string &message)> onProgress;
    const std::atomic<bool> *cancelFlag = nullptr;

    void report(double fraction, const std::string &message) const
    {
        if (onProgress)
            onProgress(fraction, message);
    }
    bool isCancelled() const { return cancelFlag && cancelFlag->load(std::memory_order_relaxed); }
    // Called by jobs between steps: throws qs::Cancelled when the user asked to stop.
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }
};

} // namespace qs
