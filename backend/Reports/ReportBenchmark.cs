// `bench report`: how long a whole report takes (read and hash the spec, budgets, Pareto set, Selection Details,
// charts, HTML, the atomic write) on `bench overview`'s synthetic spec of N models with 20 selected. The median of
// five runs after one warm-up run, so JIT compilation is not counted. Issue 18's goal: under 2 s for 1,000 models.
using System.Diagnostics;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Protocol.Reports;

namespace CompressCompare.Backend.Reports;

public sealed record ReportBenchmarkResult(int Models, int Selected, double ReportMs, double GoalMs, double OverGoal);

public static class ReportBenchmark
{
    public const int Runs = 5;
    public const int Selected = 20;
    public const double GoalMs = 2000;

    public static async Task<ReportBenchmarkResult> RunAsync(ReportService reports, int models, int seed, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("cc-bench-report-").FullName;
        try
        {
            var spec = Path.Combine(folder, "synthetic.models.json");
            var text = SyntheticSpec.Generate(models, seed);
            await File.WriteAllTextAsync(spec, text, cancellationToken);
            // Spread over the spec rather than its first rows: a selection that spans trees and depths, as a brush would.
            var ids = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(spec, cancellationToken)).RootElement.GetProperty("models")
                .EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
            var selected = Enumerable.Range(0, Math.Min(Selected, ids.Count)).Select(i => ids[i * ids.Count / Math.Min(Selected, ids.Count)]).ToList();
            var request = new WriteReportParams
            {
                Path = spec,
                ModelIds = selected,
                Budgets = [$"{SyntheticSpec.Accuracy}>=0.5"],
                Out = Path.Combine(folder, "report.html"),
            };
            await reports.WriteAsync(request, cancellationToken);
            var times = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                // Other bytes each run (trailing spaces), so the held parse of the last run is not reused: the spec is read anew, as on a first export.
                await File.WriteAllTextAsync(spec, text + new string(' ', run + 1), cancellationToken);
                var clock = Stopwatch.StartNew();
                await reports.WriteAsync(request, cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var median = times.Order().ElementAt(Runs / 2);
            return new ReportBenchmarkResult(models, selected.Count, Math.Round(median, 1), GoalMs, Math.Round(median / GoalMs, 3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
