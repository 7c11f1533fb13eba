// Wall time of each stage of an evaluation request (spec read, dataset read, session loads, batches, softmax,
// cache writes), summed over its models. Filled only when a caller asks: `bench evaluate` prints it, so the
// overhead over bare session.Run can be traced to a stage instead of guessed.
using System.Collections.Concurrent;
using System.Diagnostics;

namespace CompressCompare.Backend.Evaluation;

public sealed class EvaluationStages
{
    public const string Spec = "specRead";
    public const string Dataset = "datasetRead";
    public const string ArtifactHash = "artifactHash";
    public const string CacheLookup = "cacheLookup";
    public const string SessionLoad = "sessionLoad";
    public const string Batches = "batches";
    public const string Outputs = "softmaxAndOutputs";
    /// <summary>Waiting for cache writes (Arrow file, rename) that inference did not hide.</summary>
    public const string CacheWrite = "cacheWriteWait";
    public const string Accuracy = "accuracy";

    readonly ConcurrentDictionary<string, double> _seconds = new();

    /// <summary>Seconds per stage, summed over the request's models.</summary>
    public IReadOnlyDictionary<string, double> Seconds => new SortedDictionary<string, double>(_seconds);

    public void Add(string stage, TimeSpan elapsed) => _seconds.AddOrUpdate(stage, elapsed.TotalSeconds, (_, s) => s + elapsed.TotalSeconds);

    /// <summary>Runs <paramref name="work"/>, adding its time to <paramref name="stage"/> of <paramref name="stages"/> when there is one.</summary>
    public static T Time<T>(EvaluationStages? stages, string stage, Func<T> work)
    {
        if (stages is null) return work();
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            stages.Add(stage, Stopwatch.GetElapsedTime(start));
        }
    }
}
