#pragma once

// The CLI's exit statuses, as the README documents them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // something went wrong that is not the input's fault
    ExitUsage = 2,    // unknown command, missing or bad argument
    ExitBadInput = 3, // the model, data or plan given cannot be used
    ExitCheckFailed = 4, // compare: a limit set with --max-drop or --min-agreement was not met
};
