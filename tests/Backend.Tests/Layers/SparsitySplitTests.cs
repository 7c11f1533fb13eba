// The paper's sparsity split: of a model's zeros, those also zero in the base ("zero in both") and those that
// compression zeroed ("zero only in this model"), per tensor and pooled per module, on both scan paths.
namespace Backend.Tests.Layers;

public sealed class SparsitySplitTests : IDisposable
{
    readonly ProbeFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Zeros_split_into_those_the_base_shares_and_those_only_this_model_has()
    {
        // Zero in both at 0 and 5; zeroed here at 2, 3 (−0 is zero) and 7; at 1 the base's zero became 1 (neither).
        var a = _files.Write("a.safetensors", ("w", [8], [0f, 0f, 1f, 2f, 3f, 0f, 5f, 6f]));
        var b = _files.Write("b.safetensors", ("w", [8], [0f, 1f, 0f, -0f, 3f, 0f, 5f, 0f]));

        var stats = (await ProbeFiles.Probe(4, a, b)).Tensors.Single().Models;

        // The base against itself: every zero is shared.
        Assert.Equal((3.0 / 8, 3.0 / 8, 0.0), (stats[0]!.Sparsity, stats[0]!.ZeroInBoth, stats[0]!.ZeroOnlyHere));
        Assert.Equal((5.0 / 8, 2.0 / 8, 3.0 / 8), (stats[1]!.Sparsity, stats[1]!.ZeroInBoth, stats[1]!.ZeroOnlyHere));
    }

    [Fact]
    public async Task The_split_is_counted_value_by_value_when_a_tensor_holds_NaN()
    {
        // NaN sends the tensor down the non-finite path. Zero in both at 0; zeroed here at 2 (base 1) and 3 (base NaN).
        var a = _files.Write("a.safetensors", ("w", [5], [0f, float.NaN, 1f, float.NaN, 4f]));
        var b = _files.Write("b.safetensors", ("w", [5], [0f, 0.5f, 0f, 0f, float.NaN]));

        var model = (await ProbeFiles.Probe(4, a, b)).Tensors.Single().Models[1]!;

        Assert.Equal((3.0 / 5, 1.0 / 5, 2.0 / 5), (model.Sparsity, model.ZeroInBoth, model.ZeroOnlyHere));
    }

    [Fact]
    public async Task Modules_pool_the_split_over_their_tensors_values()
    {
        var a = _files.Write("a.safetensors", ("enc.0.weight", [4], [0f, 1f, 2f, 3f]), ("enc.1.weight", [2], [0f, 0f]), ("head", [2], [1f, 1f]));
        var b = _files.Write("b.safetensors", ("enc.0.weight", [4], [0f, 0f, 0f, 3f]), ("enc.1.weight", [2], [0f, 7f]), ("head", [2], [0f, 1f]));

        var modules = (await ProbeFiles.Probe(null, a, b)).Modules.ToDictionary(m => m.Name);

        // enc: in both at enc.0[0] and enc.1[0]; only here at enc.0[1], enc.0[2]: of 6 values.
        var enc = modules["enc"].Models;
        Assert.Equal((3.0 / 6, 3.0 / 6, 0.0), (enc[0]!.Sparsity, enc[0]!.ZeroInBoth, enc[0]!.ZeroOnlyHere));
        Assert.Equal((4.0 / 6, 2.0 / 6, 2.0 / 6), (enc[1]!.Sparsity, enc[1]!.ZeroInBoth, enc[1]!.ZeroOnlyHere));
        // The whole model adds head's zeroed value: 8 values.
        var all = modules[""].Models[1]!;
        Assert.Equal((5.0 / 8, 2.0 / 8, 3.0 / 8), (all.Sparsity, all.ZeroInBoth, all.ZeroOnlyHere));
    }
}
