// Small ONNX models with known weights for the int8 tests, and what the tests read back from a quantized copy: a weight's
// codes, scales, zero points and DequantizeLinear axis, found through the node that now stands for it; and a spec's dataset as a feed.
using System.Runtime.InteropServices;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Spec;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

/// <param name="Axis">The DequantizeLinear's axis attribute; null when it has none (one scale).</param>
internal sealed record QuantizedWeight(sbyte[] Codes, long[] Dims, float[] Scales, sbyte[] ZeroPoints, long? Axis);

internal static class OnnxInt8Models
{
    /// <summary>x[N, 2] → Gemm(x, gemm.B [2, 3], transB 0) → h[N, 3] → MatMul(h, matmul.B [3, 2]) → y[N, 2]: both weights [K, N], so axis 1.</summary>
    public static ModelProto GemmMatMul(float[] gemm, float[] matmul)
    {
        var graph = new GraphProto { Name = "gemm_matmul" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "N", 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, "N", 2));
        graph.Initializer.Add(Floats("gemm.B", gemm, [2, 3]));
        graph.Initializer.Add(Floats("matmul.B", matmul, [3, 2]));
        graph.Node.Add(Node("Gemm", "gemm", ["x", "gemm.B"], "h"));
        graph.Node.Add(Node("MatMul", "matmul", ["h", "matmul.B"], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x[N, 4] → Gemm(x, fc1.weight [3, 4], transB 1) → Relu → h[N, 3] → MatMul(h, fc2.weight [3, 2]) → y[N, 2].</summary>
    public static ModelProto Mlp(float[] fc1, float[] fc2)
    {
        var graph = new GraphProto { Name = "mlp" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "N", 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, "N", 2));
        graph.Initializer.Add(Floats("fc1.weight", fc1, [3, 4]));
        graph.Initializer.Add(Floats("fc2.weight", fc2, [3, 2]));
        graph.Node.Add(Node("Gemm", "fc1", ["x", "fc1.weight"], "g", Int("transB", 1)));
        graph.Node.Add(Node("Relu", "relu", ["g"], "h"));
        graph.Node.Add(Node("MatMul", "fc2", ["h", "fc2.weight"], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>The dataset of the spec at <paramref name="spec"/> as an operation that runs model <paramref name="modelId"/> sees it.</summary>
    public static IOnnxFeed Feed(string spec, string modelId) =>
        new DatasetFeed(EvaluationDataset.Load(SpecParser.Parse(spec, File.ReadAllText(spec), CancellationToken.None, File.Exists)), spec, modelId);

    public static ModelProto Read(string path) => ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));

    /// <summary>The int8 weight that the DequantizeLinear producing <paramref name="output"/> decodes.</summary>
    public static QuantizedWeight Weight(ModelProto model, string output)
    {
        var node = Assert.Single(model.Graph.Node, n => n.OpType == "DequantizeLinear" && n.Output[0] == output);
        TensorProto Init(int input) => Assert.Single(model.Graph.Initializer, i => i.Name == node.Input[input]);
        var codes = Init(0);
        Assert.Equal((int)OnnxDataType.Int8, codes.DataType);
        Assert.Equal((int)OnnxDataType.Int8, Init(2).DataType);
        return new QuantizedWeight(Bytes<sbyte>(codes), [.. codes.Dims], Bytes<float>(Init(1)), Bytes<sbyte>(Init(2)),
            node.Attribute.SingleOrDefault(a => a.Name == "axis")?.I);
    }

    /// <summary>Asserts each part of <paramref name="actual"/> in turn, so a failure shows which one differs.</summary>
    public static void AssertEqual(QuantizedWeight expected, QuantizedWeight actual)
    {
        Assert.Equal(expected.Dims, actual.Dims);
        Assert.Equal(expected.Codes, actual.Codes);
        Assert.Equal(expected.Scales, actual.Scales);
        Assert.Equal(expected.ZeroPoints, actual.ZeroPoints);
        Assert.Equal(expected.Axis, actual.Axis);
    }

    static T[] Bytes<T>(TensorProto tensor) where T : unmanaged => MemoryMarshal.Cast<byte, T>(tensor.RawData.Span).ToArray();

    /// <summary>The float initializer called <paramref name="name"/>, or null.</summary>
    public static float[]? FloatWeight(ModelProto model, string name) =>
        model.Graph.Initializer.SingleOrDefault(i => i.Name == name) is { } t ? Bytes<float>(t) : null;

    /// <summary>Runs <paramref name="path"/> on <paramref name="x"/> [rows, width] and returns its first output.</summary>
    public static float[] Run(string path, float[] x, int width, bool optimized = true)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = optimized ? GraphOptimizationLevel.ORT_ENABLE_ALL : GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(path, options);
        using var input = OrtValue.CreateTensorValueFromMemory(x, [x.Length / width, width]);
        using var results = session.Run(new RunOptions(), [session.InputNames[0]], [input], [session.OutputNames[0]]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
