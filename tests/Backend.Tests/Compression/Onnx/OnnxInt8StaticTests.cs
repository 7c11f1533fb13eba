// Static "Int8 Quantize" (activations "static") on a hand-built MLP with a tiny spec and .npy dataset: the activations the
// quantized layers read (the graph input x for fc1, the ReLU's output h for fc2) get QuantizeLinear→DequantizeLinear pairs
// whose uint8 parameters come from exactly the min and max computed here by hand over the dataset; the copy runs close to
// the float model; a cancelled calibration and a spec without a dataset leave nothing behind.
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxInt8StaticTests : IDisposable
{
    const int Rows = 40, Width = 4;
    // fc1 [3, 4] and fc2 [3, 2]: quarters and small integers, so h = ReLU(x · fc1ᵀ) is exact in float and its range known here.
    static readonly float[] Fc1 = [1.5f, -0.5f, 2, 0, 0.25f, 1, -1, 1, -2, 0, 0.5f, 1.5f], Fc2 = [0.3f, -0.2f, 0.1f, 0.7f, -0.4f, 0.25f];

    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.json");

    /// <summary>Integers from −2 to 3, so x's range is [−2, 3].</summary>
    static float[] Inputs() => [.. Enumerable.Range(0, Rows * Width).Select(i => (float)((i * 7 + i / Width * 3) % 6 - 2))];

    string WriteModelAndSpec()
    {
        NpyArray.OfFloats(Inputs(), Rows, Width).Write(_folder.File("x.npy"));
        NpyArray.OfInt64([.. Enumerable.Range(0, Rows).Select(i => (long)(i % 2))], Rows).Write(_folder.File("y.npy"));
        File.WriteAllText(Spec, """{"models": [{"id": "m"}], "dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["a", "b"]}}""");
        return OnnxInt8Models.Mlp(Fc1, Fc2).Save(_folder.File("m.onnx"));
    }

    IOnnxFeed Feed() => OnnxInt8Models.Feed(Spec, "m");

    [Fact]
    public void Each_quantized_layers_activation_gets_a_QDQ_pair_with_the_uint8_parameters_of_its_range_over_the_dataset()
    {
        var source = WriteModelAndSpec();

        var report = new OnnxInt8Quantization(Int8Activations.Static).Apply(new OnnxCompressionInput(source, _folder.File("q.onnx"), Spec, Feed()), CancellationToken.None);

        Assert.Equal(["fc1.weight", "fc2.weight"], report.Weights.Select(w => w.Name));
        var model = OnnxInt8Models.Read(_folder.File("q.onnx"));
        var (xScale, xZero) = Parameters(model, "x");
        Assert.Equal(5f / 255, xScale, 1e-7f); // [−2, 3]
        Assert.Equal(102, xZero); // 2 / (5/255)
        var hMax = HiddenMax();
        Assert.True(hMax > 0);
        var (hScale, hZero) = Parameters(model, "h");
        Assert.Equal(hMax / 255, hScale, 1e-7f); // [0, max]: a ReLU's output
        Assert.Equal(0, hZero);
        Assert.Equal("x_DequantizeLinear_Output", model.Graph.Node.Single(n => n.Name == "fc1").Input[0]);
        Assert.Equal("h_DequantizeLinear_Output", model.Graph.Node.Single(n => n.Name == "fc2").Input[0]);
        Assert.Equal("g", model.Graph.Node.Single(n => n.Name == "relu").Input[0]); // only the quantized layers read through QDQ
        Assert.Equal(["y"], model.Graph.Output.Select(o => o.Name)); // the calibration outputs are gone
        // Codes up to ±64 (quantize_static's reduce_range), so no pair of uint8 × int8 products saturates ONNX Runtime's 16-bit sums.
        OnnxInt8Models.AssertEqual(new QuantizedWeight([48, -16, 64, 0, 16, 64, -64, 64, -64, 0, 16, 48], [3, 4], [2f / 64, 1f / 64, 2f / 64], [0, 0, 0], 0),
            OnnxInt8Models.Weight(model, "fc1.weight_DequantizeLinear_Output"));

        var expected = OnnxInt8Models.Run(source, Inputs(), Width);
        var actual = OnnxInt8Models.Run(_folder.File("q.onnx"), Inputs(), Width);
        var tolerance = 0.05f * expected.Max(Math.Abs);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], tolerance);
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("q.onnx"));
    }

    [Theory]
    [InlineData(2f, 5f, 5f / 255, 0)] // widened down to 0
    [InlineData(-5f, -1f, 5f / 255, 255)] // widened up to 0
    [InlineData(0f, 0f, 1f, 0)] // a constant zero: any scale, quantize_static's 1
    public void A_range_is_widened_to_hold_zero_before_its_uint8_scale_and_zero_point(float min, float max, float scale, int zeroPoint)
    {
        var (s, z) = new OnnxActivationRange(min, max).UInt8();
        Assert.Equal(scale, s, 1e-7f);
        Assert.Equal(zeroPoint, z);
    }

    [Fact]
    public void A_calibration_cancelled_midway_leaves_no_file_behind()
    {
        var source = WriteModelAndSpec();
        var before = Directory.GetFiles(_folder.Path).Order().ToArray();
        using var cancel = new CancellationTokenSource();
        var feed = new CancellingFeed(Feed(), cancel);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new OnnxInt8Quantization(Int8Activations.Static, Samples: Rows).Apply(new OnnxCompressionInput(source, _folder.File("q.onnx"), Spec, feed), cancel.Token));

        Assert.Equal(1, feed.Batches); // cancelled after the first of two batches
        Assert.Equal(before, Directory.GetFiles(_folder.Path).Order());
    }

    [Fact]
    public void Static_quantization_of_a_model_whose_spec_has_no_dataset_is_refused_before_anything_is_written()
    {
        var source = OnnxInt8Models.Mlp(Fc1, Fc2).Save(_folder.File("m.onnx"));

        var error = Assert.Throws<CompressionParameterException>(() =>
            new OnnxInt8Quantization(Int8Activations.Static).Apply(new OnnxCompressionInput(source, _folder.File("q.onnx"), Spec), CancellationToken.None));

        Assert.Contains("dataset", error.Message);
        Assert.Equal(["m.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    /// <summary>max over the dataset of ReLU(x · fc1ᵀ), in doubles (exact for these values).</summary>
    static float HiddenMax()
    {
        var x = Inputs();
        var max = double.NegativeInfinity;
        for (var r = 0; r < Rows; r++)
            for (var o = 0; o < 3; o++)
                max = Math.Max(max, Math.Max(0, Enumerable.Range(0, Width).Sum(k => (double)x[r * Width + k] * Fc1[o * Width + k])));
        return (float)max;
    }

    /// <summary>The scale and zero point of the QuantizeLinear on <paramref name="tensor"/>.</summary>
    static (float Scale, byte ZeroPoint) Parameters(ModelProto model, string tensor)
    {
        var quantize = Assert.Single(model.Graph.Node, n => n.OpType == "QuantizeLinear" && n.Input[0] == tensor);
        var scale = Assert.Single(model.Graph.Initializer, i => i.Name == quantize.Input[1]);
        var zero = Assert.Single(model.Graph.Initializer, i => i.Name == quantize.Input[2]);
        Assert.Equal((int)CompressCompare.Backend.Models.Onnx.OnnxDataType.UInt8, zero.DataType);
        return (BitConverter.ToSingle(scale.RawData.Span), zero.RawData[0]);
    }

    /// <summary>The dataset feed, cancelling the run once the first batch is in.</summary>
    sealed class CancellingFeed(IOnnxFeed inner, CancellationTokenSource cancel) : IOnnxFeed
    {
        public int Batches { get; private set; }

        public int Run(CompressCompare.Backend.Compression.Onnx.OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize,
            Action<IReadOnlyList<OrtValue>, int> onBatch, CancellationToken cancellationToken) =>
            inner.Run(model, outputs, instances, batchSize, (values, count) =>
            {
                onBatch(values, count);
                Batches++;
                cancel.Cancel();
            }, cancellationToken);
    }
}
