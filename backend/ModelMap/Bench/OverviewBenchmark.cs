// `bench overview`: how long the backend's share of the Compression Overview takes on a synthetic spec of
// N models: parse, Model Map layout, and Selection Details on a realistic selection. Medians of a few
// runs after one warm-up run, so JIT compilation is not counted.
using System.Diagnostics;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.ModelMap.Layout;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Bench;

/// <summary>
/// Medians in milliseconds. Parse times SpecParser.Parse on text already in memory (no file read). The explain
/// timings are whole `selection/explain` requests (SnapshotExplainBenchmark): on the drawn snapshot, and re-reading
/// the spec; RereadOverSnapshot is how many times slower the re-read is.
/// </summary>
public sealed record OverviewBenchmarkResult(int Models, double ParseMs, double LayoutMs, double ComparabilityMs, double TotalMs, int Selected)
{
    public double ExplainSnapshotMs { get; init; }
    public double ExplainRereadMs { get; init; }
    public double RereadOverSnapshot { get; init; }
}

public static class OverviewBenchmark
{
    public const int Runs = 5;
    /// <summary>Selection Details is asked about at most this many models, a large but plausible brush.</summary>
    public const int MaxSelected = 200;

    /// <param name="specPath">Where the spec is written, when given; it also becomes the summary's path.</param>
    public static OverviewBenchmarkResult Run(int models, int seed, string? specPath)
    {
        var text = SyntheticSpec.Generate(models, seed);
        if (specPath is not null) File.WriteAllText(specPath, text);
        var path = specPath ?? Path.Combine(Path.GetTempPath(), "synthetic.models.json");

        TimeOnce(path, text);
        var runs = Enumerable.Range(0, Runs).Select(_ => TimeOnce(path, text)).ToList();
        return new OverviewBenchmarkResult(models,
            Median(runs.Select(r => r.Parse)), Median(runs.Select(r => r.Layout)), Median(runs.Select(r => r.Comparability)),
            Median(runs.Select(r => r.Parse + r.Layout + r.Comparability)), runs[0].Selected);
    }

    static (double Parse, double Layout, double Comparability, int Selected) TimeOnce(string path, string text)
    {
        // The previous run's garbage would otherwise be collected inside this run's timings.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var parsed = SpecParser.Parse(path, text, CancellationToken.None);
        var parse = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var layout = MapLayoutBuilder.Build(parsed.Models);
        var layoutMs = watch.Elapsed.TotalMilliseconds;

        var selection = LargestFirstStepSubtree(layout, MaxSelected);
        watch.Restart();
        SelectionExplainer.Explain(parsed, selection);
        return (parse, layoutMs, watch.Elapsed.TotalMilliseconds, selection.Count);
    }

    /// <summary>
    /// The depth-1 model with the most descendants and its descendants, capped at <paramref name="cap"/>:
    /// what a user selects when brushing one branch of the Model Map.
    /// </summary>
    public static IReadOnlyList<string> LargestFirstStepSubtree(MapLayout layout, int cap)
    {
        // Nodes are in pre-order, so a subtree is the node and the run of deeper nodes after it.
        var (start, size) = (-1, 0);
        var nodes = layout.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Depth != 1) continue;
            var end = i + 1;
            while (end < nodes.Count && nodes[end].Depth > 1) end++;
            if (end - i > size) (start, size) = (i, end - i);
        }
        return start < 0 ? [] : [.. nodes.Skip(start).Take(Math.Min(size, cap)).Select(n => n.Id)];
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 2);
    }
}
