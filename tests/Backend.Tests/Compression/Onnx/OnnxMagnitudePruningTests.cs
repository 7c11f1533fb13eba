// Magnitude pruning of ONNX files on hand-built models whose right answer is known: which values become zero (ties
// broken by tensor, then index), global against per-layer, include/exclude over stored and graph-derived names, and
// every byte outside the pruned tensors left as it was.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Errors;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxMagnitudePruningTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.yaml");

    string Source(float[] conv, float[] fc) => OnnxPruneModels.ConvGemm(conv, fc).Save(_folder.File("base.onnx"));

    IReadOnlyList<OnnxPrunedWeight> Prune(string source, double amount, string scope = "global", string? include = null, string? exclude = null, string target = "pruned.onnx") =>
        OnnxMagnitudePruning.Prune(source, _folder.File(target), Spec, new MagnitudePruning(amount, scope, include, exclude));

    [Fact]
    public void Global_pruning_zeros_the_smallest_magnitudes_over_all_weights_and_breaks_ties_by_tensor_then_index()
    {
        var source = Source([1f, -1f, 1f, 2f], [1f, 1f, 3f, -4f]);

        var pruned = Prune(source, 0.5);

        var weights = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        // Five values share |w| = 1; four are pruned: the conv's three, then the first of the Gemm's.
        Assert.Equal([0f, 0f, 0f, 2f], weights["conv.weight"]);
        Assert.Equal([0f, 1f, 3f, -4f], weights["fc.weight"]);
        Assert.Equal([0.5f, -0.25f], weights["conv.bias"]);
        Assert.Equal([("conv.weight", 3L), ("fc.weight", 1L)], pruned.Select(p => (p.Name, p.Zeros)));
        OnnxPruneModels.AssertSameOutside(source, _folder.File("pruned.onnx"), OnnxPruneModels.Stored(source, "conv.weight", "fc.weight"));
    }

    [Fact]
    public void Per_layer_pruning_gives_each_weight_the_same_exact_sparsity()
    {
        var source = Source([1f, -1f, 1f, 2f], [1f, 1f, 3f, -4f]);

        var pruned = Prune(source, 0.5, "per-layer");

        var weights = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        Assert.Equal([0f, 0f, 1f, 2f], weights["conv.weight"]);
        Assert.Equal([0f, 0f, 3f, -4f], weights["fc.weight"]);
        Assert.All(pruned, p => Assert.Equal(2, p.Zeros));
    }

    [Fact]
    public void Exclude_leaves_a_weight_bit_for_bit_and_an_explicit_include_selects_a_bias()
    {
        var source = Source([4f, -3f, 2f, 1f], [5f, -6f, 7f, 8f]);

        Prune(source, 0.5, exclude: "fc.*");
        var weights = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        Assert.Equal([4f, -3f, 0f, 0f], weights["conv.weight"]);
        Assert.Equal([5f, -6f, 7f, 8f], weights["fc.weight"]);

        Prune(source, 0.5, include: "conv.bias", target: "bias.onnx");
        weights = OnnxPruneModels.Weights(_folder.File("bias.onnx"));
        Assert.Equal([0.5f, 0f], weights["conv.bias"]);
        Assert.Equal([4f, -3f, 2f, 1f], weights["conv.weight"]);
    }

    [Fact]
    public void A_flat_weight_name_is_matched_by_the_name_the_Layers_panel_shows_or_by_its_stored_name()
    {
        var source = OnnxPruneModels.ConvGemm([4f, -3f, 2f, 1f], [5f, -6f, 7f, 8f], "Parameter91", "Parameter5", "Convolution249", "Times5", "Parameter92")
            .Save(_folder.File("flat.onnx"));

        Prune(source, 0.5, include: "Convolution249 (Conv).W", target: "by-graph.onnx");
        Prune(source, 0.5, include: "Parameter91", target: "by-stored.onnx");
        Prune(source, 0.5, exclude: "Times5 (*", target: "excluded.onnx");

        foreach (var file in new[] { "by-graph.onnx", "by-stored.onnx", "excluded.onnx" })
        {
            var weights = OnnxPruneModels.Weights(_folder.File(file));
            Assert.Equal([4f, -3f, 0f, 0f], weights["Parameter91"]);
            Assert.Equal([5f, -6f, 7f, 8f], weights["Parameter5"]);
        }
    }

    [Fact]
    public void A_pattern_that_matches_no_weight_is_refused_naming_the_parameter_and_nothing_is_written()
    {
        var source = Source([1f, 2f, 3f, 4f], [1f, 2f, 3f, 4f]);

        var error = Assert.Throws<CompressionParameterException>(() => Prune(source, 0.5, exclude: "fc2.*"));

        Assert.Equal("exclude", error.Parameter);
        Assert.Contains("fc.weight", error.Message);
        Assert.False(File.Exists(_folder.File("pruned.onnx")));
    }

    [Fact]
    public void An_existing_target_is_never_replaced_and_no_temporary_file_is_left()
    {
        var source = Source([1f, 2f, 3f, 4f], [1f, 2f, 3f, 4f]);
        File.WriteAllText(_folder.File("pruned.onnx"), "mine");

        var error = Assert.Throws<BackendException>(() => Prune(source, 0.5));

        Assert.Contains("already exists", error.Message);
        Assert.Equal("mine", File.ReadAllText(_folder.File("pruned.onnx")));
        Assert.Equal(["base.onnx", "pruned.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_cancelled_rewrite_leaves_no_file_behind()
    {
        var source = Source([1f, 2f, 3f, 4f], [1f, 2f, 3f, 4f]);
        using var cancel = new CancellationTokenSource();
        var weights = OnnxPruneModels.Stored(source, "conv.weight", "fc.weight");

        // Cancelled while the first weight is being rewritten: the copy is half written when the token is next checked.
        Assert.ThrowsAny<OperationCanceledException>(() =>
            OnnxWeightRewriter.Write(source, _folder.File("pruned.onnx"), Spec, weights, (_, _, _) => cancel.Cancel(), cancel.Token));

        Assert.Equal(["base.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_target_outside_the_specs_folder_is_refused()
    {
        var source = Source([1f, 2f, 3f, 4f], [1f, 2f, 3f, 4f]);
        using var elsewhere = new OnnxTestFolder();

        var error = Assert.Throws<BackendException>(() =>
            OnnxMagnitudePruning.Prune(source, elsewhere.File("pruned.onnx"), Spec, new MagnitudePruning(0.5)));

        Assert.Contains("outside the workspace", error.Message);
        Assert.Empty(Directory.GetFiles(elsewhere.Path));
    }

    [Fact]
    public void Weights_stored_as_float_data_are_pruned_in_place_and_weights_in_an_external_file_are_refused_with_what_to_do()
    {
        var model = OnnxPruneModels.ConvGemm([4f, -3f, 2f, 1f], [5f, -6f, 7f, 8f]);
        var conv = model.Graph.Initializer[0];
        conv.ClearRawData();
        conv.FloatData.Add([4f, -3f, 2f, 1f]);
        var source = model.Save(_folder.File("float-data.onnx"));
        // Choosing the weights reads the graph without them: the float_data stays in the file.
        Assert.Equal(CompressCompare.Backend.Models.Onnx.Proto.TensorProto.Types.DataLocation.External,
            CompressCompare.Backend.Models.Onnx.OnnxModelReader.OpenIndexed(source).Model.Graph.Initializer[0].DataLocation);

        Prune(source, 0.5, "per-layer");
        Assert.Equal([4f, -3f, 0f, 0f], OnnxPruneModels.Weights(_folder.File("pruned.onnx"))["conv.weight"]);

        var fc = model.Graph.Initializer[2];
        fc.ClearRawData();
        fc.DataLocation = CompressCompare.Backend.Models.Onnx.Proto.TensorProto.Types.DataLocation.External;
        fc.ExternalData.Add(new CompressCompare.Backend.Models.Onnx.Proto.StringStringEntryProto { Key = "location", Value = "fc.bin" });
        File.WriteAllBytes(_folder.File("fc.bin"), new byte[16]);
        var external = model.Save(_folder.File("external.onnx"));
        var error = Assert.Throws<CompressCompare.Backend.Models.Onnx.OnnxModelException>(() => Prune(external, 0.5, target: "external-pruned.onnx"));
        Assert.Contains("'fc.weight' is not stored as raw float32 bytes inside the .onnx file", error.Message);
        Assert.Contains("exclude that weight", error.Message);
        Assert.False(File.Exists(_folder.File("external-pruned.onnx")));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Zeros_are_exactly_round_amount_times_count_and_the_ones_a_full_sort_by_magnitude_then_position_picks(double amount)
    {
        // Few distinct magnitudes, so most values tie with the cut; -0 and 0 tie too.
        var random = new Random(11);
        float[] Draw(int n) => [.. Enumerable.Range(0, n).Select(_ => random.Next(-3, 4) * 0.25f)];
        var conv = Draw(4);
        var fc = Draw(4);
        conv[1] = -0f;
        var source = Source(conv, fc);

        // A sample of one value misjudges the global cut's bracket: the exact passes must give the same zeros.
        foreach (var (scope, sample) in new[] { ("global", OnnxMagnitudePruning.SampleValues), ("global", 1), ("per-layer", 1) })
        {
            var target = $"{scope}-{sample}-{amount}.onnx";
            OnnxMagnitudePruning.Prune(source, _folder.File(target), Spec, new MagnitudePruning(amount, scope, null, null), sample);
            var weights = OnnxPruneModels.Weights(_folder.File(target));
            var expected = scope == "global" ? Reference([conv, fc], amount) : [.. Reference([conv], amount), .. Reference([fc], amount)];
            float[] actual = [.. weights["conv.weight"], .. weights["fc.weight"]];
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Large_tied_tensors_get_exactly_the_target_count_of_zeros()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 40_000).Select(_ => (float)random.Next(-20, 21)).ToArray()).ToArray();
        var cut = MagnitudeCut.Find(values.Length, t => values[t], ExactPruner.TargetZeros(0.613, 120_000));

        var zeros = values.Sum(v => cut.Apply(v));

        Assert.Equal(ExactPruner.TargetZeros(0.613, 120_000), zeros);
        Assert.Equal(Reference(values.Select(v => v.ToArray()).ToArray(), 0.613).Count(v => v == 0), zeros);
    }

    /// <summary>The tensors concatenated, with the round(amount·n) smallest |w| zeroed in (|w|, position) order: ExactPruner's order.</summary>
    internal static float[] Reference(float[][] tensors, double amount)
    {
        float[] all = [.. tensors.SelectMany(t => t)];
        var order = Enumerable.Range(0, all.Length).OrderBy(i => MathF.Abs(all[i])).ThenBy(i => i).ToArray();
        foreach (var i in order.Take((int)ExactPruner.TargetZeros(amount, all.Length))) all[i] = 0f;
        return all;
    }
}
