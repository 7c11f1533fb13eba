// `bench overview`: how long the backend's share of the Compression Overview takes on a synthetic spec of
// N models: parse, Model Map layout, and Selection Details on a realistic selection. Medians of a few runs once the
// JIT has settled, so compilation is not counted; the first run, cold, is reported apart. Each run also times a
// plain JSON parse of the same bytes, so the parser's cost reads as a ratio that a busy machine slows alike on both
// sides.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.ModelMap.Layout;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Bench;

/// <summary>
/// Medians in milliseconds. Parse times SpecParser.ParseFile on the file's bytes already in memory (no file read);
/// JsonParseMs times JsonDocument.Parse on the same bytes, and ParseVsJsonParse is the ratio of the two. The explain
/// timings are whole `selection/explain` requests (SnapshotExplainBenchmark): on the drawn snapshot, and re-reading
/// the spec; RereadOverSnapshot is how many times slower the re-read is. The goal ratios (issue 17) are
/// TotalOverGoal (TotalMs against 500 ms), ParseVsJsonParse and SummarizePeakOverFile (goal at most 4).
/// FirstRunMs is the first run in the process, JIT compilation included.
/// </summary>
public sealed record OverviewBenchmarkResult(int Models, double ParseMs, double LayoutMs, double ComparabilityMs, double TotalMs, int Selected)
{
    /// <summary>Issue 17: parse, layout and Selection Details of 100,000 models within half a second.</summary>
    public const double GoalTotalMs = 500;

    /// <summary>Parse, layout and Selection Details the first time in the process: what JIT compilation adds.</summary>
    public double FirstRunMs { get; init; }
    public double ExplainSnapshotMs { get; init; }
    public double ExplainRereadMs { get; init; }
    public double RereadOverSnapshot { get; init; }
    public double FileMegabytes { get; init; }
    public double JsonParseMs { get; init; }
    public double ParseVsJsonParse { get; init; }
    public double TotalOverGoal { get; init; }
    /// <summary>The managed heap's highest rise during one `spec/summarize` of the file (SummarizePeakBenchmark).</summary>
    public double SummarizePeakMegabytes { get; init; }
    public double SummarizePeakOverFile { get; init; }
    public double SummarizeHeldMegabytes { get; init; }
    /// <summary>A whole `spec/summarize` request from disk: the backend's share of the refresh after a save.</summary>
    public double SummarizeMs { get; init; }
}

public static class OverviewBenchmark
{
    public const int Runs = 5;
    /// <summary>
    /// Runs on a smaller spec before the timed ones. Tiered compilation recompiles a method with full optimization after
    /// 30 calls, and with profile-guided optimization after 30 more: with one warm-up run, the timed runs still ran
    /// methods called once per parse unoptimized and waited on the JIT (3% of their samples were the JIT's own).
    /// </summary>
    const int WarmUpRuns = 80;
    // Past the models the parse reads one at a time, so the batches' code is warmed too.
    const int WarmUpModels = DeferredItemPipeline.InlineItems + 4 * DeferredItemPipeline.BatchSize;
    /// <summary>Selection Details is asked about at most this many models, a large but plausible brush.</summary>
    public const int MaxSelected = 200;

    /// <param name="specPath">Where the spec is written, when given; it also becomes the summary's path.</param>
    public static OverviewBenchmarkResult Run(int models, int seed, string? specPath)
    {
        var bytes = Encoding.UTF8.GetBytes(SyntheticSpec.Generate(models, seed));
        if (specPath is not null) File.WriteAllBytes(specPath, bytes);
        var path = specPath ?? Path.Combine(Path.GetTempPath(), "synthetic.models.json");

        var first = TimeOnce(path, bytes);
        WarmUp(Math.Min(models, WarmUpModels), seed);
        TimeOnce(path, bytes);
        var runs = Enumerable.Range(0, Runs).Select(_ => TimeOnce(path, bytes)).ToList();
        var total = Median(runs.Select(r => r.Parse + r.Layout + r.Comparability));
        var jsonParse = Median(runs.Select(r => r.JsonParse));
        return new OverviewBenchmarkResult(models,
            Median(runs.Select(r => r.Parse)), Median(runs.Select(r => r.Layout)), Median(runs.Select(r => r.Comparability)),
            total, runs[0].Selected)
        {
            FirstRunMs = Math.Round(first.Parse + first.Layout + first.Comparability, 2),
            FileMegabytes = Math.Round(bytes.Length / 1e6, 1),
            JsonParseMs = jsonParse,
            // Each run's own ratio: a busy spell slows both parses of that run alike.
            ParseVsJsonParse = Median(runs.Select(r => r.Parse / Math.Max(r.JsonParse, 0.001))),
            TotalOverGoal = Math.Round(total / OverviewBenchmarkResult.GoalTotalMs, 2),
        };
    }

    static void WarmUp(int models, int seed)
    {
        var small = Encoding.UTF8.GetBytes(SyntheticSpec.Generate(models, seed));
        var path = Path.Combine(Path.GetTempPath(), "warm-up.models.json");
        // No forced collections: on the large spec's heap each costs more than a small run.
        for (var i = 0; i < WarmUpRuns; i++) TimeOnce(path, small, collect: false);
        // The last recompilations run on a background thread a moment after their 30th call.
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var wait = 0; wait < 20; wait++)
        {
            Thread.Sleep(100);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled) break;
            compiled = now;
        }
    }

    static (double Parse, double JsonParse, double Layout, double Comparability, int Selected) TimeOnce(string path, byte[] bytes, bool collect = true)
    {
        // The previous run's garbage would otherwise be collected inside this run's timings.
        if (collect) Collect();
        var watch = Stopwatch.StartNew();
        using (JsonDocument.Parse(bytes)) { }
        var jsonParse = watch.Elapsed.TotalMilliseconds;

        if (collect) Collect();
        watch.Restart();
        var parsed = SpecParser.ParseFile(path, bytes, CancellationToken.None);
        var parse = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var layout = MapLayoutBuilder.Build(parsed.Models);
        var layoutMs = watch.Elapsed.TotalMilliseconds;

        var selection = LargestFirstStepSubtree(layout, MaxSelected);
        watch.Restart();
        SelectionExplainer.Explain(parsed, selection);
        return (parse, jsonParse, layoutMs, watch.Elapsed.TotalMilliseconds, selection.Count);
    }

    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
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
