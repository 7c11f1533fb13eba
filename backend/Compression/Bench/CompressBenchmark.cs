// `bench compress`: generates an ONNX model of LLM-like shapes (about --size-mb, 500 MB by default), times one plain copy of
// it (read and write once, flushed to disk, as an operation's Save is), then runs magnitude pruning, 4-bit palettization and
// float16 conversion on it through the same factory `compress` uses, each with its seconds and peak memory (working set
// growth, PeakWorkingSet). Issue 16's goals: each operation within 2 × the copy's time and 3 × the largest tensor's size.
using System.Diagnostics;
using System.Text.Json;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Bench;

/// <param name="TimeRatio">Seconds ÷ the plain copy's seconds (goal ≤ TimeGoal).</param>
/// <param name="MemoryRatio">Peak memory ÷ the largest tensor's bytes (goal ≤ MemoryGoal).</param>
public sealed record CompressBenchmarkOperation(string Operation, double Seconds, double TimeRatio, double PeakMemoryMegabytes, double MemoryRatio,
    double ResultMegabytes, bool MeetsGoals);

public sealed record CompressBenchmarkResult(double ModelMegabytes, int Tensors, double LargestTensorMegabytes, double CopySeconds,
    IReadOnlyList<CompressBenchmarkOperation> Operations, double TimeGoal, double MemoryGoal);

public static class CompressBenchmark
{
    public const double TimeGoal = 2, MemoryGoal = 3;
    const double MB = 1024 * 1024;

    /// <summary>The operations measured, as a spec would declare them.</summary>
    static readonly (string Name, string Parameters)[] Operations =
    [
        (CompressionOperationNames.MagnitudePrune, """{"amount": 0.5, "scope": "global"}"""),
        (CompressionOperationNames.Palettize, """{"bits": 4}"""),
        (CompressionOperationNames.Float16, "{}"),
    ];

    public static CompressBenchmarkResult Run(int megabytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(megabytes, 1);
        var folder = Directory.CreateTempSubdirectory("cc-bench-compress-").FullName;
        try
        {
            var tensors = ProbeBenchmark.Shapes(megabytes * 1024L * 1024);
            var source = Path.Combine(folder, "model.onnx");
            OnnxWeightsWriter.Write(source, tensors, (t, values) =>
            {
                var random = new Random(t);
                for (var i = 0; i < values.Length; i++) values[i] = (random.NextSingle() * 2 - 1) * 0.05f;
            });
            var largest = tensors.Max(t => t.Shape.Aggregate(1L, (a, d) => a * d)) * sizeof(float);
            var spec = Path.Combine(folder, "spec.yaml");

            // The faster of two copies, one before the operations and one after, so a slow spell of the machine cannot flatter them.
            var copy = Copy(source, Path.Combine(folder, "copy-1.onnx"));
            var measured = new List<CompressBenchmarkOperation>();
            foreach (var (name, parameters) in Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operation = OnnxCompressionOperations.Create(new OperationApplication
                {
                    Name = name,
                    Parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(parameters)!,
                });
                var target = Path.Combine(folder, $"{measured.Count}.onnx");
                var (seconds, peak) = PeakWorkingSet.Measure(() => operation.Apply(new OnnxCompressionInput(source, target, spec), cancellationToken));
                var result = new FileInfo(target).Length / MB;
                File.Delete(target);
                measured.Add(new CompressBenchmarkOperation(name, seconds, 0, peak / MB, peak / (double)largest, result, false));
            }
            copy = Math.Min(copy, Copy(source, Path.Combine(folder, "copy-2.onnx")));
            return new CompressBenchmarkResult(new FileInfo(source).Length / MB, tensors.Count, largest / MB, copy,
                [.. measured.Select(m => m with { TimeRatio = m.Seconds / copy, MeetsGoals = m.Seconds / copy <= TimeGoal && m.MemoryRatio <= MemoryGoal })],
                TimeGoal, MemoryGoal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads <paramref name="source"/> and writes it to <paramref name="target"/> once, flushed to disk; its seconds. The copy is then deleted.</summary>
    static double Copy(string source, string target)
    {
        var watch = Stopwatch.StartNew();
        using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            input.CopyTo(output, 1 << 18);
            output.Flush(flushToDisk: true);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(target);
        return seconds;
    }
}
