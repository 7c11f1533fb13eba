// The metrics every experiment built by the backend records, declared once: their spec names, formats and
// units, so the demo, `compress` and the views agree on what "Model Size" means.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

public static class ExperimentMetrics
{
    public const string Top1 = "Top-1 Accuracy";
    public const string Top5 = "Top-5 Accuracy";
    /// <summary>Bytes of the exported .onnx file: what a deployment ships.</summary>
    public const string ModelSize = "Model Size";
    /// <summary>
    /// Bytes of the .onnx file after DEFLATE (optimal level): pruned zeros cost almost nothing here although the
    /// file stores them, as the paper's specs report pruned models. Listed first among the sizes, so the
    /// scatterplot's default x axis (the first size metric) shows pruning moving models left.
    /// </summary>
    public const string CompressedSize = "Compressed Size";
    /// <summary>Median milliseconds of ONNX Runtime's session.Run over a fixed batch, after warm-up.</summary>
    public const string Latency = "Latency";
    public const string LatencyP90 = "Latency p90";
    /// <summary>Fraction of exact zeros over the Linear and Conv weights (biases and normalization excluded).</summary>
    public const string Sparsity = "Sparsity";
    public const string Parameters = "Parameters";

    public static string ClassAccuracy(string className) => $"Accuracy · {className}";

    public static IReadOnlyList<MetricDefinition> Declarations(IReadOnlyList<string> classNames) =>
    [
        new() { Name = Top1, Min = 0, Max = 1, Primary = true, Format = ".2~%" },
        new() { Name = Top5, Min = 0, Max = 1, Format = ".2~%" },
        new() { Name = CompressedSize, Min = 0, Primary = true, Format = ".3~s", Unit = "B" },
        new() { Name = ModelSize, Min = 0, Primary = true, Format = ".3~s", Unit = "B" },
        new() { Name = Latency, Min = 0, Primary = true, Format = ".3~f", Unit = "ms" },
        new() { Name = LatencyP90, Min = 0, Format = ".3~f", Unit = "ms" },
        new() { Name = Sparsity, Min = 0, Max = 1, Primary = true, Format = ".1~%" },
        new() { Name = Parameters, Min = 0, Format = ".3~s" },
        .. classNames.Select(c => new MetricDefinition { Name = ClassAccuracy(c), Min = 0, Max = 1, Format = ".1~%" }),
    ];
}
