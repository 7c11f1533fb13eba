// `bench probe`: generates three safetensors (or, with --format onnx, ONNX; with onnx-int8, ONNX quantized as
// quantize_dynamic does: MatMulInteger; with pt, torch.save zips) models of LLM-like shapes (a base, a
// 50%-pruned copy, a perturbed copy), probes them, and compares with a plain read-and-sum over the same bytes (the issue's goal: the probe
// scans at ≥ half that speed) and its peak memory with the largest tensor (goal: ≤ 3 × + a constant).
// Peak memory is the process's working set growth during a probe (PeakWorkingSet); the largest over the rounds is reported. Timing alternates a probe and a plain
// pass for `repeat` rounds and compares their medians: both sides get the same estimator, and a slow spell of this
// shared machine's load lands on both.
using System.Diagnostics;
using System.Numerics.Tensors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;

namespace CompressCompare.Backend.Layers.Bench;

public sealed record ProbeBenchmarkResult(string Format, int Models, double MegabytesPerModel, int Tensors, double LargestTensorMegabytes,
    int Repeat, double ProbeSeconds, double PlainSumSeconds, double SpeedRatio, double SpeedGoal,
    double PeakMemoryMegabytes, double MemoryRatio, double MemoryGoal);

public static class ProbeBenchmark
{
    public const double SpeedGoal = 0.5, MemoryGoal = 3;
    public static readonly IReadOnlyList<string> Formats = ["safetensors", "onnx", "onnx-int8", "pt"];

    public static ProbeBenchmarkResult Run(int megabytes, int models, string format, CancellationToken cancellationToken, int repeat = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        if (!Formats.Contains(format)) throw new ArgumentException($"Unknown format {format}; use one of {string.Join(", ", Formats)}.", nameof(format));
        Func<string, ITensorSource> open = format switch
        {
            "onnx" or "onnx-int8" => f => new OnnxWeightSource(f),
            "pt" => f => new Sources.Torch.TorchZipSource(f),
            _ => f => new SafetensorsSource(f),
        };
        var folder = Directory.CreateTempSubdirectory("cc-bench-probe-").FullName;
        try
        {
            var tensors = Shapes(megabytes * 1024L * 1024);
            var files = Enumerable.Range(0, models).Select(m => Path.Combine(folder, $"model{m}.{(format == "onnx-int8" ? "onnx" : format)}")).ToList();
            for (var m = 0; m < models; m++) Generate(files[m], tensors, m, format);
            var largest = tensors.Max(t => t.Shape.Aggregate(1L, (a, d) => a * d)) * sizeof(float);

            WarmPageCache(files); // so both timings read from memory
            var (probes, plains, peak) = (new List<double>(), new List<double>(), 0L);
            for (var round = 0; round < repeat; round++)
            {
                if (round % 2 == 1) plains.Add(PlainSumSeconds(files, open));
                var (seconds, peakBytes) = ProbeOnce(files, open, cancellationToken);
                probes.Add(seconds);
                peak = Math.Max(peak, peakBytes);
                if (round % 2 == 0) plains.Add(PlainSumSeconds(files, open));
            }
            var (probe, plain) = (Median(probes), Median(plains));
            const double MB = 1024 * 1024;
            return new ProbeBenchmarkResult(format, models, megabytes, tensors.Count, largest / MB, repeat, probe, plain, plain / probe, SpeedGoal,
                peak / MB, (double)peak / largest, MemoryGoal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A decoder-only transformer's tensors (embedding, attention, MLP, norms) adding up to about <paramref name="bytes"/>.</summary>
    internal static List<(string Name, long[] Shape)> Shapes(long bytes)
    {
        var hidden = bytes >= 200L << 20 ? 1024 : 256;
        var (vocab, mlp) = (32_000L, hidden * 11 / 4);
        var layerBytes = (4L * hidden * hidden + 3L * mlp * hidden + 2L * hidden) * sizeof(float);
        var layers = Math.Max(1, (int)((bytes - vocab * hidden * sizeof(float)) / layerBytes));
        var shapes = new List<(string, long[])> { ("model.embed_tokens.weight", [vocab, hidden]) };
        for (var l = 0; l < layers; l++)
        {
            var p = $"model.layers.{l}";
            shapes.Add(($"{p}.input_layernorm.weight", [hidden]));
            foreach (var proj in new[] { "q_proj", "k_proj", "v_proj", "o_proj" }) shapes.Add(($"{p}.self_attn.{proj}.weight", [hidden, hidden]));
            shapes.Add(($"{p}.post_attention_layernorm.weight", [hidden]));
            shapes.Add(($"{p}.mlp.gate_proj.weight", [mlp, hidden]));
            shapes.Add(($"{p}.mlp.up_proj.weight", [mlp, hidden]));
            shapes.Add(($"{p}.mlp.down_proj.weight", [hidden, mlp]));
        }
        shapes.Add(("model.norm.weight", [hidden]));
        return shapes;
    }

    /// <summary>Model 0 is the base; 1 zeroes its values below the median magnitude (50% pruned); others perturb every value by up to 5%.</summary>
    static void Generate(string path, List<(string Name, long[] Shape)> tensors, int model, string format)
    {
        Action<int, float[]> fill = (t, values) =>
        {
            var random = new Random(t);
            for (var i = 0; i < values.Length; i++) values[i] = (random.NextSingle() * 2 - 1) * 0.05f;
            if (model == 0) return;
            var noise = new Random(t * 31 + model);
            for (var i = 0; i < values.Length; i++)
                values[i] = model == 1 ? (Math.Abs(values[i]) < 0.025f ? 0 : values[i]) : values[i] * (1 + (noise.NextSingle() * 2 - 1) * 0.05f);
        };
        if (format.StartsWith("onnx", StringComparison.Ordinal)) OnnxWeightsWriter.Write(path, tensors, fill, int8: format == "onnx-int8");
        else if (format == "pt") TorchZipWriter.Write(path, tensors, fill);
        else SafetensorsWriter.Write(path, tensors, fill);
    }

    /// <summary>One probe of the files: its seconds and the peak growth of the working set during it.</summary>
    static (double Seconds, long PeakBytes) ProbeOnce(IReadOnlyList<string> files, Func<string, ITensorSource> open, CancellationToken cancellationToken) =>
        PeakWorkingSet.Measure(() =>
        {
            var sources = files.Select(open).ToList();
            try
            {
                WeightProbe.Run(sources, [.. files.Select(Path.GetFileName)!], WeightProbe.DefaultBins, NoProgress.Instance, cancellationToken);
            }
            finally
            {
                foreach (var s in sources) s.Dispose();
            }
        });

    internal static void WarmPageCache(IReadOnlyList<string> files)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer) > 0) { }
        }
    }

    /// <summary>Reads every tensor of every file and sums it: the floor any scan of the same bytes pays.</summary>
    static double PlainSumSeconds(IReadOnlyList<string> files, Func<string, ITensorSource> open)
    {
        var watch = Stopwatch.StartNew();
        double total = 0;
        foreach (var file in files)
        {
            using var source = open(file);
            var buffer = new float[source.Tensors.Max(t => t.Count)];
            foreach (var tensor in source.Tensors)
            {
                source.Read(tensor, buffer);
                total += TensorPrimitives.Sum(buffer.AsSpan(0, (int)tensor.Count));
            }
        }
        GC.KeepAlive(total);
        return watch.Elapsed.TotalSeconds;
    }

    static double Median(List<double> values)
    {
        values = [.. values.Order()];
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
