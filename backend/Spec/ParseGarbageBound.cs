// Keeps the garbage of a large spec parse small. Each model's JSON nodes are garbage once the model is read, but the
// runtime lets gen0 grow to its budget (tens of MB on a machine with a large cache) before collecting: at 100,000
// models that uncollected garbage took `spec/summarize` from 3.5 to 4.7 times the file's size (issue 17's goal is 4).
// Collecting gen0 after every few MB of a parse's allocations costs a few milliseconds, as the models that survive are
// what any collection would have copied anyway.
namespace CompressCompare.Backend.Spec;

/// <summary>Collects gen0 whenever this thread has allocated <see cref="Bytes"/> since the last time it did.</summary>
internal sealed class ParseGarbageBound
{
    /// <summary>Small against the summary (1.3 × the file), large enough that collections stay few (a few dozen at 100,000 models).</summary>
    public const long Bytes = 8L * 1024 * 1024;
    private long _mark = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Called between models; cheap (a counter read) when nothing is due.</summary>
    public void Check()
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        if (now - _mark < Bytes) return;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _mark = now;
    }
}
