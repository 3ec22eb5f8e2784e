#pragma once

#include <string>

namespace qs {

// Looks at a file before torch does, so that the common mistakes get a message a user can act
// on: missing, unreadable, empty, not a zip archive, a torch.save() pickle or state_dict, a
// truncated archive. Throws qs::Error; returns the file's size when it looks like TorchScript.
long long checkTorchScriptFile(const std::string &path);

} // namespace qs
