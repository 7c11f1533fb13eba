// Matches the tensors of the other models to the base's by name and shape, and reports every tensor that
// cannot be compared (not in the base, missing in a model, shape differs) instead of dropping it.
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Layers;

namespace CompressCompare.Backend.Layers;

/// <summary>A base tensor and, per model (base first), the same tensor in that model, or null where it has no match.</summary>
public sealed record MatchedTensor(TensorInfo Base, IReadOnlyList<TensorInfo?> Models);

public static class TensorMatching
{
    public const string NotInBase = "not in the base model";
    public const string Missing = "missing in this model";

    /// <summary>Tensors to probe (in the base's order) and those that could not be compared, model by model.</summary>
    public static (IReadOnlyList<MatchedTensor> Matched, IReadOnlyList<UnmatchedTensor> Unmatched) Match(
        IReadOnlyList<IReadOnlyList<TensorInfo>> models, IReadOnlyList<string> names)
    {
        var byName = models.Select(m => m.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First())).ToList();
        var unmatched = new List<UnmatchedTensor>();
        var matched = new List<MatchedTensor>();
        foreach (var tensor in models[0])
        {
            var row = new TensorInfo?[models.Count];
            row[0] = tensor;
            for (var m = 1; m < models.Count; m++)
            {
                if (!byName[m].TryGetValue(tensor.Name, out var other))
                    unmatched.Add(new UnmatchedTensor { Name = tensor.Name, Model = names[m], Reason = Missing });
                else if (!other.Shape.SequenceEqual(tensor.Shape))
                    unmatched.Add(new UnmatchedTensor { Name = tensor.Name, Model = names[m], Reason = $"shape {Shape(other.Shape)} differs from the base's {Shape(tensor.Shape)}" });
                else
                    row[m] = other;
            }
            // A lone base is probed for its own statistics; with others, a tensor none of them shares has nothing to compare.
            if (models.Count == 1 || row.Skip(1).Any(t => t is not null)) matched.Add(new MatchedTensor(tensor, row));
        }
        for (var m = 1; m < models.Count; m++)
            foreach (var tensor in models[m])
                if (!byName[0].ContainsKey(tensor.Name))
                    unmatched.Add(new UnmatchedTensor { Name = tensor.Name, Model = names[m], Reason = NotInBase });
        return (matched, unmatched);
    }

    static string Shape(IReadOnlyList<long> shape) => $"[{string.Join(", ", shape)}]";
}
