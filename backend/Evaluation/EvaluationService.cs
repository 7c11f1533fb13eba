// Evaluates a spec's models on its dataset: the one code path of the `evaluate` CLI command, the
// `models/evaluate` RPC method, and the outputs the behaviour comparison reads.
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using System.Diagnostics;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

public sealed class EvaluationService(SpecService specs) : IModelOutputSource
{
    /// <summary>Where EvaluateAsync adds the time of each stage; null (the default) times nothing.</summary>
    public EvaluationStages? Stages { get; init; }

    /// <summary>At most this many models run at once; null (the default) derives it from the cores and the provider (ModelScheduler.Bound).</summary>
    public int? MaxConcurrentModels { get; init; }

    /// <summary>
    /// Evaluates the requested models (null: every model with an artifact or precomputed outputs), several at once when cores
    /// are free; the entries keep the request's order. A model that cannot be evaluated gets an Error in its entry; the others
    /// still run. Cancellation throws.
    /// </summary>
    public async Task<EvaluateResult> EvaluateAsync(string path, string? snapshot, IReadOnlyList<string>? modelIds, IWorkProgress progress, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Evaluating models");
        var specClock = Stopwatch.StartNew();
        var spec = await specs.ResolveAsync(path, null, snapshot, cancellationToken);
        Stages?.Add(EvaluationStages.Spec, specClock.Elapsed);
        IReadOnlyList<string> ids = modelIds ?? [.. spec.Models.Where(m => m.Artifact is not null || m.Outputs is not null).Select(m => m.Id)];
        var resolver = new ModelOutputResolver(spec, Stages);
        var provider = ExecutionProvider.Current;
        // The CPU, where every run so far went, is not named: the message stays what it was.
        progress.Begin($"Evaluating {ids.Count} model{(ids.Count == 1 ? "" : "s")} on {spec.Dataset?.Name ?? "the spec's dataset"}{(provider.IsCuda ? $" with ONNX Runtime on {provider.Name}" : "")}");
        var entries = new ModelEvaluation?[ids.Count];
        try
        {
            var bound = MaxConcurrentModels ?? ModelScheduler.Bound(ids.Count, provider, Environment.ProcessorCount);
            var request = new RequestProgress(progress, ids.Count);
            await ModelScheduler.RunAsync(ids.Count, bound, i => entries[i] = EvaluateOne(ids[i], i, resolver, request, cancellationToken), cancellationToken);
        }
        finally
        {
            // Even when cancelled or failing: the finished models' files are complete, and none is left half-written.
            await Task.Run(resolver.WaitForCacheWrites, CancellationToken.None);
        }
        var warning = resolver.Warning();
        if (warning is not null) progress.Report(warning, 100);
        progress.End($"Evaluated {entries.Count(e => e!.Error is null)} of {ids.Count} models");
        return new EvaluateResult { Models = [.. entries.Select(e => e!)], Warnings = warning is null ? [] : [warning] };
    }

    /// <summary>Model <paramref name="index"/>'s entry: its outputs' accuracy, or the error that keeps it from being evaluated.</summary>
    ModelEvaluation EvaluateOne(string id, int index, ModelOutputResolver resolver, RequestProgress request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        ModelEvaluation entry;
        try
        {
            var (outputs, source, cached, provider) = resolver.Resolve(id, new BatchEvaluator.ProgressSpan(request, id, index), cancellationToken);
            var accuracy = EvaluationStages.Time(Stages, EvaluationStages.Accuracy, () => resolver.HasClassLabels ? Accuracy(outputs, resolver.Labels()) : (double?)null);
            entry = new ModelEvaluation
            {
                ModelId = id,
                Instances = outputs.Instances,
                Accuracy = accuracy,
                Seconds = clock.Elapsed.TotalSeconds,
                Cached = cached,
                Source = source,
                ExecutionProvider = provider,
            };
        }
        catch (EvaluationException e)
        {
            entry = new ModelEvaluation { ModelId = id, Instances = 0, Seconds = clock.Elapsed.TotalSeconds, Cached = false, Error = $"{e.Message} {e.Hint}" };
        }
        catch (BackendException e) when (e.Code == RpcErrorCodes.PathRefused)
        {
            // One model's file refused by the path policy is that model's error; the others still run.
            entry = new ModelEvaluation { ModelId = id, Instances = 0, Seconds = clock.Elapsed.TotalSeconds, Cached = false, Error = $"{e.Message} {e.ErrorData.Hint}" };
        }
        request.Report(index, 1, $"{id}: {(entry.Error is null ? "done" : "failed")}", always: true);
        return entry;
    }

    /// <summary>The model's outputs on the spec's dataset, from the cache when they are there; BackendException (code ModelNotEvaluable) when they cannot be had.</summary>
    public Task<ModelOutputs> GetOutputsAsync(ParsedSpec spec, string modelId, IWorkProgress progress, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try
            {
                var resolver = new ModelOutputResolver(spec);
                try
                {
                    return resolver.Resolve(modelId, new(new RequestProgress(progress, 1), modelId, 0), cancellationToken).Outputs;
                }
                finally
                {
                    resolver.WaitForCacheWrites();
                }
            }
            catch (EvaluationException e)
            {
                throw e.ToBackendException(modelId);
            }
        }, cancellationToken);

    /// <summary>Fraction of instances whose predicted class is the label.</summary>
    public static double Accuracy(ModelOutputs outputs, IReadOnlyList<int> labels)
    {
        var correct = 0;
        for (var i = 0; i < outputs.Instances; i++)
            if (outputs.Predicted[i] == labels[i]) correct++;
        return outputs.Instances == 0 ? 0 : correct / (double)outputs.Instances;
    }
}
