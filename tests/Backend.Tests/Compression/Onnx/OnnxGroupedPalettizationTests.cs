// Palettization per grouped channel on hand-built models: one codebook per groupSize slices of the weight's first axis,
// stacked, with the last group holding what is left. ONNX Runtime computes with exactly stackedCodebook[group·2^bits +
// index] (indices unpacked here apart from the writer) at every width, the probe reads the same values, each value took the
// nearest entry of its own group's palette, the checker accepts the file, and bad parameters are refused by name.
using System.Text.Json;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxGroupedPalettizationTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>MatMul(x, W [rows, columns]) at opset 13; W's rows are the first axis the groups run along.</summary>
    string MatMulModel(float[] w, int rows, int columns) => OnnxPalettizationTests.MatMulModel(_folder, w, rows, columns, 13);

    [Theory]
    [InlineData(2, 7, 5, 3)]   // groups of rows 0–2, 3–5 and 6: the last one partial
    [InlineData(4, 7, 5, 3)]
    [InlineData(6, 7, 5, 2)]   // six-bit groups of 3 bytes, decoded in int64
    [InlineData(8, 7, 5, 3)]
    [InlineData(4, 7, 5, 16)]  // one group larger than the weight
    public void ONNX_Runtime_computes_with_exactly_each_groups_own_codebook_entry(int bits, int rows, int columns, int groupSize)
    {
        var random = new Random(bits * 10 + groupSize);
        // Each row on its own scale, so one palette for all rows could not fit them all.
        float[] w = [.. Enumerable.Range(0, rows * columns).Select(i => (random.NextSingle() - 0.5f) * MathF.Pow(4, i / columns))];
        var source = MatMulModel(w, rows, columns);
        var target = _folder.File("grouped.onnx");

        var changed = OnnxPalettization.Palettize(new OnnxCompressionInput(source, target, _folder.File("spec.yaml")),
            new Palettization(bits, Granularity: PaletteGranularities.PerGroupedChannel, GroupSize: groupSize));

        var groups = (rows + groupSize - 1) / groupSize;
        var entries = 1 << bits;
        Assert.Equal([("W", (long)w.Length)], changed.Select(c => (c.Name, c.Count)));
        var (codebook, indices) = OnnxPalettizationTests.StoredPalette(target, "W", bits, w.Length);
        Assert.Equal(groups * entries, codebook.Length);
        float[] expected = [.. indices.Select((index, i) => codebook[i / columns / groupSize * entries + index])];
        Assert.Equal(expected, OnnxPalettizationTests.RunIdentity(target, rows, columns));
        var probed = new float[w.Length];
        OnnxModelReader.OpenIndexed(target).ReadWeightsOnDemand()["W"].ReadFloats(probed);
        Assert.Equal(expected, probed);
        for (var i = 0; i < w.Length; i++)
        {
            var own = codebook.AsSpan(i / columns / groupSize * entries, entries).ToArray();
            // Midpoints are rounded to float: allow a rounding step of the value's scale.
            var slack = 1e-6f * MathF.Max(MathF.Abs(w[i]), MathF.Abs(expected[i]));
            Assert.All(own, c => Assert.True(MathF.Abs(w[i] - c) >= MathF.Abs(w[i] - expected[i]) - slack, $"value {i} did not take its group's nearest entry"));
        }
        OnnxChecker.AssertValid(target);
    }

    [Fact]
    public void Grouped_palettes_fit_rows_of_different_scales_closer_than_one_palette()
    {
        var random = new Random(3);
        float[] w = [.. Enumerable.Range(0, 8 * 64).Select(i => (random.NextSingle() - 0.5f) * MathF.Pow(10, i / 64 % 4 - 3))];
        var source = MatMulModel(w, 8, 64);
        var spec = _folder.File("spec.yaml");
        OnnxPalettization.Palettize(new OnnxCompressionInput(source, _folder.File("tensor.onnx"), spec), new Palettization(2));
        OnnxPalettization.Palettize(new OnnxCompressionInput(source, _folder.File("grouped.onnx"), spec),
            new Palettization(2, Granularity: PaletteGranularities.PerGroupedChannel, GroupSize: 1));

        double Error(string file)
        {
            var decoded = OnnxPalettizationTests.RunIdentity(_folder.File(file), 8, 64);
            // Relative to each row's scale: the small rows are what one palette loses.
            return Enumerable.Range(0, w.Length).Sum(i => Math.Abs(w[i] - decoded[i]) / Math.Pow(10, i / 64 % 4 - 3));
        }
        Assert.True(Error("grouped.onnx") * 4 < Error("tensor.onnx"), $"grouped {Error("grouped.onnx"):0.000}, per tensor {Error("tensor.onnx"):0.000}");
    }

    [Theory]
    [InlineData("granularity", "\"per-row\"", "granularity")]
    [InlineData("groupSize", "0", "groupSize")]
    public void Bad_granularity_or_group_size_is_refused_by_name(string key, string json, string parameter)
    {
        var parameters = new Dictionary<string, JsonElement>
        {
            ["bits"] = JsonSerializer.SerializeToElement(4),
            [key] = JsonDocument.Parse(json).RootElement.Clone(),
        };
        var error = Assert.Throws<CompressionParameterException>(() => Palettization.FromParameters(parameters));
        Assert.Contains(parameter, error.Message);
    }

    [Fact]
    public void The_application_records_granularity_only_when_grouped()
    {
        Assert.DoesNotContain("granularity", new Palettization(4).ToApplication().Parameters.Keys);
        var grouped = new Palettization(4, Granularity: PaletteGranularities.PerGroupedChannel, GroupSize: 8).ToApplication().Parameters;
        Assert.Equal(("per-grouped-channel", 8), (grouped["granularity"].GetString(), grouped["groupSize"].GetInt32()));
        Assert.Equal(grouped.ToDictionary(p => p.Key, p => p.Value.GetRawText()),
            Palettization.FromParameters(grouped).ToApplication().Parameters.ToDictionary(p => p.Key, p => p.Value.GetRawText()));
    }
}
