// Probes matched tensors of several models one tensor at a time. Per tensor: a first pass reads each model's
// copy for its moments (and so the shared bins' range), keeping the base's values and the last two models';
// a second pass histograms those and re-reads the others one by one. The base and one model get buffers sized to
// the largest tensor; the second model's buffer is a spare sized to the largest tensor up to 3/4 of that, so peak
// memory is ≤ 2.75 × the largest tensor plus a constant, and with three models (the common case) only tensors larger
// than the spare (an LLM's embedding) are read twice. `bench probe` measured 3.07–3.13 × with three full buffers,
// over the goal of 3 ×; with two full buffers 2.3 × but 0.38–0.58 × a plain read-and-sum, under the goal of 0.5 ×.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Layers;

namespace CompressCompare.Backend.Layers;

public static class WeightProbe
{
    public const int DefaultBins = 32;
    // The scan kernels are memory-bound: more than a few threads gains nothing on the machines we measured.
    static readonly int Threads = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static ProbeResult Run(IReadOnlyList<ITensorSource> sources, IReadOnlyList<string> names, int bins, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var pooling = new ModulePooling(sources.Count, ModuleTypes.Of(sources[0]));
        var (tensors, unmatched) = Measure(sources, names, bins, pooling, "tensors", progress, cancellationToken);
        return new ProbeResult
        {
            Models = names,
            Tensors = tensors,
            Modules = pooling.Modules(),
            Unmatched = unmatched,
            ChangeBands = ChangeBands.Labels,
        };
    }

    /// <summary>
    /// Matches the sources' tensors by name and shape and measures each matched one; <paramref name="pooling"/>, when
    /// given, also pools them into modules. Weights and activations (ActivationProbe) both go through here, so their
    /// statistics are computed by the same code. <paramref name="noun"/> names what is probed in progress messages.
    /// </summary>
    public static (IReadOnlyList<TensorProbe> Tensors, IReadOnlyList<UnmatchedTensor> Unmatched) Measure(IReadOnlyList<ITensorSource> sources,
        IReadOnlyList<string> names, int bins, ModulePooling? pooling, string noun, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var (matched, unmatched) = TensorMatching.Match([.. sources.Select(s => s.Tensors)], names);
        var largest = matched.Count == 0 ? 0 : matched.Max(t => t.Base.Count);
        var baseValues = new float[checked((int)largest)];
        // A spare model buffer for every tensor up to 3/4 of the largest, so only the largest few are re-read.
        var spare = matched.Select(t => t.Base.Count).Where(c => c <= largest * 3 / 4).DefaultIfEmpty(0).Max();
        float[][] modelValues = [.. new[] { largest, spare }.Take(Math.Min(2, sources.Count - 1)).Select(n => new float[n])];
        var tensors = new List<TensorProbe>(matched.Count);
        progress.Begin($"Probing {matched.Count} {noun} of {sources.Count} models");
        for (var t = 0; t < matched.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tensors.Add(Probe(matched[t], sources, bins, baseValues, modelValues, pooling));
            progress.Report(matched[t].Base.Name, (int)(100L * (t + 1) / matched.Count));
        }
        progress.End($"Probed {matched.Count} {noun}");
        return (tensors, unmatched);
    }

    static TensorProbe Probe(MatchedTensor tensor, IReadOnlyList<ITensorSource> sources, int binCount, float[] baseValues, float[][] modelValues, ModulePooling? pooling)
    {
        var length = checked((int)tensor.Base.Count);
        var module = tensor.Base.Module ?? ModulePooling.ModuleOf(tensor.Base.Name);
        var present = Enumerable.Range(0, sources.Count).Where(m => tensor.Models[m] is not null).ToList();
        var moments = new TensorMoments?[sources.Count];
        moments[0] = MeasuredRead.Of(sources[0], tensor.Base, baseValues, length, Threads);
        // The model buffers this tensor fits in (the full one always); held[k] is the model whose values buffer slots[k]
        // still holds after the first pass.
        var slots = Enumerable.Range(0, modelValues.Length).Where(s => modelValues[s].Length >= length).ToArray();
        var held = new int[slots.Length];
        var others = present.Where(m => m != 0).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            var (m, k) = (others[i], i % slots.Length);
            moments[m] = MeasuredRead.Of(sources[m], tensor.Models[m]!, modelValues[slots[k]], length, Threads);
            held[k] = m;
        }
        // Bins and band edges span the finite values only (NaN and ±Inf are counted apart, as NonFinite).
        var known = moments.Where(x => x is { Count: > 0 }).Select(x => x!.Value).ToList();
        var bins = known.Count == 0 ? new SharedBins(0, 0, binCount) : new SharedBins(known.Min(x => x.Min), known.Max(x => x.Max), binCount);
        var baseMaxAbs = moments[0]!.Value.Count == 0 ? 0 : Math.Max(Math.Abs(moments[0]!.Value.Min), Math.Abs(moments[0]!.Value.Max));
        var vectorSafe = TensorChange.VectorSafe(moments.Where(x => x is not null).Select(x => x!.Value));

        var changes = new TensorChange?[sources.Count];
        var heldCount = Math.Min(others.Count, slots.Length);
        var heldChanges = TensorChange.Of([.. slots.Take(heldCount).Select(s => modelValues[s])], baseValues, length, bins, baseMaxAbs, Threads, vectorSafe);
        for (var k = 0; k < heldCount; k++) changes[held[k]] = heldChanges[k];
        foreach (var m in others.Where(m => changes[m] is null))
        {
            sources[m].Read(tensor.Models[m]!, modelValues[0]);
            changes[m] = TensorChange.Of(modelValues[0], baseValues, length, bins, baseMaxAbs, Threads, vectorSafe);
        }
        changes[0] = others.Count > 0 ? TensorChange.BaseOf(changes[others[0]]!) : TensorChange.OfBase(baseValues, length, bins, Threads, vectorSafe);

        var stats = new TensorStats?[sources.Count];
        foreach (var m in present)
        {
            var (x, change) = (moments[m]!.Value, changes[m]!);
            var isBase = m == 0;
            var squaredBase = changes[0]!.SquaredBase;
            // The base's zeros are all "zero in both"; the split is left out for activations (no pooling), where zeros mean inactive units.
            var (zeroInBoth, zeroOnlyHere) = isBase ? (x.Zeros, 0L) : (change.ZeroInBoth, change.ZeroOnlyHere);
            pooling?.Add(module, m, length, x.Zeros, change.Changed, change.SquaredDifference, squaredBase, zeroInBoth, zeroOnlyHere);
            stats[m] = new TensorStats
            {
                Sparsity = length == 0 ? 0 : (double)x.Zeros / length,
                ZeroInBoth = pooling is null ? null : length == 0 ? 0 : (double)zeroInBoth / length,
                ZeroOnlyHere = pooling is null ? null : length == 0 ? 0 : (double)zeroOnlyHere / length,
                Min = x.Count == 0 ? 0 : x.Min,
                Max = x.Count == 0 ? 0 : x.Max,
                Mean = x.Mean,
                Std = Math.Sqrt(x.Variance),
                Histogram = change.Histogram,
                RelL2 = isBase ? 0 : ModulePooling.RelativeL2(change.SquaredDifference, squaredBase),
                Changed = length == 0 ? 0 : (double)change.Changed / length,
                ChangeHistograms = isBase ? [] : change.ChangeHistograms,
                NonFinite = x.NonFinite,
            };
        }
        return new TensorProbe
        {
            Name = tensor.Base.Label ?? tensor.Base.Name,
            Stored = tensor.Base.Label is null && tensor.Base.StoredAs is null ? null : tensor.Base.FileName,
            Module = module,
            // A model's name differs where positional matching paired it, or where a quantizer stored it as "W_quantized".
            MatchedAs = tensor.Models.Any(t => t is not null && t.FileName != tensor.Base.FileName)
                ? [.. tensor.Models.Select(t => t is null || t.FileName == tensor.Base.FileName ? null : t.FileName)] : null,
            Shape = tensor.Base.Shape,
            Params = length,
            BinMin = bins.Min,
            BinMax = bins.Max,
            Models = stats,
        };
    }
}
