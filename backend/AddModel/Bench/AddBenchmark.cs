// `bench add`: what adding a model costs beyond the measurements it makes. On a fresh digits demo it times, five times
// each and interleaved, OnnxChildMeasurer alone on a demo model (what compress spends measuring a child) and a whole
// `add` of the same file (checks, parse, measuring, the spec's atomic write); the output cache is emptied before every
// timing, so neither reuses the other's outputs. Goal (issue 18): the add's median at most 1.1 × the measuring's.
using System.Diagnostics;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.AddModel.Bench;

/// <param name="MeasureMs">Median milliseconds of the measurements alone.</param>
/// <param name="AddMs">Median milliseconds of a whole add of the same file.</param>
/// <param name="Overhead">AddMs ÷ MeasureMs.</param>
/// <param name="ChecksMs">Median milliseconds of the add before it measures (reading and parsing the spec, the checks).</param>
/// <param name="WriteMs">Median milliseconds of the add after it measured (the spec's atomic write).</param>
public sealed record AddBenchmarkResult(double MeasureMs, double AddMs, double Overhead, double Goal, double ChecksMs, double WriteMs, string Model, int Runs,
    int SpecModels);

public static class AddBenchmark
{
    public const double Goal = 1.1;
    const string Model = "cnn-prune50";

    public static async Task<AddBenchmarkResult> RunAsync(int runs, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("cc-bench-add-").FullName;
        try
        {
            progress.Begin("bench add: building the digits demo");
            DemoBuilder.Build(new DemoOptions(folder), NoProgress.Instance, cancellationToken);
            var spec = Path.Combine(folder, "models.json");
            var artifact = Path.Combine(folder, "models", $"{Model}.onnx");
            var cache = Path.Combine(folder, OutputCache.FolderName);
            var service = new AddModelService();
            var measure = new List<double>();
            var add = new List<double>();
            var checks = new List<double>();
            var writes = new List<double>();
            var specModels = 0;

            void TimeMeasure(ParsedSpec parsed, ModelSummary model)
            {
                Clear(cache);
                var clock = Stopwatch.StartNew();
                OnnxChildMeasurer.Measure(parsed with { Models = [.. parsed.Models, model] }, model, artifact, new MeasurementOptions(), new List<string>(),
                    NoProgress.Instance, cancellationToken);
                measure.Add(clock.Elapsed.TotalMilliseconds);
            }

            async Task TimeAddAsync(int i)
            {
                Clear(cache);
                var clock = Stopwatch.StartNew();
                var phases = new PhaseClock(clock);
                await service.AddAsync(new AddModelRequest(spec, artifact, $"bench-add-{i}", "cnn") { Progress = phases }, cancellationToken);
                add.Add(clock.Elapsed.TotalMilliseconds);
                checks.Add(phases.Began);
                writes.Add(clock.Elapsed.TotalMilliseconds - phases.Writing);
            }

            for (var i = 0; i < runs; i++)
            {
                progress.Report($"bench add: run {i + 1} of {runs}", 100 * i / runs);
                var parsed = SpecParser.Parse(spec, await File.ReadAllTextAsync(spec, cancellationToken), cancellationToken);
                specModels = parsed.Models.Count;
                var model = new ModelSummary
                {
                    Id = $"bench-measure-{i}",
                    Base = "cnn",
                    Artifact = $"models/{Model}.onnx",
                    Metrics = new Dictionary<string, double?>(),
                    Line = 0,
                    Column = 0,
                };
                // Alternated, so that neither side always runs first (warmer caches, a quieter spell of a shared machine).
                if (i % 2 == 0)
                {
                    TimeMeasure(parsed, model);
                    await TimeAddAsync(i);
                }
                else
                {
                    await TimeAddAsync(i);
                    TimeMeasure(parsed, model);
                }
            }
            progress.End("bench add: done");
            var (measureMs, addMs) = (Median(measure), Median(add));
            return new AddBenchmarkResult(Math.Round(measureMs, 1), Math.Round(addMs, 1), Math.Round(addMs / measureMs, 3), Goal,
                Math.Round(Median(checks), 1), Math.Round(Median(writes), 1), Model, runs, specModels);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>When the add began measuring and began writing the spec, in milliseconds on the add's clock (from its progress).</summary>
    sealed class PhaseClock(Stopwatch clock) : IWorkProgress
    {
        public double Began { get; private set; }
        public double Writing { get; private set; }
        public void Begin(string message) => Began = clock.Elapsed.TotalMilliseconds;
        public void Report(string message, int percentage)
        {
            if (message.EndsWith(AddModelService.WritingPhase, StringComparison.Ordinal)) Writing = clock.Elapsed.TotalMilliseconds;
        }
        public void End(string message) { }
    }

    static void Clear(string cache)
    {
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
    }

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
