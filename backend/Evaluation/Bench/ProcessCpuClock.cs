// CPU time of the whole process (every thread: inference, the dataset reader, cache writers, the GC), for
// benchmarks on machines shared with other work: wall time there measures the neighbours' load as much as
// ours, while CPU time counts only what this process did. clock_gettime(CLOCK_PROCESS_CPUTIME_ID) is exact
// to the nanosecond on Linux; Process.TotalProcessorTime (the fallback elsewhere) ticks every 10 ms there.
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CompressCompare.Backend.Evaluation.Bench;

internal static class ProcessCpuClock
{
    const int ClockProcessCpuTimeId = 2;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Seconds of CPU the process has used so far.</summary>
    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockProcessCpuTimeId, out var time) == 0)
            return time.Seconds + time.Nanoseconds * 1e-9;
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }
}
