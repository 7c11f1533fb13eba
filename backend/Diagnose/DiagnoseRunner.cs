// The diagnosis itself: the base and the compressed model evaluated once each on the sample, then, per module group,
// the compressed model with that module restored (recovery) and the base with only that module compressed
// (sensitivity). Each variant is an edit of one model's graph (WeightSwap), saved once and run once through the spec's
// dataset feed: one session and one evaluation of the sample per variant, nothing per module beyond that. The base's and
// the compressed model's own outputs come from the output cache when it has them (SampleOutputCache), and go there when run.
using System.Diagnostics;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Rpc;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Diagnose;

/// <summary>A model of the spec to diagnose: its id and its .onnx artifact's real path.</summary>
internal sealed record DiagnosedModel(string Id, string File);

internal sealed class DiagnoseRunner(DatasetFeed feed, EvaluationDataset dataset, SampleOutputCache cache, string specPath, int instances)
{
    readonly List<double> _evaluationSeconds = [];

    /// <summary>Seconds each evaluation so far took, edit, save and session included (for `bench diagnose`); outputs read from the cache are not evaluations.</summary>
    public IReadOnlyList<double> EvaluationSeconds => _evaluationSeconds;

    public DiagnoseResult Run(DiagnosedModel baseModel, DiagnosedModel model, int? depth, bool sensitivity, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var baseSource = TensorSources.Open(baseModel.File, baseModel.Id);
        using var modelSource = TensorSources.Open(model.File, model.Id);
        var modules = DiagnoseModules.Changed(baseSource, modelSource, depth, cancellationToken);
        if (modules.Count == 0)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"No weight of \"{model.Id}\" that matches one of \"{baseModel.Id}\" differs from it, so no module can be restored.",
                new RpcErrorData { File = model.File, ModelId = model.Id, Hint = "Diagnose a model compressed from this base; Compare layers shows which weights the two models share." });
        var perModule = sensitivity ? 2 : 1;
        var total = 2 + perModule * modules.Count;
        progress.Begin($"Diagnosing {modules.Count} modules of {model.Id} on {Math.Min(instances, dataset.Count)} instances");
        var sample = feed.SampleIndices(instances);
        var baseOutputs = Outputs(baseModel, sample, progress, 100 / total, cancellationToken);
        var modelOutputs = Outputs(model, sample, progress, 200 / total, cancellationToken);
        var kind = SampleMetric.KindFor(baseOutputs.Width, dataset.Classes.Count);
        double Metric(SampleOutputs outputs) => SampleMetric.Of(kind, outputs, baseOutputs, dataset.Labels);
        var (baseMetric, modelMetric) = (Metric(baseOutputs), Metric(modelOutputs));
        var gap = baseMetric - modelMetric;
        var buffer = new float[modules.Max(m => m.Weights.Max(w => w.Base.Count))];
        var diagnoses = new List<ModuleDiagnosis>(modules.Count);
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var restoredOutputs = Evaluate(model, swap =>
            {
                foreach (var w in module.Weights) swap.ReplaceFrom(w.Model, baseSource, w.Base, buffer);
            }, cancellationToken);
            if (!restoredOutputs.Indices.AsSpan().SequenceEqual(modelOutputs.Indices))
            {
                // A model with a fixed batch dimension runs other instances than the cached sample: evaluate both models on those.
                (baseOutputs, modelOutputs) = (Evaluate(baseModel, null, cancellationToken), Evaluate(model, null, cancellationToken));
                (baseMetric, modelMetric) = (Metric(baseOutputs), Metric(modelOutputs));
                gap = baseMetric - modelMetric;
            }
            var restored = Metric(restoredOutputs);
            progress.Report($"{Shown(module.Name)}: restored", 100 * (3 + perModule * i) / total);
            double? alone = null;
            if (sensitivity)
            {
                alone = Metric(Evaluate(baseModel, swap =>
                {
                    foreach (var w in module.Weights) swap.ReplaceFrom(w.Base, modelSource, w.Model, buffer);
                }, cancellationToken));
                progress.Report($"{Shown(module.Name)}: compressed alone", 100 * (4 + 2 * i) / total);
            }
            diagnoses.Add(new ModuleDiagnosis
            {
                Module = module.Name,
                Params = module.Params,
                Recovery = gap == 0 ? null : (restored - modelMetric) / gap,
                RestoredMetric = restored,
                Sensitivity = baseMetric - alone,
                CompressedAloneMetric = alone,
            });
        }
        progress.End($"Diagnosed {modules.Count} modules of {model.Id}");
        return new DiagnoseResult
        {
            Base = baseModel.Id,
            Model = model.Id,
            Metric = kind,
            Instances = baseOutputs.Count,
            BaseMetric = baseMetric,
            ModelMetric = modelMetric,
            Seconds = clock.Elapsed.TotalSeconds,
            Modules = [.. diagnoses.OrderByDescending(d => d.Recovery ?? double.NegativeInfinity).ThenByDescending(d => d.Sensitivity ?? double.NegativeInfinity).ThenBy(d => d.Module, StringComparer.Ordinal)],
        };
    }

    static string Shown(string module) => module.Length == 0 ? "(top level)" : module;

    /// <summary>The model's outputs on <paramref name="sample"/>: from the output cache, else evaluated and stored there.</summary>
    SampleOutputs Outputs(DiagnosedModel model, int[] sample, IWorkProgress progress, int percent, CancellationToken cancellationToken)
    {
        if (cache.TryRead(model, sample, dataset.Count, cancellationToken) is { } cached)
        {
            progress.Report($"Read {model.Id}'s outputs from the cache", percent);
            return cached;
        }
        var outputs = Evaluate(model, null, cancellationToken, (evaluated, indices) => cache.Write(model, evaluated, indices, cancellationToken));
        progress.Report($"Evaluated {model.Id}", percent);
        return outputs;
    }

    /// <summary>
    /// One evaluation of the sample: <paramref name="model"/> as <paramref name="edit"/> changes it (as it is when null), its output
    /// (the spec's, else its first) collected as the output cache keeps it and passed to <paramref name="evaluated"/>.
    /// </summary>
    SampleOutputs Evaluate(DiagnosedModel model, Action<WeightSwap>? edit, CancellationToken cancellationToken, Action<ModelOutputs, int[]>? evaluated = null)
    {
        var clock = Stopwatch.StartNew();
        var file = model.File;
        using var graph = OnnxModelEdit.Open(file, specPath);
        if (edit is not null)
        {
            var swap = new WeightSwap(graph);
            edit(swap);
            swap.Finish();
        }
        var output = cache.OutputOf(model.Id) ?? graph.Graph.Output[0].Name;
        var values = new List<float>();
        var indices = new List<int>();
        var width = 0;
        feed.RunIndexed(graph, [output], instances, null, (results, start, count) =>
        {
            var info = results[0].GetTensorTypeAndShape();
            if (info.ElementDataType != TensorElementType.Float)
                throw new EvaluationException($"The model's output \"{output}\" holds {info.ElementDataType} values, and diagnose compares float outputs.",
                    "Diagnose a model whose first output is its float scores or features.", file);
            var data = results[0].GetTensorDataAsSpan<float>();
            var rows = info.Shape.Length == 0 ? 1 : info.Shape[0];
            if (rows < count)
                throw new EvaluationException($"The model's output \"{output}\" has {rows} rows for a batch of {count} instances, so its values cannot be told apart by instance.",
                    "Diagnose a model whose first output has the batch as its first dimension.", file);
            width = (int)(data.Length / rows);
            values.AddRange(data[..(count * width)]);
            indices.AddRange(Enumerable.Range(start, count));
        }, cancellationToken);
        var converted = cache.Convert(model, [.. values], indices.Count, Math.Max(width, 1));
        _evaluationSeconds.Add(clock.Elapsed.TotalSeconds);
        int[] sample = [.. indices];
        evaluated?.Invoke(converted, sample);
        return new SampleOutputs(converted.Probabilities, converted.Classes, sample);
    }
}
