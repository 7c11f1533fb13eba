// Float16 conversion of ONNX files on hand-built models: weights and constants become float16, the interface stays
// float32 through Casts, an operator kept in float32 (Max, on onnxconverter-common's block list) computes between Casts with its own
// initializers left float32,
// an inner Cast to float32 now casts to float16; ONNX Runtime gives the float model's results within float16 rounding,
// and the ONNX project's checker accepts every artifact (including NuGet's ResNet-18: half the size, same features).
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxFloat16Tests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    IReadOnlyList<OnnxChangedWeight> Convert(string source, string target = "half.onnx") =>
        OnnxFloat16.Convert(new OnnxCompressionInput(source, _folder.File(target), _folder.File("spec.yaml")));

    [Fact]
    public void Weights_become_float16_the_interface_stays_float32_and_the_results_match_within_float16_rounding()
    {
        var source = OnnxPruneModels.ConvGemm([0.3f, -1.7f, 2.25f, 0.001f], [1.1f, -0.4f, 3.3f, 0.25f]).Save(_folder.File("base.onnx"));

        var changed = Convert(source);

        var target = _folder.File("half.onnx");
        Assert.Equal(["conv.bias", "conv.weight", "fc.weight"], changed.Select(c => c.Name).Order(StringComparer.Ordinal));
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(target));
        Assert.All(model.Graph.Initializer, t => Assert.Equal((int)OnnxDataType.Float16, t.DataType));
        Assert.Equal((int)OnnxDataType.Float, Assert.Single(model.Graph.Input).Type.TensorType.ElemType);
        Assert.Equal((int)OnnxDataType.Float, Assert.Single(model.Graph.Output).Type.TensorType.ElemType);
        AssertClose(Run(source, [0.5f, -2f], [1, 1, 1, 2]), Run(target, [0.5f, -2f], [1, 1, 1, 2]));
        OnnxChecker.AssertValid(target);
    }

    [Fact]
    public void A_blocked_operator_computes_in_float32_between_casts_and_inner_casts_and_constants_turn_float16()
    {
        var graph = new GraphProto { Name = "blocked" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 4));
        graph.Initializer.Add(Floats("floor", [0.25f, 0.5f, -1f, 2f], [4]));
        graph.Node.Add(Node("Max", "max", ["x", "floor"], "m"));
        graph.Node.Add(Node("Cast", "to_int", ["m"], "mi", Int("to", (long)OnnxDataType.Int32)));
        graph.Node.Add(Node("Cast", "to_float", ["mi"], "mf", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Constant", "two", [], "c", Float("value_float", 2f)));
        graph.Node.Add(Node("Mul", "mul", ["mf", "c"], "p"));
        graph.Node.Add(Node("Add", "add", ["p", "m"], "y"));
        var source = OnnxProtoModels.Model(graph, 13).Save(_folder.File("base.onnx"));

        Convert(source);

        var target = _folder.File("half.onnx");
        var converted = ModelProto.Parser.ParseFrom(File.ReadAllBytes(target)).Graph;
        var nodes = converted.Node;
        var max = Assert.Single(nodes, n => n.OpType == "Max");
        // The float16 activation is cast back to float32; the initializer only Max reads stays float32, uncast.
        Assert.Equal((long)OnnxDataType.Float, Assert.Single(nodes, n => n.Output.Contains(max.Input[0]) && n.OpType == "Cast").Attribute[0].I);
        Assert.Equal("floor", max.Input[1]);
        Assert.Equal((int)OnnxDataType.Float, Assert.Single(converted.Initializer, t => t.Name == "floor").DataType);
        Assert.Equal((long)OnnxDataType.Float16, Assert.Single(nodes, n => n.Name == "to_float").Attribute.Single(a => a.Name == "to").I);
        float[] x = [1.7f, -3f, 0.6f, 9.5f];
        AssertClose(Run(source, x, [4]), Run(target, x, [4]));
        OnnxChecker.AssertValid(target);
    }

    [ResNet18Fact]
    public void ResNet18_in_float16_is_half_the_size_and_keeps_its_features()
    {
        var source = ResNet18Features.Source(_folder);
        Convert(source, "resnet18-half.onnx");

        var target = _folder.File("resnet18-half.onnx");
        OnnxChecker.AssertValid(target);
        var ratio = (double)new FileInfo(source).Length / new FileInfo(target).Length;
        Assert.InRange(ratio, 1.9, 2.05);
        var cosine = ResNet18Features.Cosine(ResNet18Features.Of(source), ResNet18Features.Of(target));
        Assert.True(cosine > 0.999, $"features' cosine with the float model is {cosine:0.000000}");
    }

    static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 2e-3 * Math.Max(1, Math.Abs(expected[i])), $"value {i}: {actual[i]} against {expected[i]}");
    }

    static float[] Run(string model, float[] x, long[] shape)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(x, shape);
        using var results = session.Run(new RunOptions(), [session.InputMetadata.Keys.Single()], [input], [session.OutputMetadata.Keys.Single()]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
