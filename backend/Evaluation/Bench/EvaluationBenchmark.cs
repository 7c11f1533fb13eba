// `bench evaluate`: what the evaluation engine costs over ONNX Runtime itself. End-to-end is a full uncached
// `evaluate` request (spec read, dataset read, session loads, batching, softmax, Arrow cache writes); bare is session.Run alone
// over the same batches with their inputs built beforehand, on a session made with the same options.
// The goal is end-to-end ÷ bare ≤ 1.10.
using System.Diagnostics;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Evaluation.Bench;

/// <param name="EndToEndSeconds">The model's own share of the request (ModelEvaluation.Seconds): its session load, batches and softmax; its cache write
/// overlaps the next model and the wait for the last one counts in the request's total only.</param>
public sealed record ModelOverhead(string ModelId, double BareSeconds, double EndToEndSeconds, double Ratio);

/// <param name="RoundRatio">Median over rounds of a round's end-to-end ÷ its own bare pass (run next to it): on a shared machine whose
/// load changes between rounds this pairs measurements taken under the same load. Ratio stays the ratio of the medians.</param>
/// <param name="CpuRatio">Median over rounds of the process CPU seconds of the end-to-end request ÷ those of its bare pass: what the engine
/// costs beyond ONNX Runtime's own work, whatever else the machine is running (wall time on a loaded 2-core machine swings 3×).</param>
/// <param name="StageSeconds">Median seconds of each stage of the end-to-end request (EvaluationStages), summed over its models.</param>
public sealed record EvaluationOverhead(string Spec, int Instances, int BatchSize, int Repeat, IReadOnlyList<ModelOverhead> Models,
    double BareSeconds, double EndToEndSeconds, double Ratio, double RoundRatio, double BareCpuSeconds, double EndToEndCpuSeconds, double CpuRatio,
    double Goal, IReadOnlyDictionary<string, double> StageSeconds);

public static class EvaluationBenchmark
{
    public const double Goal = 1.10;

    /// <summary>
    /// After one untimed warm-up round (JIT, first touches of ONNX Runtime and the files), times <paramref name="repeat"/> rounds,
    /// each a bare pass over every model and one uncached `evaluate` request of them all (the CLI's and the RPC's path: spec read
    /// and dataset loaded once per request), in alternating order so neither side always runs first; keeps the medians.
    /// </summary>
    public static async Task<EvaluationOverhead> RunAsync(SpecService specs, string specPath, IReadOnlyList<string>? modelIds, int repeat, CancellationToken cancellationToken)
    {
        var spec = await specs.SummarizeAsync(specPath, null, cancellationToken);
        var ids = modelIds ?? [.. spec.Roots];
        var dataset = EvaluationDataset.Load(spec);
        var cache = new OutputCache(spec.Path);
        var artifacts = ids.Select(id => ArtifactOf(spec, id)).ToList();
        var bare = ids.Select(_ => new List<double>()).ToList();
        var perModel = ids.Select(_ => new List<double>()).ToList();
        var (bareTotals, endToEndTotals, bareCpu, endToEndCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var stageRounds = new List<IReadOnlyDictionary<string, double>>();
        for (var r = -1; r < repeat; r++)
        {
            Round bareRound, endToEndRound;
            if (r % 2 == 0) (bareRound, endToEndRound) = (Bare(), await EndToEnd());
            else (endToEndRound, bareRound) = (await EndToEnd(), Bare());
            if (r < 0) continue; // the warm-up round
            for (var m = 0; m < ids.Count; m++)
            {
                bare[m].Add(bareRound.Models[m]);
                perModel[m].Add(endToEndRound.Models[m]);
            }
            bareTotals.Add(bareRound.Wall);
            endToEndTotals.Add(endToEndRound.Wall);
            bareCpu.Add(bareRound.Cpu);
            endToEndCpu.Add(endToEndRound.Cpu);
            stageRounds.Add(endToEndRound.Stages!);
        }
        var models = ids.Select((id, m) => new ModelOverhead(id, Median(bare[m]), Median(perModel[m]), Median(perModel[m]) / Median(bare[m]))).ToList();
        var (bareTotal, endToEndTotal) = (Median(bareTotals), Median(endToEndTotals));
        return new EvaluationOverhead(spec.Path, dataset.Count, BatchEvaluator.DefaultBatchSize, repeat, models,
            bareTotal, endToEndTotal, endToEndTotal / bareTotal, Median([.. endToEndTotals.Select((e, r) => e / bareTotals[r])]),
            Median(bareCpu), Median(endToEndCpu), Median([.. endToEndCpu.Select((e, r) => e / bareCpu[r])]), Goal,
            stageRounds.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal)
                .ToDictionary(stage => stage, stage => Median([.. stageRounds.Select(r => r.GetValueOrDefault(stage))])));

        // Bare is session.Run alone: session creation and batch building stay outside its clocks.
        Round Bare()
        {
            var runs = artifacts.Select(a => BareRun(a, dataset, cancellationToken)).ToList();
            return new Round(runs.Sum(x => x.Wall), runs.Sum(x => x.Cpu), [.. runs.Select(x => x.Wall)], null);
        }

        async Task<Round> EndToEnd()
        {
            foreach (var artifact in artifacts)
                if (cache.FileFor(ContentHash.Of(artifact), dataset.Hash) is var file && File.Exists(file)) File.Delete(file);
            var stages = new EvaluationStages();
            var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpuClock.Seconds());
            var result = await new EvaluationService(specs) { Stages = stages }.EvaluateAsync(spec.Path, ids, NoProgress.Instance, cancellationToken);
            var round = new Round(clock.Elapsed.TotalSeconds, ProcessCpuClock.Seconds() - cpu, [.. result.Models.Select(e => e.Seconds)], stages.Seconds);
            if (result.Models.FirstOrDefault(e => e.Error is not null || e.Cached) is { } failed)
                throw new EvaluationException($"Model \"{failed.ModelId}\" was not evaluated afresh: {failed.Error ?? "read from the cache"}",
                    "Fix the model (see its error) and run the benchmark again.").ToBackendException(failed.ModelId);
            return round;
        }
    }

    /// <summary>One side of a round: its wall and process CPU seconds, each model's seconds, and (end to end) the stage times.</summary>
    sealed record Round(double Wall, double Cpu, IReadOnlyList<double> Models, IReadOnlyDictionary<string, double>? Stages);

    static string ArtifactOf(SpecSummary spec, string id)
    {
        var model = spec.Models.FirstOrDefault(m => m.Id == id);
        if (model?.Artifact is not { } artifact || !artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            throw new EvaluationException($"Model \"{id}\" has no .onnx artifact in {spec.Path}; the benchmark times ONNX Runtime.",
                "Pass --models with ids of ONNX models.").ToBackendException(id);
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(spec.Path)!, artifact));
    }

    /// <summary>Wall and process CPU seconds of session.Run over every batch.</summary>
    static (double Wall, double Cpu) BareRun(string artifact, EvaluationDataset dataset, CancellationToken cancellationToken)
    {
        // The same options as OnnxInference, so both sides run the same kernels on the same threads.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        using var session = new InferenceSession(artifact, options);
        var (inputName, input) = session.InputMetadata.First();
        var outputName = session.OutputMetadata.Keys.Contains("logits") ? "logits" : session.OutputMetadata.Keys.First();
        var instanceShape = input.Dimensions.Skip(1).Select(d => (long)d).ToArray();
        var features = dataset.Features;
        var batches = new List<OrtValue>();
        try
        {
            for (var start = 0; start < dataset.Count; start += BatchEvaluator.DefaultBatchSize)
            {
                var count = Math.Min(BatchEvaluator.DefaultBatchSize, dataset.Count - start);
                batches.Add(OrtValue.CreateTensorValueFromMemory(dataset.Inputs[(start * features)..((start + count) * features)], [count, .. instanceShape]));
            }
            using var runOptions = new RunOptions();
            var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpuClock.Seconds());
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var outputs = session.Run(runOptions, [inputName], [batch], [outputName]);
            }
            return (clock.Elapsed.TotalSeconds, ProcessCpuClock.Seconds() - cpu);
        }
        finally
        {
            foreach (var batch in batches) batch.Dispose();
        }
    }

    static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
