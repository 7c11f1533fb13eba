// The modules a diagnosis restores one at a time, named exactly as the Layers panel names them: the base's and the
// compressed model's weights are matched as the probe matches them (TensorMatching: by name, a module prefix, then
// position; ONNX graph names where stored names say nothing), and grouped by the base's module name cut to its first K
// segments (K null: each weight's own module, the leaves that hold weights). A Layers row's parent module ("layer1")
// selects every weight below it, so "Restore this module" works on any row. Only weights whose values differ are kept.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Diagnose;

/// <summary>One weight of a module: as the base stores it, and as the compressed model does (a quantizer may rename it).</summary>
public sealed record SwappedWeight(TensorInfo Base, TensorInfo Model);

/// <summary>A module group and its matched weights, in the base's order.</summary>
public sealed record ModuleGroup(string Name, IReadOnlyList<SwappedWeight> Weights)
{
    public long Params => Weights.Sum(w => w.Base.Count);
}

public static class DiagnoseModules
{
    /// <summary>
    /// The module groups at <paramref name="depth"/>, each with its weights that differ between the two models (restoring an
    /// unchanged weight changes nothing), in the base's order; modules where nothing differs are left out.
    /// </summary>
    public static IReadOnlyList<ModuleGroup> Changed(ITensorSource baseModel, ITensorSource model, int? depth, CancellationToken cancellationToken) =>
    [
        .. Differing(baseModel, model, Matched(baseModel, model), cancellationToken).GroupBy(w => At(ModuleOf(w.Base), depth))
            .Select(g => new ModuleGroup(g.Key, [.. g])),
    ];

    /// <summary>The weights of module <paramref name="module"/> and every module below it that differ between the two models; empty when none do.</summary>
    public static ModuleGroup Named(ITensorSource baseModel, ITensorSource model, string module, CancellationToken cancellationToken) =>
        new(module, Differing(baseModel, model, [.. Matched(baseModel, model).Where(w => Within(ModuleOf(w.Base), module))], cancellationToken));

    /// <summary>The weights whose values differ, bitwise (a NaN left as it was counts as unchanged), in the order given.</summary>
    static List<SwappedWeight> Differing(ITensorSource baseModel, ITensorSource model, IReadOnlyList<SwappedWeight> weights, CancellationToken cancellationToken)
    {
        var largest = weights.Count == 0 ? 0 : weights.Max(w => w.Base.Count);
        var (a, b) = (new float[largest], new float[largest]);
        var differing = new List<SwappedWeight>();
        foreach (var weight in weights)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = (int)weight.Base.Count;
            baseModel.Read(weight.Base, a.AsSpan(0, length));
            model.Read(weight.Model, b.AsSpan(0, length));
            if (!MemoryMarshal.AsBytes(a.AsSpan(0, length)).SequenceEqual(MemoryMarshal.AsBytes(b.AsSpan(0, length)))) differing.Add(weight);
        }
        return differing;
    }

    /// <summary>Every module the matched weights belong to, for error messages.</summary>
    public static IReadOnlyList<string> Names(ITensorSource baseModel, ITensorSource model) =>
        [.. Matched(baseModel, model).Select(w => ModuleOf(w.Base)).Distinct()];

    /// <summary>The first <paramref name="depth"/> dot-separated segments of <paramref name="module"/>; the whole name when null or shorter.</summary>
    public static string At(string module, int? depth)
    {
        if (depth is not { } k) return module;
        var segments = module.Split('.');
        return segments.Length <= k ? module : string.Join('.', segments.Take(k));
    }

    static bool Within(string module, string group) =>
        group.Length == 0 || module == group || module.StartsWith(group + ".", StringComparison.Ordinal);

    /// <summary>A weight's module as WeightProbe pools it.</summary>
    static string ModuleOf(TensorInfo tensor) => tensor.Module ?? ModulePooling.ModuleOf(tensor.Name);

    static List<SwappedWeight> Matched(ITensorSource baseModel, ITensorSource model) =>
        [.. TensorMatching.Match([baseModel.Tensors, model.Tensors], ["base", "model"]).Matched
            .Where(m => m.Models[1] is not null).Select(m => new SwappedWeight(m.Base, m.Models[1]!))];
}
