// Weight-only "Int8 Quantize" on hand-built ONNX models with known weights: exact codes and scales along each output-channel
// axis (Conv W and Gemm B transB=1 → 0; Gemm B transB=0 and MatMul's [K, N] operand → 1), a zero channel's scale of 1, the
// include/exclude selection, names that avoid the graph's own (and a weight If branches capture keeping its name), a copy
// that ONNX Runtime runs as the float model with the decoded weights, nothing written when cancelled, and the Layers
// probe reading each quantized weight under its float name with relL2 equal to its quantization error.
using Backend.Tests.Layers;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxInt8WeightTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.json");

    OnnxCompressionReport Quantize(string source, string target, string? include = null, string? exclude = null) =>
        new OnnxInt8Quantization(Include: include, Exclude: exclude).Apply(new OnnxCompressionInput(source, _folder.File(target), Spec), CancellationToken.None);

    [Fact]
    public void Conv_and_transposed_Gemm_weights_get_exact_codes_along_axis_0_and_a_zero_channel_gets_scale_1()
    {
        var source = OnnxPruneModels.ConvGemm(conv: [1, 0.25f, 0, 0], fc: [-2, 0.5f, 0.1f, 0.4f]).Save(_folder.File("m.onnx"));

        var report = Quantize(source, "q.onnx");

        Assert.Equal(["conv.weight", "fc.weight"], report.Weights.Select(w => w.Name));
        Assert.All(report.Weights, w => Assert.Equal("int8 per channel (axis 0)", w.Change));
        var model = OnnxInt8Models.Read(_folder.File("q.onnx"));
        var conv = OnnxInt8Models.Weight(model, "conv.weight_DequantizeLinear_Output");
        OnnxInt8Models.AssertEqual(new QuantizedWeight([127, 32, 0, 0], [2, 1, 1, 2], [1f / 127, 1f], [0, 0], 0), conv);
        var fc = OnnxInt8Models.Weight(model, "fc.weight_DequantizeLinear_Output");
        OnnxInt8Models.AssertEqual(new QuantizedWeight([-127, 32, 32, 127], [2, 2], [2f / 127, 0.4f / 127], [0, 0], 0), fc);
        Assert.Null(OnnxInt8Models.FloatWeight(model, "conv.weight"));
        Assert.Equal([0.5f, -0.25f], OnnxInt8Models.FloatWeight(model, "conv.bias")!); // biases stay float unless included by name
        Assert.Equal("conv.weight_DequantizeLinear_Output", model.Graph.Node.Single(n => n.OpType == "Conv").Input[1]);
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("q.onnx"));
    }

    [Fact]
    public void Gemm_without_transB_and_MatMul_constant_operands_are_quantized_per_column_and_run_as_their_decoded_floats()
    {
        float[] gemm = [1, 0, -0.5f, 0.25f, 0, 2], matmul = [1, -4, 0.75f, 1, 0.25f, 3];
        var source = OnnxInt8Models.GemmMatMul(gemm, matmul).Save(_folder.File("m.onnx"));

        Quantize(source, "q.onnx");

        var model = OnnxInt8Models.Read(_folder.File("q.onnx"));
        var g = OnnxInt8Models.Weight(model, "gemm.B_DequantizeLinear_Output");
        OnnxInt8Models.AssertEqual(new QuantizedWeight([127, 0, -32, 32, 0, 127], [2, 3], [1f / 127, 1f, 2f / 127], [0, 0, 0], 1), g);
        var m = OnnxInt8Models.Weight(model, "matmul.B_DequantizeLinear_Output");
        OnnxInt8Models.AssertEqual(new QuantizedWeight([127, -127, 95, 32, 32, 95], [3, 2], [1f / 127, 4f / 127], [0, 0], 1), m);

        // The copy computes what the float model computes with each weight replaced by codes · scale of its column. ONNX Runtime's
        // optimizer turns DequantizeLinear→MatMul into an integer MatMul that quantizes the activation on the fly (measured: 0.3% off
        // here), so the exact check is on the graph as written, and the optimized run only stays close.
        var decoded = OnnxInt8Models.GemmMatMul(DecodeColumns(g, columns: 3), DecodeColumns(m, columns: 2)).Save(_folder.File("decoded.onnx"));
        float[] x = [1, 2, -3, 0.5f];
        var expected = OnnxInt8Models.Run(decoded, x, 2);
        var asWritten = OnnxInt8Models.Run(_folder.File("q.onnx"), x, 2, optimized: false);
        var optimized = OnnxInt8Models.Run(_folder.File("q.onnx"), x, 2);
        Assert.Equal(expected.Length, asWritten.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], asWritten[i], 1e-5f);
            Assert.Equal(expected[i], optimized[i], 0.02f * Math.Abs(expected[i]));
        }
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("q.onnx"));
    }

    [Fact]
    public void Exclude_keeps_a_layer_float_and_an_explicit_include_quantizes_a_bias_along_its_only_axis()
    {
        var source = OnnxPruneModels.ConvGemm(conv: [1, 0.25f, 0, 0], fc: [-2, 0.5f, 0.1f, 0.4f]).Save(_folder.File("m.onnx"));

        var excluded = Quantize(source, "no-fc.onnx", exclude: "fc.weight");
        var included = Quantize(source, "bias.onnx", include: "conv.weight,conv.bias");

        Assert.Equal(["conv.weight"], excluded.Weights.Select(w => w.Name));
        Assert.Equal([-2, 0.5f, 0.1f, 0.4f], OnnxInt8Models.FloatWeight(OnnxInt8Models.Read(_folder.File("no-fc.onnx")), "fc.weight")!);
        Assert.Equal(["conv.weight", "conv.bias"], included.Weights.Select(w => w.Name));
        var bias = OnnxInt8Models.Weight(OnnxInt8Models.Read(_folder.File("bias.onnx")), "conv.bias_DequantizeLinear_Output");
        OnnxInt8Models.AssertEqual(new QuantizedWeight([127, -127], [2], [0.5f / 127, 0.25f / 127], [0, 0], 0), bias);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_refused_by_name_and_writes_nothing()
    {
        var source = OnnxPruneModels.ConvGemm([1, 2, 3, 4], [1, 0, 0, 1]).Save(_folder.File("m.onnx"));

        var error = Assert.Throws<CompressionParameterException>(() => Quantize(source, "q.onnx", include: "decoder.*"));

        Assert.Equal(CompressionParameterKeys.Include, error.Parameter);
        Assert.Equal(["m.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_name_the_graph_already_uses_gets_a_counter_before_its_suffix_so_the_copy_still_runs()
    {
        var model = OnnxInt8Models.GemmMatMul([1, 0, -0.5f, 0.25f, 0, 2], [1, -4, 0.75f, 1, 0.25f, 3]);
        // A value called "gemm.B_quantized" already flows from the Gemm to the MatMul.
        model.Graph.Node.Single(n => n.OpType == "Gemm").Output[0] = "gemm.B_quantized";
        model.Graph.Node.Single(n => n.OpType == "MatMul").Input[0] = "gemm.B_quantized";
        var source = model.Save(_folder.File("m.onnx"));

        Quantize(source, "q.onnx");

        var dequantize = OnnxInt8Models.Read(_folder.File("q.onnx")).Graph.Node.Single(n => n.Output[0] == "gemm.B_DequantizeLinear_Output");
        Assert.Equal("gemm.B_2_quantized", dequantize.Input[0]);
        Assert.Equal(2, OnnxInt8Models.Run(_folder.File("q.onnx"), [1, 2], 2).Length);
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("q.onnx"));
    }

    [Fact]
    public void A_weight_an_If_branch_also_reads_keeps_its_name_as_the_dequantized_value()
    {
        // x[1, 2] → Gemm(x, w, transB) → g; If(c) then Identity(w) else Neg(w) → s: the branches capture w from the main graph.
        var graph = new GraphProto { Name = "captured" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2));
        graph.Input.Add(ValueInfo("c", OnnxDataType.Bool));
        graph.Output.Add(ValueInfo("g", OnnxDataType.Float, 1, 2));
        graph.Output.Add(ValueInfo("s", OnnxDataType.Float, 2, 2));
        graph.Initializer.Add(Floats("w", [1, 0.25f, -2, 0.5f], [2, 2]));
        GraphProto Branch(string op)
        {
            var branch = new GraphProto { Name = op };
            branch.Node.Add(Node(op, op, ["w"], op + "_out"));
            branch.Output.Add(ValueInfo(op + "_out", OnnxDataType.Float, 2, 2));
            return branch;
        }
        graph.Node.Add(Node("Gemm", "fc", ["x", "w"], "g", Int("transB", 1)));
        graph.Node.Add(Node("If", "branch", ["c"], "s", Graph("then_branch", Branch("Identity")), Graph("else_branch", Branch("Neg"))));
        var source = OnnxProtoModels.Model(graph, 17).Save(_folder.File("m.onnx"));

        Quantize(source, "q.onnx");

        var model = OnnxInt8Models.Read(_folder.File("q.onnx"));
        var w = OnnxInt8Models.Weight(model, "w");
        Assert.Equal("w", model.Graph.Node.Single(n => n.OpType == "Gemm").Input[1]);
        using var session = new InferenceSession(_folder.File("q.onnx"));
        using var x = OrtValue.CreateTensorValueFromMemory(new float[] { 1, 2 }, [1, 2]);
        using var c = OrtValue.CreateTensorValueFromMemory(new[] { true }, []);
        using var results = session.Run(new RunOptions(), ["x", "c"], [x, c], ["s"]);
        Assert.Equal(DecodeRows(w, rows: 2), results[0].GetTensorDataAsSpan<float>().ToArray());
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("q.onnx"));
    }

    [Fact]
    public void A_cancelled_run_leaves_no_file_behind()
    {
        var source = OnnxPruneModels.ConvGemm([1, 2, 3, 4], [1, 0, 0, 1]).Save(_folder.File("m.onnx"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new OnnxInt8Quantization().Apply(new OnnxCompressionInput(source, _folder.File("q.onnx"), Spec), cancel.Token));

        Assert.Equal(["m.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_probe_reads_each_quantized_weight_under_its_float_name_with_relL2_equal_to_its_quantization_error()
    {
        float[] gemm = [1, 0.3f, -0.5f, 0.25f, 0.01f, 2], matmul = [1, -4, 0.7f, 1, 0.2f, 3];
        var source = OnnxInt8Models.GemmMatMul(gemm, matmul).Save(_folder.File("m.onnx"));
        Quantize(source, "q.onnx");
        var model = OnnxInt8Models.Read(_folder.File("q.onnx"));

        var probe = await ProbeFiles.Probe(null, source, _folder.File("q.onnx"));

        Assert.Empty(probe.Unmatched);
        foreach (var (name, original, columns) in new[] { ("gemm.B", gemm, 3), ("matmul.B", matmul, 2) })
        {
            var tensor = Assert.Single(probe.Tensors, t => (t.Stored ?? t.Name) == name);
            var decoded = DecodeColumns(OnnxInt8Models.Weight(model, name + "_DequantizeLinear_Output"), columns);
            var error = Math.Sqrt(original.Zip(decoded, (o, d) => (double)(o - d) * (o - d)).Sum() / original.Sum(o => (double)o * o));
            Assert.True(error > 0, "these weights are not all exactly representable");
            Assert.Equal(error, tensor.Models[1]!.RelL2!.Value, 1e-6);
        }
    }

    /// <summary>codes · scale of each row of a [<paramref name="rows"/>, columns] weight quantized along axis 0.</summary>
    static float[] DecodeRows(QuantizedWeight weight, int rows) => [.. weight.Codes.Select((c, i) => c * weight.Scales[i / (weight.Codes.Length / rows)])];

    /// <summary>codes · scale of each column of a [rows, <paramref name="columns"/>] weight quantized along axis 1.</summary>
    static float[] DecodeColumns(QuantizedWeight weight, int columns) => [.. weight.Codes.Select((c, i) => c * weight.Scales[i % columns])];
}
