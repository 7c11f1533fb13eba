// Evaluates a spec's models on its dataset: the one code path of the `evaluate` CLI command, the
// `models/evaluate` RPC method, and the outputs the behaviour comparison reads.
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using System.Diagnostics;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

public sealed class EvaluationService(SpecService specs) : IModelOutputSource
{
    /// <summary>Where EvaluateAsync adds the time of each stage; null (the default) times nothing.</summary>
    public EvaluationStages? Stages { get; init; }

    /// <summary>
    /// Evaluates the requested models (null: every model with an artifact or precomputed outputs) in order.
    /// A model that cannot be evaluated gets an Error in its entry; the others still run. Cancellation throws.
    /// </summary>
    public async Task<EvaluateResult> EvaluateAsync(string path, string? snapshot, IReadOnlyList<string>? modelIds, IWorkProgress progress, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Evaluating models");
        var specClock = Stopwatch.StartNew();
        var spec = await specs.ResolveAsync(path, null, snapshot, cancellationToken);
        Stages?.Add(EvaluationStages.Spec, specClock.Elapsed);
        IReadOnlyList<string> ids = modelIds ?? [.. spec.Models.Where(m => m.Artifact is not null || m.Outputs is not null).Select(m => m.Id)];
        var resolver = new ModelOutputResolver(spec, Stages);
        progress.Begin($"Evaluating {ids.Count} model{(ids.Count == 1 ? "" : "s")} on {spec.Dataset?.Name ?? "the spec's dataset"}");
        var entries = new List<ModelEvaluation>(ids.Count);
        try
        {
            await EvaluateEachAsync(ids, resolver, entries, progress, cancellationToken);
        }
        finally
        {
            // Even when cancelled or failing: the finished models' files are complete, and none is left half-written.
            await Task.Run(resolver.WaitForCacheWrites, CancellationToken.None);
        }
        var warning = resolver.Warning();
        if (warning is not null) progress.Report(warning, 100);
        progress.End($"Evaluated {entries.Count(e => e.Error is null)} of {ids.Count} models");
        return new EvaluateResult { Models = entries, Warnings = warning is null ? [] : [warning] };
    }

    async Task EvaluateEachAsync(IReadOnlyList<string> ids, ModelOutputResolver resolver, List<ModelEvaluation> entries, IWorkProgress progress, CancellationToken cancellationToken)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            try
            {
                var span = new BatchEvaluator.ProgressSpan(progress, ids[i], i, ids.Count);
                // Off the caller's thread: evaluation is seconds of CPU work and must not hold up the RPC connection.
                var (outputs, source, cached) = await Task.Run(() => resolver.Resolve(span.ModelId, span, cancellationToken), cancellationToken);
                var accuracy = EvaluationStages.Time(Stages, EvaluationStages.Accuracy, () => Accuracy(outputs, resolver.Labels()));
                entries.Add(new ModelEvaluation
                {
                    ModelId = ids[i],
                    Instances = outputs.Instances,
                    Accuracy = accuracy,
                    Seconds = clock.Elapsed.TotalSeconds,
                    Cached = cached,
                    Source = source,
                });
            }
            catch (EvaluationException e)
            {
                entries.Add(new ModelEvaluation { ModelId = ids[i], Instances = 0, Seconds = clock.Elapsed.TotalSeconds, Cached = false, Error = $"{e.Message} {e.Hint}" });
            }
            catch (BackendException e) when (e.Code == RpcErrorCodes.PathRefused)
            {
                // One model's file refused by the path policy is that model's error; the others still run.
                entries.Add(new ModelEvaluation { ModelId = ids[i], Instances = 0, Seconds = clock.Elapsed.TotalSeconds, Cached = false, Error = $"{e.Message} {e.ErrorData.Hint}" });
            }
            progress.Report($"{ids[i]}: {(entries[^1].Error is null ? "done" : "failed")}", (i + 1) * 100 / ids.Count);
        }
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
                    return resolver.Resolve(modelId, new(progress, modelId, 0, 1), cancellationToken).Outputs;
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
