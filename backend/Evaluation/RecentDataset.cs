// The last dataset the evaluation read, kept for the next request of this process: the Behaviors panel asks
// for each model's outputs in its own request, and a user evaluates a spec's new models a few at a time, so
// without it every request re-read the inputs (Fashion-MNIST's 31 MB: 6–40 ms of CPU on this machine, as much
// as a tenth of the CNN's inference). One dataset at most, only up to 1 GiB, dropped after two idle minutes
// so an idle backend gives the memory back. The key is the files' content hash (re-hashed when a file's size
// or time changes) and the class names, so an edited dataset is read afresh.
namespace CompressCompare.Backend.Evaluation;

internal static class RecentDataset
{
    public const long MaxBytes = 1L << 30;
    static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(2);

    static readonly object Gate = new();
    static (string Key, EvaluationDataset Dataset)? kept;
    static readonly Timer Release = new(_ => Forget(), null, Timeout.Infinite, Timeout.Infinite);

    public static string KeyOf(string hash, IReadOnlyList<string> classes) => $"{hash}\n{string.Join('\u0001', classes)}";

    /// <summary>The kept dataset when it has this key (and the idle clock restarts), else null.</summary>
    public static EvaluationDataset? Find(string key)
    {
        lock (Gate)
        {
            if (kept is not { } entry || entry.Key != key) return null;
            Release.Change(KeepFor, Timeout.InfiniteTimeSpan);
            return entry.Dataset;
        }
    }

    /// <summary>Keeps a completely read dataset in place of the one kept before, unless it is larger than MaxBytes.</summary>
    public static void Keep(string key, EvaluationDataset dataset, long bytes)
    {
        if (bytes > MaxBytes) return;
        lock (Gate)
        {
            kept = (key, dataset);
            Release.Change(KeepFor, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Drops the kept dataset (tests and benchmarks measure a first read with it).</summary>
    public static void Forget()
    {
        lock (Gate) kept = null;
    }
}
