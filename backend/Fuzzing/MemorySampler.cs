// Samples the process's working set every few milliseconds on its own thread, so the fuzzer can tell which input
// took memory past the limit (the OS's peak alone says only that some input did).
namespace CompressCompare.Backend.Fuzzing;

internal sealed class MemorySampler : IDisposable
{
    readonly Timer _timer;
    long _highest;
    long _peak;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, 0, 5);

    /// <summary>Highest working set since the last Reset.</summary>
    public long Highest { get { Sample(); return Interlocked.Read(ref _highest); } }

    /// <summary>Highest working set since the sampler started.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public void Reset() => Interlocked.Exchange(ref _highest, Environment.WorkingSet);

    void Sample()
    {
        var now = Environment.WorkingSet;
        InterlockedMax(ref _highest, now);
        InterlockedMax(ref _peak, now);
    }

    static void InterlockedMax(ref long target, long value)
    {
        for (var current = Interlocked.Read(ref target); value > current; current = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
    }

    public void Dispose() => _timer.Dispose();
}
