// `bench overview`'s Selection Details request as the backend serves it: on the snapshot the Model Map drew (a
// held parse: no read, no parse) against re-reading and re-parsing the spec, what every request did before
// snapshots. Medians of a few runs after a warm-up, like OverviewBenchmark.
using System.Diagnostics;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace CompressCompare.Backend.ModelMap.Bench;

/// <summary>Milliseconds of one `selection/explain` on the benchmark's selection, each way.</summary>
public sealed record SnapshotExplainTimings(double SnapshotMs, double RereadMs);

public static class SnapshotExplainBenchmark
{
    /// <param name="specPath">The spec on disk (what `spec/summarize` reads first, as the extension does).</param>
    public static async Task<SnapshotExplainTimings> RunAsync(string specPath, CancellationToken cancellationToken)
    {
        var specs = new SpecService(NullLogger<SpecService>.Instance);
        var map = new ModelMapService(specs);
        var summary = await map.SummarizeAsync(specPath, null, cancellationToken);
        var selection = OverviewBenchmark.LargestFirstStepSubtree(summary.Layout, OverviewBenchmark.MaxSelected);
        var snapshot = await TimeAsync(() => map.ExplainSelectionAsync(specPath, null, summary.Snapshot, selection, cancellationToken));
        var reread = await TimeAsync(async () => SelectionExplainer.Explain(await specs.ReadAsync(specPath, null, cancellationToken), selection));
        return new(snapshot, reread);
    }

    static async Task<double> TimeAsync<T>(Func<Task<T>> request)
    {
        await request();
        var runs = new List<double>(OverviewBenchmark.Runs);
        for (var i = 0; i < OverviewBenchmark.Runs; i++)
        {
            // The previous run's garbage would otherwise be collected inside this run's timing.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            await request();
            runs.Add(watch.Elapsed.TotalMilliseconds);
        }
        return OverviewBenchmark.Median(runs);
    }
}
