// Peak memory of one piece of work, as the benchmarks report it: the process's working set (managed and native), sampled
// every few milliseconds on a thread of its own while the work runs, minus the working set just before it. Earlier
// garbage is handed back to the OS first, so the work cannot hide its own memory in it.
using System.Diagnostics;

namespace CompressCompare.Backend.Layers.Bench;

public static class PeakWorkingSet
{
    /// <summary>Runs <paramref name="work"/>: its seconds and the peak growth of the working set during it.</summary>
    public static (double Seconds, long PeakBytes) Measure(Action work)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        var sampling = true;
        // A thread of its own: thread-pool work would starve behind the work's parallel loops.
        var sampler = new Thread(() =>
        {
            using var self = Process.GetCurrentProcess();
            while (Volatile.Read(ref sampling))
            {
                self.Refresh();
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), self.WorkingSet64));
                Thread.Sleep(2);
            }
        })
        { IsBackground = true };
        sampler.Start();
        var watch = Stopwatch.StartNew();
        try
        {
            work();
        }
        finally
        {
            Volatile.Write(ref sampling, false);
            sampler.Join();
        }
        return (watch.Elapsed.TotalSeconds, Math.Max(0, Interlocked.Read(ref peak) - before));
    }
}
