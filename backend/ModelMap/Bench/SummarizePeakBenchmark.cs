// `bench overview`'s memory figure: how far the managed heap rises while `spec/summarize` reads the spec from disk,
// parses it and lays out its Model Map, against the file's size (issue 17's goal: at most 4 × the file).
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace CompressCompare.Backend.ModelMap.Bench;

/// <summary>
/// The heap's highest rise during one summarize, in bytes, and that rise over the file's size; HeldBytes is what the
/// summary (and the parse the backend keeps as its snapshot) still takes once the garbage is collected; SummarizeMs
/// times the request itself.
/// </summary>
public sealed record SummarizePeak(long PeakBytes, double OverFile, long HeldBytes)
{
    /// <summary>The median time of a whole `spec/summarize` request (read, parse, layout) after the measured one.</summary>
    public double SummarizeMs { get; init; }
}

public static class SummarizePeakBenchmark
{
    // A summarize of 100,000 models runs for hundreds of milliseconds; a sample every millisecond finds its top
    // within one millisecond's allocation, and reading the heap's size is far cheaper than that.
    static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// The heap is sampled while the summary is made and once more with it still held; what it held before (the
    /// benchmark's own spec text) is taken off. Garbage not yet collected counts: the process holds that memory too.
    /// </summary>
    public static async Task<SummarizePeak> RunAsync(string specPath, CancellationToken cancellationToken)
    {
        var map = new ModelMapService(new SpecService(NullLogger<SpecService>.Instance));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(SampleEvery);
            try
            {
                while (await timer.WaitForNextTickAsync(sampling.Token)) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
            catch (OperationCanceledException) { }
        }, CancellationToken.None);

        var summary = await map.SummarizeAsync(specPath, null, cancellationToken);
        await sampling.CancelAsync();
        await sampler;
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        // Never below zero: whatever else the process freed meanwhile is no part of the summary.
        var held = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - before);
        GC.KeepAlive(summary);

        var rise = peak - before;
        return new SummarizePeak(rise, Math.Round(rise / (double)new FileInfo(specPath).Length, 2), held)
        {
            SummarizeMs = await TimeSummarizeAsync(map, specPath, cancellationToken),
        };
    }

    // What a save costs the backend before the panel can redraw: each request reads and parses the file anew, as
    // the host's request after a save does (the snapshot store is only consulted by requests that name a snapshot).
    static async Task<double> TimeSummarizeAsync(ModelMapService map, string specPath, CancellationToken cancellationToken)
    {
        var times = new List<double>(OverviewBenchmark.Runs);
        for (var run = 0; run < OverviewBenchmark.Runs; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await map.SummarizeAsync(specPath, null, cancellationToken);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return OverviewBenchmark.Median(times);
    }
}
