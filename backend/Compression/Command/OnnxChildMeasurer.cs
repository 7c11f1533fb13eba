// Measures a child that `compress` wrote as an .onnx file, for any ONNX model a spec names: its accuracy through the
// evaluation pipeline (the same input binding, task outputs and output cache as `evaluate`, so opening the child in the
// Behaviors panel later reads the cached outputs), its latency on one bound batch of the spec's dataset, its sizes, and
// its sparsity and parameter count from the weights it holds, read one tensor at a time. What cannot be measured on a
// model (accuracy for a task without class labels, latency without a dataset) is left out, never guessed.
using System.Diagnostics;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Signatures;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Compression.Command;

internal static class OnnxChildMeasurer
{
    /// <summary>
    /// The metrics of <paramref name="child"/> (already in <paramref name="spec"/>'s model list, its artifact written). A spec that
    /// declares metrics gets only declared ones: recording another would add a "not declared" warning to the user's spec.
    /// The output cache file measuring adds is put in <paramref name="written"/>, for removal when the child is not kept.
    /// </summary>
    public static Dictionary<string, double?> Measure(ParsedSpec spec, ModelSummary child, string artifact, MeasurementOptions options,
        ICollection<string> written, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var metrics = new Dictionary<string, double?>();
        if (spec.Dataset is not null)
        {
            AddAccuracy(metrics, spec, child, artifact, written, progress, cancellationToken);
            AddLatency(metrics, spec, child.Id, artifact, options, cancellationToken);
        }
        metrics[ExperimentMetrics.ModelSize] = new FileInfo(artifact).Length;
        metrics[ExperimentMetrics.CompressedSize] = ModelMeasurer.DeflatedSize(artifact);
        cancellationToken.ThrowIfCancellationRequested();
        var (weights, zeros, parameters) = CountWeights(artifact, cancellationToken);
        if (weights > 0) metrics[ExperimentMetrics.Sparsity] = Math.Round((double)zeros / weights, 6);
        metrics[ExperimentMetrics.Parameters] = parameters;
        return spec.Metrics.Count == 0 ? metrics : Declared(metrics, spec.Metrics);
    }

    /// <summary>The measured metrics the spec declares; Top-1 is recorded under a declared plain "Accuracy" when that is the spec's name for it.</summary>
    internal static Dictionary<string, double?> Declared(Dictionary<string, double?> metrics, IReadOnlyList<MetricDefinition> declared)
    {
        var names = declared.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(ExperimentMetrics.Top1) && metrics.TryGetValue(ExperimentMetrics.Top1, out var top1)
            && declared.FirstOrDefault(m => string.Equals(m.Name, "Accuracy", StringComparison.OrdinalIgnoreCase)) is { } accuracy)
            metrics[accuracy.Name] = top1;
        return metrics.Where(m => names.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value);
    }

    static void AddAccuracy(Dictionary<string, double?> metrics, ParsedSpec spec, ModelSummary child, string artifact, ICollection<string> written,
        IWorkProgress progress, CancellationToken cancellationToken)
    {
        if (!TaskOutputs.HasClassLabels(spec.Dataset!.Task)) return;
        var id = child.Id;
        var resolver = new ModelOutputResolver(spec);
        ModelOutputs outputs;
        try
        {
            // The cache file the resolver is about to write, named as OutputCache names it (a fresh artifact has none yet).
            var key = ModelOutputResolver.CacheKeyOf(ContentHash.Of(artifact, cancellationToken), child.Output ?? spec.Dataset.Output, ExecutionProvider.Current);
            var cacheFile = new OutputCache(spec.Path).FileFor(key, EvaluationDataset.Locate(spec).Hash);
            if (!File.Exists(cacheFile)) written.Add(cacheFile);
            outputs = resolver.Resolve(id, new(new RequestProgress(progress, 1), id, 0), cancellationToken).Outputs;
        }
        catch (EvaluationException e)
        {
            throw e.ToBackendException(id);
        }
        finally
        {
            resolver.WaitForCacheWrites();
        }
        var labels = resolver.Labels();
        var classes = outputs.Classes;
        int top1 = 0, top5 = 0;
        var right = new int[classes];
        var count = new int[classes];
        for (var i = 0; i < outputs.Instances; i++)
        {
            var row = outputs.Probabilities.AsSpan(i * classes, classes);
            var label = labels[i];
            if (label < 0 || label >= classes) continue;
            // Rank of the true class: how many classes score strictly higher (ties in its favour), as ModelMeasurer counts it.
            var rank = 0;
            for (var c = 0; c < classes; c++) if (row[c] > row[label]) rank++;
            count[label]++;
            if (rank == 0) { top1++; right[label]++; }
            if (rank < 5) top5++;
        }
        if (outputs.Instances == 0) return;
        metrics[ExperimentMetrics.Top1] = Math.Round((double)top1 / outputs.Instances, 6);
        if (classes > 5) metrics[ExperimentMetrics.Top5] = Math.Round((double)top5 / outputs.Instances, 6);
        var names = spec.Dataset.Classes;
        for (var c = 0; c < Math.Min(classes, names.Count); c++)
            metrics[ExperimentMetrics.ClassAccuracy(names[c])] = count[c] == 0 ? null : Math.Round((double)right[c] / count[c], 6);
    }

    /// <summary>Median and p90 milliseconds of session.Run on the dataset's first batch, bound as `evaluate` binds it, after warm-up.</summary>
    static void AddLatency(Dictionary<string, double?> metrics, ParsedSpec spec, string id, string artifact, MeasurementOptions options,
        CancellationToken cancellationToken)
    {
        var dataset = EvaluationDataset.Load(spec, cancellationToken);
        using var session = OnnxInference.OpenSession(artifact);
        var (inputs, batch, fixedBatch) = InputBinder.Bind(session, dataset, id, options.LatencyBatch);
        var values = new OrtValue[inputs.Count];
        try
        {
            var count = Math.Min(batch, dataset.Count);
            for (var i = 0; i < values.Length; i++) values[i] = inputs[i].Batch(0, count, fixedBatch ? batch : count, cancellationToken);
            string[] names = [.. inputs.Select(i => i.Name)];
            string[] outputs = [.. session.OutputMetadata.Keys];
            using var runOptions = new RunOptions();
            using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
            var samples = new double[options.LatencyRuns];
            for (var run = -options.LatencyWarmup; run < options.LatencyRuns; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var results = session.Run(runOptions, names, values, outputs);
                    if (run >= 0) samples[run] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
                catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }
            var latency = LatencyStats.FromSamples(samples);
            metrics[ExperimentMetrics.Latency] = Math.Round(latency.MedianMs, 4);
            metrics[ExperimentMetrics.LatencyP90] = Math.Round(latency.P90Ms, 4);
        }
        finally
        {
            foreach (var value in values) value?.Dispose();
            foreach (var input in inputs) (input as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// Weights are the 2-D and 4-D tensors (Linear/MatMul, Conv): those named "*.weight" where the model names them so
    /// (PyTorch exports, the demo), every one otherwise (CNTK's "Parameter91"). Every float tensor counts as parameters,
    /// running statistics excepted. Tensors are read one at a time, so a large model never sits in memory whole.
    /// </summary>
    internal static (long Weights, long Zeros, long Parameters) CountWeights(string artifact, CancellationToken cancellationToken)
    {
        var tensors = OnnxModelReader.OpenIndexed(artifact).ReadWeightsOnDemand();
        var named = tensors.Keys.Any(n => n.EndsWith(".weight", StringComparison.Ordinal));
        long weights = 0, zeros = 0, parameters = 0;
        float[] buffer = [];
        foreach (var (name, tensor) in tensors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (name.EndsWith(".running_mean", StringComparison.Ordinal) || name.EndsWith(".running_var", StringComparison.Ordinal)) continue;
            var size = tensor.Shape.Aggregate(1L, (a, d) => a * d);
            parameters += size;
            if (tensor.Shape.Count is not (2 or 4) || (named && !name.EndsWith(".weight", StringComparison.Ordinal))) continue;
            if (buffer.Length < size) buffer = new float[size];
            var values = buffer.AsSpan(0, (int)size);
            tensor.ReadFloats(values);
            weights += size;
            zeros += size - CountNonZero(values);
        }
        return (weights, zeros, parameters);
    }

    static long CountNonZero(ReadOnlySpan<float> values)
    {
        long nonZero = 0;
        foreach (var v in values) if (v != 0f) nonZero++;
        return nonZero;
    }
}
