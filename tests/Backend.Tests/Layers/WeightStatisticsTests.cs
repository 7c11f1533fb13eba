// Per-tensor statistics, shared bins, change bands and module pooling against hand computations on tiny files.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers;

namespace Backend.Tests.Layers;

public sealed class WeightStatisticsTests : IDisposable
{
    readonly ProbeFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Statistics_of_one_tensor_match_hand_computations()
    {
        var file = _files.Write("a.safetensors", ("w", [2, 2], [0f, 1f, 2f, -3f]));
        var result = await ProbeFiles.Probe(4, file);
        var stats = result.Tensors.Single().Models[0]!;
        Assert.Equal(0.25, stats.Sparsity);
        Assert.Equal(-3, stats.Min);
        Assert.Equal(2, stats.Max);
        Assert.Equal(0, stats.Mean, 12);
        Assert.Equal(Math.Sqrt(14.0 / 4), stats.Std, 12); // (0 + 1 + 4 + 9) / 4
        // Bins of width 1.25 over [−3, 2]: −3 → 0; 0 → 2 (2.4); 1 → 3 (3.2); 2 → the last bin (clamped).
        Assert.Equal([1L, 0, 1, 2], stats.Histogram);
        Assert.Equal(0, stats.RelL2);
        Assert.Empty(stats.ChangeHistograms);
    }

    [Fact]
    public async Task Variance_stays_exact_when_the_mean_is_far_from_zero()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => 1000f + (i % 2 == 0 ? 0.5f : -0.5f)).ToArray();
        var result = await ProbeFiles.Probe(null, _files.Write("a.safetensors", ("w", [10_000], values)));
        Assert.Equal(0.5, result.Tensors[0].Models[0]!.Std, 4);
        Assert.Equal(1000, result.Tensors[0].Models[0]!.Mean, 6);
    }

    [Fact]
    public async Task Bins_span_every_model_and_change_is_measured_against_the_base()
    {
        var a = _files.Write("a.safetensors", ("w", [4], [1f, 2f, 3f, 4f]));
        var b = _files.Write("b.safetensors", ("w", [4], [0f, 2f, 3f, 8f]));
        var result = await ProbeFiles.Probe(4, a, b);
        var tensor = result.Tensors.Single();
        Assert.Equal((0, 8), (tensor.BinMin, tensor.BinMax));
        Assert.Equal([1L, 2, 1, 0], tensor.Models[0]!.Histogram); // bins of width 2: 1 → 0, 2 and 3 → 1, 4 → 2
        var changed = tensor.Models[1]!;
        Assert.Equal([1L, 2, 0, 1], changed.Histogram);
        Assert.Equal(0.5, changed.Changed);
        Assert.Equal(0.25, changed.Sparsity);
        Assert.Equal(Math.Sqrt(17.0 / 30), changed.RelL2!.Value, 6); // (1² + 4²) / (1 + 4 + 9 + 16)
        // The base's values by band: 2 and 3 unchanged, 1 zeroed, 4 grew by 4 (100% of the base's largest |value|).
        var bands = result.ChangeBands.ToList();
        Assert.Equal([0L, 2, 0, 0], changed.ChangeHistograms[bands.IndexOf("unchanged")]);
        Assert.Equal([1L, 0, 0, 0], changed.ChangeHistograms[bands.IndexOf("zeroed")]);
        Assert.Equal([0L, 0, 1, 0], changed.ChangeHistograms[bands.IndexOf("> 10%")]);
        Assert.Equal(4, changed.ChangeHistograms.Sum(h => h.Sum()));
    }

    [Theory]
    [InlineData(1f, 1f, ChangeBands.Unchanged)]
    [InlineData(1f, 0f, ChangeBands.Zeroed)]
    [InlineData(1f, 1.005f, ChangeBands.Small)]
    [InlineData(1f, 1.05f, ChangeBands.Medium)]
    [InlineData(1f, 1.5f, ChangeBands.Large)]
    [InlineData(0f, 0.5f, ChangeBands.Large)]
    public void Change_bands_are_relative_to_the_base_tensor_s_largest_magnitude(float before, float after, int band) =>
        Assert.Equal(band, ChangeBands.Of(before, after, baseMaxAbs: 1.0));

    [Fact]
    public async Task Modules_pool_their_tensors_and_list_parents_first()
    {
        var a = _files.Write("a.safetensors", ("enc.0.weight", [2], [1f, 1f]), ("enc.0.bias", [2], [1f, 1f]), ("enc.1.weight", [4], [1f, 1f, 1f, 1f]), ("head", [1], [2f]));
        var b = _files.Write("b.safetensors", ("enc.0.weight", [2], [0f, 1f]), ("enc.0.bias", [2], [1f, 1f]), ("enc.1.weight", [4], [1f, 1f, 1f, 3f]), ("head", [1], [2f]));
        var result = await ProbeFiles.Probe(null, a, b);
        Assert.Equal(["", "enc", "enc.0", "enc.1"], result.Modules.Select(m => m.Name));
        Assert.Equal([null, "", "enc", "enc"], result.Modules.Select(m => m.Parent));
        var enc = result.Modules.Single(m => m.Name == "enc");
        Assert.Equal(8, enc.Params);
        Assert.Equal(1.0 / 8, enc.Models[1]!.Sparsity);
        Assert.Equal(2.0 / 8, enc.Models[1]!.Changed);
        Assert.Equal(Math.Sqrt((1.0 + 4) / 8), enc.Models[1]!.RelL2!.Value, 6); // Δ² = 1 + 4 over ‖base‖² = 8
        Assert.Equal(9, result.Modules[0].Params);
        Assert.Equal("", result.Tensors.Single(t => t.Name == "head").Module);
    }

    [Fact]
    public async Task Renamed_missing_and_reshaped_tensors_are_reported_not_dropped()
    {
        var a = _files.Write("a.safetensors", ("x", [2], [1f, 2f]), ("y", [2], [1f, 2f]), ("z", [2], [1f, 2f]));
        var b = _files.Write("b.safetensors", ("x", [2], [1f, 2f]), ("y", [1, 2], [1f, 2f]), ("z_renamed", [2], [1f, 2f]));
        var result = await ProbeFiles.Probe(null, a, b);
        Assert.Equal(["x"], result.Tensors.Select(t => t.Name));
        Assert.Contains(result.Unmatched, u => u is { Name: "y", Model: "b.safetensors", Reason: "shape [1, 2] differs from the base's [2]" });
        Assert.Contains(result.Unmatched, u => u is { Name: "z", Model: "b.safetensors", Reason: TensorMatching.Missing });
        Assert.Contains(result.Unmatched, u => u is { Name: "z_renamed", Model: "b.safetensors", Reason: TensorMatching.NotInBase });
        Assert.Equal(3, result.Unmatched.Count);
    }

    [Fact]
    public async Task Half_precision_tensors_are_read_as_their_float_values()
    {
        // bfloat16 1.5 is 0x3FC0; float16 −2 is 0xC000 (little-endian bytes).
        var bf16 = _files.WriteRaw("b.safetensors", "w", "BF16", [2], [0xC0, 0x3F, 0x00, 0x00]);
        var f16 = _files.WriteRaw("h.safetensors", "w", "F16", [2], [0x00, 0xC0, 0x00, 0x00]);
        var result = await ProbeFiles.Probe(null, bf16, f16);
        Assert.Equal((0, 1.5), (result.Tensors[0].Models[0]!.Min, result.Tensors[0].Models[0]!.Max));
        Assert.Equal((-2, 0), (result.Tensors[0].Models[1]!.Min, result.Tensors[0].Models[1]!.Max));
    }

    [Fact]
    public async Task A_missing_file_or_an_unknown_format_says_what_to_do()
    {
        var missing = await Assert.ThrowsAsync<BackendException>(() => ProbeFiles.Probe(null, Path.Combine(_files.Folder, "none.safetensors")));
        Assert.Contains("does not exist", missing.Message);
        var text = Path.Combine(_files.Folder, "model.h5");
        File.WriteAllText(text, "not a model");
        var unknown = await Assert.ThrowsAsync<BackendException>(() => ProbeFiles.Probe(null, text));
        Assert.Contains(".safetensors", unknown.ErrorData.Hint);
        // .pt is read now (torch.save's zip); a .pt that is not one says so and how to save one.
        var notZip = Path.Combine(_files.Folder, "model.pt");
        File.WriteAllText(notZip, "not a model");
        var foreign = await Assert.ThrowsAsync<BackendException>(() => ProbeFiles.Probe(null, notZip));
        Assert.Contains("not a torch.save checkpoint", foreign.Message);
        Assert.Contains("torch.save(model.state_dict()", foreign.ErrorData.Hint);
        var truncated = Path.Combine(_files.Folder, "cut.safetensors");
        File.WriteAllBytes(truncated, [200, 0, 0, 0, 0, 0, 0, 0, (byte)'{']);
        var cut = await Assert.ThrowsAsync<BackendException>(() => ProbeFiles.Probe(null, truncated));
        Assert.Equal(truncated, cut.ErrorData.File);
    }
}
