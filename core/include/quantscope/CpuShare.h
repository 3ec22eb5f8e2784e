#pragma once

// How much of the CPU the process had while it timed something, to tell a
// latency measured on a busy machine from one measured on a quiet one.

#include <optional>
#include <string>

namespace qs {

// Started at construction: the process's CPU time (all threads, user + system) against the wall time.
class CpuClock
{
public:
    CpuClock();
    // Cores kept busy on average since construction (CPU seconds / wall seconds); 0 when unknown.
    double coresUsed() const;

private:
    double m_cpuStart;
    double m_wallStart;
};

// A note when timing threads kept fewer than 60 % of `threads` cores busy (their spinning waits
// count as busy, so on a quiet machine they keep about `threads`): other programs had the CPU.
std::optional<std::string> busyMachineNote(double coresUsed, int threads);

} // namespace qs
