// Palettization of ONNX files on hand-built models: ONNX Runtime computes with exactly codebook[index] (read back from the
// stored tensors and unpacked here independently of the writer) at 2, 4, 6 and 8 bits, for weights whose packed indices
// do not fill their last byte or group; the probe reads the same values under the weight's float name; exact zeros stay
// zero; include/exclude pick the weights; and the ONNX project's checker accepts every artifact.
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxPalettizationTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.yaml");

    /// <summary>x[rows, rows] → MatMul(x, W [rows, columns]) → y, at opset 8 (so the operation must raise it); W given.</summary>
    string MatMulModel(float[] w, int rows, int columns) => MatMulModel(_folder, w, rows, columns, 8);

    /// <summary>x[rows, rows] → MatMul(x, W [rows, columns]) → y at <paramref name="opset"/>, saved as base.onnx in <paramref name="folder"/>.</summary>
    internal static string MatMulModel(OnnxTestFolder folder, float[] w, int rows, int columns, int opset)
    {
        var graph = new GraphProto { Name = "matmul" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, rows, rows));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, rows, columns));
        graph.Initializer.Add(Floats("W", w, [rows, columns]));
        graph.Node.Add(Node("MatMul", "mm", ["x", "W"], "y"));
        return OnnxProtoModels.Model(graph, opset).Save(folder.File("base.onnx"));
    }

    IReadOnlyList<OnnxChangedWeight> Palettize(string source, int bits, string? include = null, string? exclude = null, string target = "palette.onnx") =>
        OnnxPalettization.Palettize(new OnnxCompressionInput(source, _folder.File(target), Spec), new Palettization(bits, Include: include, Exclude: exclude));

    [Theory]
    [InlineData(2, 7, 5)]   // 35 indices: 70 bits, the last byte a quarter used
    [InlineData(4, 7, 5)]   // 140 bits: the last byte half used
    [InlineData(6, 7, 5)]   // 35 = 8 groups of 4 and 3 more: the last 3-byte group a quarter padding
    [InlineData(8, 7, 5)]
    [InlineData(4, 7, 10_001)] // over the k-means sample: fitted on a strided sample, every value assigned
    public void ONNX_Runtime_computes_with_exactly_codebook_of_index(int bits, int rows, int columns)
    {
        var random = new Random(bits * 100 + columns);
        float[] w = [.. Enumerable.Range(0, rows * columns).Select(_ => random.NextSingle() + random.NextSingle() + random.NextSingle() - 1.5f)];
        var source = MatMulModel(w, rows, columns);

        var changed = Palettize(source, bits);

        var target = _folder.File("palette.onnx");
        Assert.Equal([("W", (long)w.Length)], changed.Select(c => (c.Name, c.Count)));
        var (codebook, indices) = StoredPalette(target, "W", bits, w.Length);
        Assert.InRange(codebook.Length, 1, 1 << bits);
        float[] expected = [.. indices.Select(i => codebook[i])];
        Assert.Equal(expected, RunIdentity(target, rows, columns));
        var probed = new float[w.Length];
        OnnxModelReader.OpenIndexed(target).ReadWeightsOnDemand()["W"].ReadFloats(probed);
        Assert.Equal(expected, probed);
        // Each value took its nearest entry: no entry is closer than the one it got.
        for (var i = 0; i < w.Length; i += 7)
            Assert.All(codebook, c => Assert.True(MathF.Abs(w[i] - c) >= MathF.Abs(w[i] - expected[i]) - 1e-6f));
        Assert.True(new FileInfo(target).Length < new FileInfo(source).Length * (bits + 2) / 32.0 + 2048, "the indices are not stored packed");
        OnnxChecker.AssertValid(target);
    }

    [Fact]
    public void Exact_zeros_stay_zero_through_a_codebook_entry_pinned_at_zero()
    {
        var random = new Random(5);
        float[] w = [.. Enumerable.Range(0, 7 * 9).Select(i => i % 3 == 0 ? 0f : 1f + random.NextSingle())];
        var source = MatMulModel(w, 7, 9);

        Palettize(source, 2);

        var decoded = RunIdentity(_folder.File("palette.onnx"), 7, 9);
        for (var i = 0; i < w.Length; i++)
            if (w[i] == 0) Assert.Equal(0f, decoded[i]);
            else Assert.NotEqual(0f, decoded[i]);
        Assert.Contains(0f, StoredPalette(_folder.File("palette.onnx"), "W", 2, w.Length).Codebook);
    }

    [Fact]
    public void Exclude_leaves_a_weight_as_it_was_and_an_explicit_include_palettizes_a_bias()
    {
        var source = OnnxPruneModels.ConvGemm([3f, -3f, 1f, -1f], [5f, -6f, 7f, 8f]).Save(_folder.File("base.onnx"));

        var changed = Palettize(source, 2, exclude: "fc.*");
        Assert.Equal(["conv.weight"], changed.Select(c => c.Name));
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(_folder.File("palette.onnx")));
        Assert.DoesNotContain(model.Graph.Initializer, i => i.Name == "conv.weight");
        Assert.Equal([5f, -6f, 7f, 8f], OnnxPruneModels.Weights(_folder.File("palette.onnx"))["fc.weight"]);
        // Four evenly spaced values and four entries, which k-means starts evenly spaced: the palette is exact.
        Assert.Equal([3f, -3f, 1f, -1f], OnnxModelReader.OpenIndexed(_folder.File("palette.onnx")).ReadWeightsOnDemand()["conv.weight"].ToTensorData().Values);
        OnnxChecker.AssertValid(_folder.File("palette.onnx"));

        var withBias = Palettize(source, 2, include: "conv.bias", target: "bias.onnx");
        Assert.Equal(["conv.bias"], withBias.Select(c => c.Name));
        OnnxChecker.AssertValid(_folder.File("bias.onnx"));
    }

    [Fact]
    public void A_bit_width_outside_2_4_6_8_is_refused_by_name_before_anything_is_written()
    {
        var source = MatMulModel([1f, 2f, 3f, 4f], 2, 2);
        var error = Assert.Throws<CompressionParameterException>(() => Palettize(source, 5));
        Assert.Contains("bits", error.Message);
        Assert.False(File.Exists(_folder.File("palette.onnx")));
    }

    /// <summary>The artifact's codebook and its indices unpacked from the MSB-first bit stream, written here apart from the writer.</summary>
    internal static (float[] Codebook, int[] Indices) StoredPalette(string path, string weight, int bits, int count)
    {
        var initializers = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path)).Graph.Initializer.ToDictionary(i => i.Name);
        var codebook = MemoryMarshal.Cast<byte, float>(initializers[$"{weight}_codebook"].RawData.Span).ToArray();
        var packed = initializers[$"{weight}_indices"].RawData.ToByteArray();
        var indices = new int[count];
        for (var i = 0; i < count; i++)
            for (var b = 0; b < bits; b++)
            {
                var position = (long)i * bits + b;
                indices[i] = indices[i] << 1 | (packed[position / 8] >> (7 - (int)(position % 8)) & 1);
            }
        return (codebook, indices);
    }

    /// <summary>y = I·W: ONNX Runtime's view of W, exactly (a product with one 1 and zeros adds nothing).</summary>
    internal static float[] RunIdentity(string model, int rows, int columns)
    {
        var identity = new float[rows * rows];
        for (var i = 0; i < rows; i++) identity[i * rows + i] = 1;
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(identity, [rows, rows]);
        using var results = session.Run(new RunOptions(), ["x"], [input], ["y"]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
