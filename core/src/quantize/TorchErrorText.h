#pragma once

// Private to core: turning LibTorch's errors into the one line a user needs.

#include <c10/util/Exception.h>

#include <string>

namespace qs {

// The message without C++ backtrace or TorchScript traceback: for interpreter errors the final
// "RuntimeError: ..." line, otherwise the first line. The interpreter rethrows an op's failure as
// std::runtime_error, so code that runs a module catches std::exception and passes it here.
std::string torchErrorText(const std::exception &error);

} // namespace qs
