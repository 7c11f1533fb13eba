// Measures a model file added to a spec with exactly the measurements `compress` makes on its children
// (OnnxChildMeasurer) where it can, and says which of compress's metrics it could not record and why: an .onnx file
// that does not run on the spec's dataset, or a spec without one, still gets what its file alone tells (sizes,
// sparsity, parameters); a .safetensors file holds weights without the graph that runs them, so it gets only those.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.AddModel;

internal sealed record MeasuredModel(Dictionary<string, double?> Metrics, IReadOnlyList<SkippedMetric> Skipped);

internal static class AddedModelMeasurer
{
    /// <summary>The metrics `compress` records on every child (class accuracies and Top-5 go with Top-1, where the dataset has them).</summary>
    static readonly string[] Core =
    [
        ExperimentMetrics.Top1, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90, ExperimentMetrics.ModelSize,
        ExperimentMetrics.CompressedSize, ExperimentMetrics.Sparsity, ExperimentMetrics.Parameters,
    ];

    static readonly string[] Run = [ExperimentMetrics.Top1, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90];

    public static MeasuredModel Unmeasured() =>
        new([], [.. Core.Select(m => new SkippedMetric { Metric = m, Reason = "not measured: the model was added with --no-measure; add it again without it to measure." })]);

    /// <summary><paramref name="model"/> is the new entry (not yet in <paramref name="spec"/>); <paramref name="artifact"/> its real path.</summary>
    public static MeasuredModel Measure(ParsedSpec spec, ModelSummary model, string artifact, ICollection<string> written, IWorkProgress progress,
        CancellationToken cancellationToken)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, double?> metrics;
        if (!OnnxChildWriter.IsOnnx(artifact))
        {
            metrics = FileMetrics(spec, artifact, cancellationToken);
            foreach (var m in Run) reasons[m] = "a .safetensors file holds weights without the graph that runs them; export the model to ONNX and add the .onnx file to measure it.";
        }
        else if (spec.Dataset is null)
        {
            metrics = FileMetrics(spec, artifact, cancellationToken);
            foreach (var m in Run) reasons[m] = "the spec has no \"dataset\" to run the model on; declare one to measure it.";
        }
        else
        {
            try
            {
                metrics = OnnxChildMeasurer.Measure(spec with { Models = [.. spec.Models, model] }, model, artifact, new MeasurementOptions(),
                    written, progress, cancellationToken);
                if (!TaskOutputs.HasClassLabels(spec.Dataset.Task)) reasons[ExperimentMetrics.Top1] = "the dataset's task has no class labels to score it against.";
            }
            catch (BackendException e) when (!cancellationToken.IsCancellationRequested && e.Code != Protocol.Rpc.RpcErrorCodes.PathRefused)
            {
                // It does not run on the spec's dataset (inputs that do not bind, an operator ONNX Runtime lacks): what its file tells still counts.
                metrics = FileMetrics(spec, artifact, cancellationToken);
                foreach (var m in Run) reasons[m] = $"it did not run on the spec's dataset: {e.Message}";
            }
        }
        return new(metrics, Skipped(spec, metrics, reasons));
    }

    /// <summary>What the file alone tells: its sizes (as stored and deflated), and its weights' sparsity and count.</summary>
    static Dictionary<string, double?> FileMetrics(ParsedSpec spec, string artifact, CancellationToken cancellationToken)
    {
        var metrics = new Dictionary<string, double?>
        {
            [ExperimentMetrics.ModelSize] = new FileInfo(artifact).Length,
            [ExperimentMetrics.CompressedSize] = ModelMeasurer.DeflatedSize(artifact),
        };
        var (weights, zeros, parameters) = OnnxChildWriter.IsOnnx(artifact)
            ? OnnxChildMeasurer.CountWeights(artifact, cancellationToken)
            : SafetensorsWeights.Count(artifact, cancellationToken);
        if (weights > 0) metrics[ExperimentMetrics.Sparsity] = Math.Round((double)zeros / weights, 6);
        metrics[ExperimentMetrics.Parameters] = parameters;
        return spec.Metrics.Count == 0 ? metrics : OnnxChildMeasurer.Declared(metrics, spec.Metrics);
    }

    static IReadOnlyList<SkippedMetric> Skipped(ParsedSpec spec, Dictionary<string, double?> metrics, Dictionary<string, string> reasons)
    {
        var declared = spec.Metrics.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A spec that calls Top-1 plain "Accuracy" gets it recorded under that name (OnnxChildMeasurer.Declared).
        var accuracyRecorded = metrics.ContainsKey(ExperimentMetrics.Top1) || metrics.Keys.Any(k => string.Equals(k, "Accuracy", StringComparison.OrdinalIgnoreCase));
        return [.. Core
            .Where(m => m == ExperimentMetrics.Top1 ? !accuracyRecorded : !metrics.ContainsKey(m))
            .Select(m => new SkippedMetric
            {
                Metric = m,
                Reason = reasons.GetValueOrDefault(m)
                    ?? (spec.Metrics.Count > 0 && !declared.Contains(m)
                        ? $"the spec's \"metrics\" do not declare \"{m}\"; declare it to record it."
                        : m == ExperimentMetrics.Sparsity ? "the file has no 2-D or 4-D weight tensors (Linear, Conv) to count zeros in." : "it could not be measured on this model."),
            })];
    }
}
