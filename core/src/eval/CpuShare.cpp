#include "quantscope/CpuShare.h"

#include <chrono>
#include <cstdio>

#include <sys/resource.h>

namespace qs {

namespace {

double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1.0;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

CpuClock::CpuClock()
    : m_cpuStart(processCpuSeconds())
    , m_wallStart(wallSeconds())
{
}

double CpuClock::coresUsed() const
{
    const double cpu = processCpuSeconds(), wall = wallSeconds() - m_wallStart;
    if (m_cpuStart < 0.0 || cpu < 0.0 || wall <= 0.0)
        return 0.0;
    return (cpu - m_cpuStart) / wall;
}

std::optional<std::string> busyMachineNote(double coresUsed, int threads)
{
    if (coresUsed <= 0.0 || threads < 1 || coresUsed >= 0.6 * double(threads))
        return std::nullopt;
    char text[320];
    std::snprintf(text, sizeof text,
                  "the CPU was busy with other programs while timing: %d threads kept %.1f cores busy, so the "
                  "latencies are slower (and the speed-up less certain) than on a quiet machine; measure again "
                  "when it is idle",
                  threads, coresUsed);
    return std::string(text);
}

} // namespace qs
