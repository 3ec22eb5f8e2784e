#pragma once

#include <stdexcept>
#include <string>

namespace qs {

// The one exception type the engine lets out. Its message is written for the user: it says what
// went wrong and what to do about it. Torch's own errors are caught inside core and rewrapped.
class Error : public std::runtime_error
{
public:
    explicit Error(const std::string &message)
        : std::runtime_error(message)
    {
    }
};

// Thrown when the user cancelled a job; whatever the job was building is discarded.
class Cancelled : public Error
{
public:
    Cancelled()
        : Error("cancelled")
    {
    }
};

} // namespace qs
