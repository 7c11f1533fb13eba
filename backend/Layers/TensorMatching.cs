// Matches the tensors of the other models to the base's: by stored name and shape first (a quantizer's copy keeps
// the float names), then by name less a leading module prefix on one side (PrefixMatching: "bert.encoder…" against
// "encoder…"), then, for what is left, by position among the tensors of the same module type, role and shape
// (PositionalMatching), so a PyTorch state dict lines up with its ONNX export whose weights are "onnx::Conv_N".
// Every tensor that cannot be compared is reported with the reason (not in the base, missing, shape differs, folded
// by the exporter) instead of dropped.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Layers;

namespace CompressCompare.Backend.Layers;

/// <summary>A base tensor and, per model (base first), the same tensor in that model, or null where it has no match.</summary>
public sealed record MatchedTensor(TensorInfo Base, IReadOnlyList<TensorInfo?> Models);

public static class TensorMatching
{
    public const string NotInBase = "not in the base model";
    public const string Missing = "missing in this model";
    public const string NoCounterpart = "no tensor of this shape and role at this position";
    public const string FoldedBatchNorm = "an exporter folded this BatchNorm into the Conv before it: {0} has no BatchNorm tensors, its Conv weights and biases carry the BatchNorm's scale and shift";
    public const string FoldedConvBias = "a Conv bias an exporter made by folding the BatchNorm after the Conv into it: {0} keeps that BatchNorm apart";

    /// <summary>Tensors to probe (in the base's order) and those that could not be compared, model by model.</summary>
    public static (IReadOnlyList<MatchedTensor> Matched, IReadOnlyList<UnmatchedTensor> Unmatched) Match(
        IReadOnlyList<IReadOnlyList<TensorInfo>> models, IReadOnlyList<string> names)
    {
        models = [.. models.Select(CheckpointModuleTypes.Complete)];
        var rows = models[0].Select(t => new TensorInfo?[models.Count]).ToList();
        for (var b = 0; b < rows.Count; b++) rows[b][0] = models[0][b];
        var unmatched = new List<UnmatchedTensor>();
        var baseNames = models[0].Select(t => t.Name).ToHashSet();
        for (var m = 1; m < models.Count; m++)
        {
            var model = models[m];
            var byName = model.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
            var baseLeft = new List<int>();
            foreach (var (tensor, b) in models[0].Select((t, b) => (t, b)))
            {
                if (!byName.TryGetValue(tensor.Name, out var other)) baseLeft.Add(b);
                else if (!other.Shape.SequenceEqual(tensor.Shape))
                    unmatched.Add(new UnmatchedTensor { Name = Shown(tensor), Model = names[m], Reason = $"shape {Shape(other.Shape)} differs from the base's {Shape(tensor.Shape)}" });
                else
                    rows[b][m] = other;
            }
            var modelLeft = Enumerable.Range(0, model.Count).Where(i => !baseNames.Contains(model[i].Name)).ToList();
            var prefixed = PrefixMatching.Pairs(models[0], baseLeft, model, modelLeft);
            var pairs = prefixed.Concat(PositionalMatching.Pairs(models[0], Except(baseLeft, prefixed.Select(p => p.Base)),
                model, Except(modelLeft, prefixed.Select(p => p.Model)))).ToList();
            foreach (var (b, i) in pairs) rows[b][m] = model[i];
            var (pairedBase, pairedModel) = (pairs.Select(p => p.Base).ToHashSet(), pairs.Select(p => p.Model).ToHashSet());
            baseLeft.RemoveAll(pairedBase.Contains);
            modelLeft.RemoveAll(pairedModel.Contains);
            var (baseUnnamedLeft, modelUnnamedLeft) = (PositionalMatching.AnyUnnamed(models[0], baseLeft), PositionalMatching.AnyUnnamed(model, modelLeft));
            var (foldedHere, foldedInBase) = (FoldsBatchNorm(models[0], model), FoldsBatchNorm(model, models[0]));
            foreach (var b in baseLeft)
                unmatched.Add(new UnmatchedTensor
                {
                    Name = Shown(models[0][b]),
                    Model = names[m],
                    Reason = Folded(models[0][b], foldedHere, foldedInBase, "this model")
                        ?? (PositionalMatching.Eligible(models[0][b], modelUnnamedLeft) ? $"{Missing}: {NoCounterpart}" : Missing),
                });
            foreach (var i in modelLeft)
                unmatched.Add(new UnmatchedTensor
                {
                    Name = Shown(model[i]),
                    Model = names[m],
                    Reason = Folded(model[i], foldedInBase, foldedHere, "the base")
                        ?? (PositionalMatching.Eligible(model[i], baseUnnamedLeft) ? $"{NotInBase}: {NoCounterpart}" : NotInBase),
                });
        }
        // A lone base is probed for its own statistics; with others, a tensor none of them shares has nothing to compare.
        var matched = rows.Where(r => models.Count == 1 || r.Skip(1).Any(t => t is not null)).Select(r => new MatchedTensor(r[0]!, r)).ToList();
        return (matched, unmatched);
    }

    /// <summary>
    /// Why a tensor has no counterpart when one side's exporter folded BatchNorm into Conv: a BatchNorm tensor of the side that
    /// kept them (<paramref name="otherFolded"/>: the other side folded), or a Conv bias of the side that folded (<paramref name="thisFolded"/>).
    /// </summary>
    static string? Folded(TensorInfo tensor, bool otherFolded, bool thisFolded, string other) =>
        otherFolded && tensor.ModuleType == "BatchNorm" ? string.Format(FoldedBatchNorm, other)
        : thisFolded && tensor is { ModuleType: "Conv", Role: "bias" } ? string.Format(FoldedConvBias, other)
        : null;

    /// <summary>The base has BatchNorm tensors, the model has none but has Conv biases: what exporters leave after folding.</summary>
    static bool FoldsBatchNorm(IReadOnlyList<TensorInfo> baseModel, IReadOnlyList<TensorInfo> model) =>
        baseModel.Any(t => t.ModuleType == "BatchNorm") && !model.Any(t => t.ModuleType == "BatchNorm")
        && model.Any(t => t is { ModuleType: "Conv", Role: "bias" });

    /// <summary>A tensor as the user knows it: its graph label with the stored name, or its stored name.</summary>
    static string Shown(TensorInfo tensor) => tensor.Label is null ? tensor.Name : $"{tensor.Label} [{tensor.Name}]";

    static List<int> Except(IReadOnlyList<int> indices, IEnumerable<int> taken)
    {
        var set = taken.ToHashSet();
        return [.. indices.Where(i => !set.Contains(i))];
    }

    static string Shape(IReadOnlyList<long> shape) => $"[{string.Join(", ", shape)}]";
}
