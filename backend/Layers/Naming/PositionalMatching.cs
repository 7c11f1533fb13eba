// Matches the tensors two models' exporters named differently (a PyTorch state dict's "conv1.weight" against its ONNX
// export's "onnx::Conv_35"): among the tensors left after matching by name, the k-th of a given module type, role and
// shape in one model pairs with the k-th of the same in the other, in file (for ONNX: graph) order. The role keeps a
// folded Conv's bias from being taken for a BatchNorm's, the module type a BatchNorm weight from a Conv bias of the
// same length. Only tensors whose names say nothing (no module path, or a label from the graph) are paired by
// position: two named tensors that differ are different tensors, as in a pruned model that dropped a layer.
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Layers.Naming;

public static class PositionalMatching
{
    /// <summary>Pairs (base index, model index) among <paramref name="baseLeft"/> and <paramref name="modelLeft"/>, both in file order.</summary>
    public static IReadOnlyList<(int Base, int Model)> Pairs(IReadOnlyList<TensorInfo> baseModel, IReadOnlyList<int> baseLeft,
        IReadOnlyList<TensorInfo> model, IReadOnlyList<int> modelLeft)
    {
        var candidates = modelLeft.Where(i => model[i].Role is not null).GroupBy(i => Key(model[i])).ToDictionary(g => g.Key, g => new Queue<int>(g));
        var pairs = new List<(int, int)>();
        foreach (var b in baseLeft.Where(b => baseModel[b].Role is not null))
        {
            if (!candidates.TryGetValue(Key(baseModel[b]), out var queue) || queue.Count == 0) continue;
            var i = queue.Peek();
            if (!Unnamed(baseModel[b]) && !Unnamed(model[i])) continue;
            pairs.Add((b, queue.Dequeue()));
        }
        return pairs;
    }

    /// <summary>Whether <paramref name="tensor"/> could have been paired by position: it has a role, and its name or one of the other model's leftovers says nothing (<paramref name="otherHasUnnamed"/>, from AnyUnnamed).</summary>
    public static bool Eligible(TensorInfo tensor, bool otherHasUnnamed) => tensor.Role is not null && (Unnamed(tensor) || otherHasUnnamed);

    /// <summary>Whether any of <paramref name="left"/> has a role and a name that says nothing.</summary>
    public static bool AnyUnnamed(IReadOnlyList<TensorInfo> tensors, IReadOnlyList<int> left) => left.Any(i => tensors[i].Role is not null && Unnamed(tensors[i]));

    static bool Unnamed(TensorInfo tensor) => tensor.Label is not null || !ModulePaths.HasModulePath(tensor.Name);

    static string Key(TensorInfo tensor) => $"{tensor.ModuleType}|{tensor.Role}|{string.Join(",", tensor.Shape)}";
}
