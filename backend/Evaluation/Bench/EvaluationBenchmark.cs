// `bench evaluate`: what the evaluation engine costs over ONNX Runtime itself. End-to-end is a full uncached
// `evaluate` request (spec read, dataset, session loads, batching, softmax, Arrow cache writes); bare is session.Run alone
// over the same batches with their inputs built beforehand, on a session made with the same options.
// The goal is end-to-end ÷ bare ≤ 1.10. A request finds the dataset already in memory when the process read it for
// an earlier one (RecentDataset): "warm" requests are those, "cold" ones read it first (the first request of a session).
// An image folder is decoded during the request, overlapping session.Run: its goal is end-to-end ÷ max(decoding alone,
// bare) ≤ 1.2, each measured in the same round.
using System.Diagnostics;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using CompressCompare.Backend.Evaluation.Signatures;
using CompressCompare.Backend.Models.Onnx;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Evaluation.Bench;

/// <param name="EndToEndSeconds">The model's own share of a warm request (ModelEvaluation.Seconds): its session load, batches and softmax; its cache
/// write overlaps the next model and the wait for the last one counts in the request's total only. With several models at once
/// (ConcurrentModels > 1) the models' times overlap and share the cores, so only the request's totals compare with bare.</param>
public sealed record ModelOverhead(string ModelId, double BareSeconds, double EndToEndSeconds, double Ratio);

/// <param name="Ratio">Median warm request ÷ median bare pass (wall time).</param>
/// <param name="RoundRatio">Median over rounds of a round's warm request ÷ its own bare pass: on a shared machine whose load changes between
/// rounds this pairs measurements taken under the same load.</param>
/// <param name="CpuRatio">Median over rounds of the process CPU seconds of the warm request ÷ those of its bare pass: what the engine
/// costs beyond ONNX Runtime's own work, whatever else the machine is running (wall time on a loaded 2-core machine swings 3×).</param>
/// <param name="ColdRatio">As RoundRatio, for a request that reads the dataset first.</param>
/// <param name="ColdCpuRatio">As CpuRatio, for a request that reads the dataset first.</param>
/// <param name="StageSeconds">Median seconds of each stage of the warm request (EvaluationStages), summed over its models.</param>
/// <param name="ConcurrentModels">How many models the requests ran at once (ModelScheduler.Bound unless --concurrent-models); bare is always one at a time.</param>
/// <param name="ExecutionProvider">Where both sides ran ("cpu", "cuda:N").</param>
/// <param name="PeakWorkingSetBytes">The process's largest working set sampled during the warm requests (every 10 ms): for an image folder, what streaming holds.</param>
/// <param name="Images">For an image folder: decoding alone and the overlap ratio; null otherwise.</param>
public sealed record EvaluationOverhead(string Spec, int Instances, int BatchSize, int Repeat, int ConcurrentModels, string ExecutionProvider, IReadOnlyList<ModelOverhead> Models,
    double BareSeconds, double EndToEndSeconds, double Ratio, double RoundRatio, double CpuRatio,
    double ColdEndToEndSeconds, double ColdRatio, double ColdCpuRatio, double Goal, IReadOnlyDictionary<string, double> StageSeconds,
    long PeakWorkingSetBytes, ImageOverhead? Images);

/// <param name="DecodeSeconds">Median wall seconds of decoding and preprocessing every image once (the evaluation's batches, no model).</param>
/// <param name="Ratio">Median over rounds of the warm request ÷ max(its round's decoding alone, its bare pass); goal ≤ 1.2 when one model is timed.</param>
public sealed record ImageOverhead(double DecodeSeconds, double Ratio, double Goal, int DecodeThreads);

public static class EvaluationBenchmark
{
    public const double Goal = 1.10;
    public const double ImageGoal = 1.2;

    /// <summary>
    /// After one untimed warm-up round (JIT, first touches of ONNX Runtime and the files), times <paramref name="repeat"/> rounds,
    /// each a bare pass over every model, one warm and one cold uncached `evaluate` request of them all (the CLI's and the RPC's
    /// path), the three in an order that rotates between rounds so none always runs first; keeps the medians.
    /// </summary>
    public static async Task<EvaluationOverhead> RunAsync(SpecService specs, string specPath, IReadOnlyList<string>? modelIds, int repeat, int? concurrentModels,
        CancellationToken cancellationToken)
    {
        var spec = await specs.ReadAsync(specPath, null, cancellationToken);
        var ids = modelIds ?? [.. spec.Roots];
        var concurrent = concurrentModels ?? ModelScheduler.Bound(ids.Count, ExecutionProvider.Current, Environment.ProcessorCount);
        var dataset = EvaluationDataset.Load(spec);
        var cache = new OutputCache(spec.Path);
        var artifacts = ids.Select(id => ArtifactOf(spec, id)).ToList();
        var rounds = new List<(Round Bare, Round Warm, Round Cold)>();
        var decodes = new List<double>();
        long peak = 0;
        for (var r = -1; r < repeat; r++)
        {
            Round? bare = null, warm = null, cold = null;
            for (var step = 0; step < 3; step++)
                switch ((step + r + 3) % 3)
                {
                    case 0: bare = Bare(); break;
                    case 1: warm = await EndToEnd(cold: false); break;
                    default: cold = await EndToEnd(cold: true); break;
                }
            var decode = dataset.Images is null ? 0 : DecodeAlone(dataset, cancellationToken);
            if (r >= 0) // round −1 warms up
            {
                rounds.Add((bare!, warm!, cold!));
                decodes.Add(decode);
            }
        }
        var models = ids.Select((id, m) =>
        {
            var (b, e) = (Median([.. rounds.Select(x => x.Bare.Models[m])]), Median([.. rounds.Select(x => x.Warm.Models[m])]));
            return new ModelOverhead(id, b, e, e / b);
        }).ToList();
        var (bareTotal, warmTotal) = (Median([.. rounds.Select(x => x.Bare.Wall)]), Median([.. rounds.Select(x => x.Warm.Wall)]));
        return new EvaluationOverhead(spec.Path, dataset.Count, BatchEvaluator.DefaultBatchSize, repeat, concurrent, ExecutionProvider.Current.Name, models,
            bareTotal, warmTotal, warmTotal / bareTotal,
            Median([.. rounds.Select(x => x.Warm.Wall / x.Bare.Wall)]), Median([.. rounds.Select(x => x.Warm.Cpu / x.Bare.Cpu)]),
            Median([.. rounds.Select(x => x.Cold.Wall)]), Median([.. rounds.Select(x => x.Cold.Wall / x.Bare.Wall)]),
            Median([.. rounds.Select(x => x.Cold.Cpu / x.Bare.Cpu)]), Goal,
            rounds.SelectMany(x => x.Warm.Stages!.Keys).Distinct().Order(StringComparer.Ordinal)
                .ToDictionary(stage => stage, stage => Median([.. rounds.Select(x => x.Warm.Stages!.GetValueOrDefault(stage))])),
            peak, dataset.Images is null ? null : new ImageOverhead(Median(decodes),
                Median([.. rounds.Select((x, i) => x.Warm.Wall / Math.Max(decodes[i], x.Bare.Wall))]), ImageGoal, Images.ImageBatchStream.DecodeThreads));

        // Bare is session.Run alone: session creation and batch building stay outside its clocks.
        Round Bare()
        {
            var runs = ids.Select((id, m) => BareRun(spec, id, artifacts[m], dataset, cancellationToken)).ToList();
            return new Round(runs.Sum(x => x.Wall), runs.Sum(x => x.Cpu), [.. runs.Select(x => x.Wall)], null);
        }

        async Task<Round> EndToEnd(bool cold)
        {
            foreach (var (id, artifact) in ids.Zip(artifacts))
                if (cache.FileFor(ModelOutputResolver.CacheKeyOf(ContentHash.Of(artifact), ModelOutputResolver.OutputOf(spec, id), ExecutionProvider.Current), dataset.Hash) is var file && File.Exists(file))
                    File.Delete(file);
            if (cold) RecentDataset.Forget();
            SettleGarbage();
            var stages = new EvaluationStages();
            using var sampling = cold ? null : new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Environment.WorkingSet)), null, 0, 10);
            var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpuClock.Seconds());
            var result = await new EvaluationService(specs) { Stages = stages, MaxConcurrentModels = concurrent }.EvaluateAsync(spec.Path, null, ids, NoProgress.Instance, cancellationToken);
            var round = new Round(clock.Elapsed.TotalSeconds, ProcessCpuClock.Seconds() - cpu, [.. result.Models.Select(e => e.Seconds)], stages.Seconds);
            if (result.Models.FirstOrDefault(e => e.Error is not null || e.Cached) is { } failed)
                throw new EvaluationException($"Model \"{failed.ModelId}\" was not evaluated afresh: {failed.Error ?? "read from the cache"}",
                    "Fix the model (see its error) and run the benchmark again.").ToBackendException(failed.ModelId);
            return round;
        }
    }

    /// <summary>One pass of a round: its wall and process CPU seconds, each model's seconds, and (end to end) the stage times.</summary>
    sealed record Round(double Wall, double Cpu, IReadOnlyList<double> Models, IReadOnlyDictionary<string, double>? Stages);

    static string ArtifactOf(ParsedSpec spec, string id)
    {
        var model = spec.Models.FirstOrDefault(m => m.Id == id);
        if (model?.Artifact is not { } artifact || !artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            throw new EvaluationException($"Model \"{id}\" has no .onnx artifact in {spec.Path}; the benchmark times ONNX Runtime.",
                "Pass --models with ids of ONNX models.").ToBackendException(id);
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(spec.Path)!, artifact));
    }

    /// <summary>Wall and process CPU seconds of session.Run over every batch, bound as evaluation binds them (any signature, fixed batches).</summary>
    static (double Wall, double Cpu) BareRun(ParsedSpec spec, string id, string artifact, EvaluationDataset dataset, CancellationToken cancellationToken)
    {
        // The same session options as evaluation (OnnxInference.OpenSession), so both sides run the same kernels on the same threads.
        using var session = OnnxInference.OpenSession(artifact);
        var outputName = ModelOutputResolver.OutputOf(spec, id) ?? OnnxTensorModel.DefaultOutput(session);
        var (inputs, batchSize, fixedBatch) = InputBinder.Bind(session, dataset, id, BatchEvaluator.DefaultBatchSize);
        var names = inputs.Select(i => i.Name).ToArray();
        var batches = new List<OrtValue[]>();
        try
        {
            for (var start = 0; start < dataset.Count; start += batchSize)
            {
                var count = Math.Min(batchSize, dataset.Count - start);
                batches.Add([.. inputs.Select(i => i.Batch(start, count, fixedBatch ? batchSize : count, cancellationToken, copy: true))]);
            }
            using var runOptions = new RunOptions();
            SettleGarbage();
            var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpuClock.Seconds());
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var outputs = session.Run(runOptions, names, batch, [outputName]);
            }
            return (clock.Elapsed.TotalSeconds, ProcessCpuClock.Seconds() - cpu);
        }
        finally
        {
            foreach (var value in batches.SelectMany(b => b)) value.Dispose();
            foreach (var input in inputs) (input as IDisposable)?.Dispose();
        }
    }

    /// <summary>Wall seconds of decoding and preprocessing every image in the evaluation's batches, as the request's stream does, without a model.</summary>
    static double DecodeAlone(EvaluationDataset dataset, CancellationToken cancellationToken)
    {
        var batch = Images.ImageInput.BatchFor(dataset, BatchEvaluator.DefaultBatchSize);
        SettleGarbage();
        var clock = Stopwatch.StartNew();
        using var stream = new Images.ImageBatchStream(dataset.Images!, dataset.Transform!, Images.ImageInput.SizeOf(dataset), batch);
        for (var start = 0; start < dataset.Count; start += batch) stream.Next(start, Math.Min(batch, dataset.Count - start), cancellationToken);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Collects what earlier passes left (the bare pass's batch copies, a request's outputs) before a clock starts, so a
    /// background GC of one pass's garbage is not timed in the next.</summary>
    static void SettleGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    static double Median(List<double> values)
    {
        values = [.. values.Order()];
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
