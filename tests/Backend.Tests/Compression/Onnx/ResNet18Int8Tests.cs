// The real third-party check of ONNX int8: NuGet's CNTK ResNet-18 (opset 8, flat names such as "Parameter91") quantized
// weight-only and static (calibrated on a small .npy of noise images the test writes) is at least 3× smaller on disk, runs in
// ONNX Runtime with features within cosine 0.99 of the float model's, and passes the ONNX project's checker; the probe reads
// each conv weight of the weight-only copy under its float name with relL2 equal to its quantization error.
// Skipped only where the NuGet fixture is absent (scripts/setup.sh restores it).
using Backend.Tests.Layers;
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Compression.Onnx;

public sealed class ResNet18Int8Tests : IDisposable
{
    const string Input = "Input247", Output = "Pooling395_Output_0";
    const int Pixels = 3 * 224 * 224, Images = 8;

    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.json");

    /// <summary>The model copied into the test's folder, which the spec there may read.</summary>
    string Source()
    {
        var path = _folder.File("resnet18.onnx");
        if (!File.Exists(path)) File.Copy(ThirdPartyModels.ResNet18, path);
        return path;
    }

    /// <summary>Uniform noise in [−100, 100), the range the other ResNet-18 tests feed it.</summary>
    static float[] Noise(int seed, int images)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, images * Pixels).Select(_ => random.NextSingle() * 200 - 100)];
    }

    IOnnxFeed NoiseDataset()
    {
        NpyArray.OfFloats(Noise(11, Images), Images, 3, 224, 224).Write(_folder.File("x.npy"));
        NpyArray.OfInt64(new long[Images], Images).Write(_folder.File("y.npy"));
        File.WriteAllText(Spec, """{"models": [{"id": "resnet18"}], "dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["noise"]}}""");
        return OnnxInt8Models.Feed(Spec, "resnet18");
    }

    [ResNet18Fact]
    public async Task Weight_only_int8_is_3x_smaller_runs_close_to_the_float_model_and_probes_as_its_quantization_error()
    {
        var target = _folder.File("int8.onnx");
        var report = new OnnxInt8Quantization().Apply(new OnnxCompressionInput(Source(), target, Spec), CancellationToken.None);

        var convWeights = OnnxInt8Models.Read(Source()).Graph.Node.Where(n => n.OpType == "Conv").Select(n => n.Input[1]).ToHashSet();
        Assert.Equal(convWeights.Order(), report.Weights.Select(w => w.Name).Order());
        AssertSmallValidAndClose(target);

        var copy = OnnxInt8Models.Read(target);
        var probe = await ProbeFiles.Probe(null, Source(), target);
        Assert.Empty(probe.Unmatched);
        foreach (var tensor in probe.Tensors)
        {
            var name = tensor.Stored ?? tensor.Name;
            var relL2 = tensor.Models[1]!.RelL2!.Value;
            if (!convWeights.Contains(name))
            {
                Assert.Equal(0, relL2); // batch norms stay float
                continue;
            }
            var weight = OnnxInt8Models.Weight(copy, name + OnnxInt8Weights.DequantizedSuffix);
            Assert.Equal(0, weight.Axis);
            Assert.Equal(QuantizationError(Floats(name), weight), relL2, 1e-4);
        }
    }

    [ResNet18Fact]
    public void Static_int8_calibrated_on_noise_images_is_3x_smaller_and_runs_close_to_the_float_model()
    {
        var target = _folder.File("static.onnx");
        new OnnxInt8Quantization(Int8Activations.Static, Samples: Images).Apply(new OnnxCompressionInput(Source(), target, Spec, NoiseDataset()), CancellationToken.None);

        var graph = OnnxInt8Models.Read(target).Graph;
        Assert.All(graph.Node.Where(n => n.OpType == "Conv"), conv => Assert.EndsWith("_DequantizeLinear_Output", conv.Input[0]));
        // One pair per activation: a block's shortcut convolution reads the same tensor as its first one.
        var activations = OnnxInt8Models.Read(Source()).Graph.Node.Where(n => n.OpType == "Conv").Select(n => n.Input[0]).Distinct().ToArray();
        Assert.Equal(activations.Order(), graph.Node.Where(n => n.OpType == "QuantizeLinear").Select(n => n.Input[0]).Order());
        AssertSmallValidAndClose(target);
    }

    /// <summary>
    /// At least 3× smaller than the float file, accepted by onnx.checker, and features within cosine 0.99 on a noise image
    /// (measured: 3.97× and 0.9994 weight-only, 3.97× and 0.9993 static).
    /// </summary>
    static void AssertSmallValidAndClose(string copy)
    {
        var ratio = (double)new FileInfo(ThirdPartyModels.ResNet18).Length / new FileInfo(copy).Length;
        Assert.True(ratio >= 3, $"the int8 copy is only {ratio:F2}× smaller than the float model");
        OnnxChecker.AssertValid(copy);
        var image = Noise(7, 1);
        var expected = Features(ThirdPartyModels.ResNet18, image);
        var actual = Features(copy, image);
        var cosine = expected.Zip(actual, (e, a) => (double)e * a).Sum() / Math.Sqrt(expected.Sum(e => (double)e * e) * actual.Sum(a => (double)a * a));
        Assert.True(cosine > 0.99, $"the int8 copy's 512 features have cosine {cosine:F5} with the float model's");
    }

    static float[] Features(string model, float[] image)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(image, [1, 3, 224, 224]);
        using var results = session.Run(new RunOptions(), [Input], [input], [Output]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    float[] Floats(string name)
    {
        var tensor = OnnxInt8Models.Read(Source()).Graph.Initializer.Single(i => i.Name == name);
        return new CompressCompare.Backend.Models.Onnx.OnnxTensor(tensor, name, CompressCompare.Backend.Models.Onnx.OnnxTensorSource.Initializer, "", "test").ReadFloats();
    }

    /// <summary>‖codes · scale − w‖ / ‖w‖ with one scale per output channel (axis 0).</summary>
    static double QuantizationError(float[] original, QuantizedWeight weight)
    {
        var size = original.Length / weight.Scales.Length;
        double error = 0, norm = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var difference = weight.Codes[i] * weight.Scales[i / size] - original[i];
            (error, norm) = (error + difference * difference, norm + (double)original[i] * original[i]);
        }
        return Math.Sqrt(error / norm);
    }
}
