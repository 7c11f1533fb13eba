// Small ONNX models with known weights for the channel-pruning tests: one where a Conv feeds a Conv through BatchNorm
// and Relu beside two Convs that end in a residual Add, one where a Conv feeds a Gemm through Flatten, a chain of three
// Convs (the middle one loses channels on both axes) and a two-layer Gemm MLP.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

internal static class ChannelPruneModels
{
    /// <summary>Rows' L1 norms 2, 0.3, 3.5, 0.3: channels 1 and 3 are the weakest, tied.</summary>
    public static readonly float[] ConvA = [1f, 1f, 0.1f, -0.2f, -3f, 0.5f, 0.2f, 0.1f];
    public static readonly float[] BiasA = [0.1f, 0.2f, 0.3f, 0.4f];
    public static readonly float[] Scale = [1f, 2f, 3f, 4f], Shift = [-1f, -2f, -3f, -4f], Mean = [0.5f, 0.6f, 0.7f, 0.8f], Variance = [1f, 1.5f, 2f, 2.5f];
    /// <summary>ConvB [2, 4, 1, 1]: output o reads input channel c at o·4 + c.</summary>
    public static readonly float[] ConvB = [1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f];

    /// <summary>
    /// x[1,2,2,2] → convA [4,2,1,1] + bias → bn → relu → convB [2,4,1,1] → b; x → convC [2,2,1,1] → c; y = b + c.
    /// convA's output shape is recorded in value_info, as exporters do.
    /// </summary>
    public static ModelProto Residual(float[]? convB = null)
    {
        var graph = new GraphProto { Name = "residual" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2, 2, 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2, 2, 2));
        graph.ValueInfo.Add(ValueInfo("a", OnnxDataType.Float, 1, 4, 2, 2));
        graph.ValueInfo.Add(ValueInfo("b", OnnxDataType.Float, 1, 2, 2, 2));
        graph.Initializer.Add(Floats("convA.weight", ConvA, [4, 2, 1, 1]));
        graph.Initializer.Add(Floats("convA.bias", BiasA, [4]));
        graph.Initializer.Add(Floats("bn.weight", Scale, [4]));
        graph.Initializer.Add(Floats("bn.bias", Shift, [4]));
        graph.Initializer.Add(Floats("bn.running_mean", Mean, [4]));
        graph.Initializer.Add(Floats("bn.running_var", Variance, [4]));
        graph.Initializer.Add(Floats("convB.weight", convB ?? ConvB, [2, 4, 1, 1]));
        graph.Initializer.Add(Floats("convC.weight", [1f, -1f, 0.5f, 2f], [2, 2, 1, 1]));
        graph.Node.Add(Node("Conv", "convA", ["x", "convA.weight", "convA.bias"], "a", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("BatchNormalization", "bn", ["a", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"], "n", Float("epsilon", 1e-5f)));
        graph.Node.Add(Node("Relu", "relu", ["n"], "r"));
        graph.Node.Add(Node("Conv", "convB", ["r", "convB.weight"], "b", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("Conv", "convC", ["x", "convC.weight"], "c", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("Add", "add", ["b", "c"], "y"));
        return OnnxProtoModels.Model(graph, 13);
    }

    /// <summary>Conv [3,1,1,2] row norms: 3, 0.5, 2 (channel 1 is the weakest).</summary>
    public static readonly float[] ConvF = [1f, -2f, 0.25f, 0.25f, 1.5f, -0.5f];

    /// <summary>
    /// x[1,1,2,3] → conv [3,1,1,2] + bias → h[1,3,2,2] → relu → MaxPool 1×1 → Flatten → f[1,12] → fc [2,12] (transB) → y.
    /// Channel c of h owns features 4c…4c+3 of f.
    /// </summary>
    public static ModelProto Flattened(float[] fc)
    {
        var graph = new GraphProto { Name = "flattened" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 1, 2, 3));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2));
        graph.Initializer.Add(Floats("conv.weight", ConvF, [3, 1, 1, 2]));
        graph.Initializer.Add(Floats("conv.bias", [0.5f, -0.25f, 1f], [3]));
        graph.Initializer.Add(Floats("fc.weight", fc, [2, 12]));
        graph.Node.Add(Node("Conv", "conv", ["x", "conv.weight", "conv.bias"], "h", Ints("kernel_shape", 1, 2)));
        graph.Node.Add(Node("Relu", "relu", ["h"], "r"));
        graph.Node.Add(Node("MaxPool", "pool", ["r"], "p", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("Flatten", "flatten", ["p"], "f", Int("axis", 1)));
        graph.Node.Add(Node("Gemm", "fc", ["f", "fc.weight"], "y", Int("transB", 1)));
        return OnnxProtoModels.Model(graph, 13);
    }

    /// <summary>x[1,2,2,2] → depthwise conv (group 2) [2,1,1,1] → relu → conv [2,2,1,1] → y.</summary>
    public static ModelProto Depthwise()
    {
        var graph = new GraphProto { Name = "depthwise" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2, 2, 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2, 2, 2));
        graph.Initializer.Add(Floats("dw.weight", [1f, 2f], [2, 1, 1, 1]));
        graph.Initializer.Add(Floats("pw.weight", [1f, 2f, 3f, 4f], [2, 2, 1, 1]));
        graph.Node.Add(Node("Conv", "dw", ["x", "dw.weight"], "d", Ints("kernel_shape", 1, 1), Int("group", 2)));
        graph.Node.Add(Node("Relu", "relu", ["d"], "r"));
        graph.Node.Add(Node("Conv", "pw", ["r", "pw.weight"], "y", Ints("kernel_shape", 1, 1)));
        return OnnxProtoModels.Model(graph, 13);
    }

    /// <summary>x[1,2,1,1] → c1 [4,2,1,1] → relu → c2 [3,4,1,1] → relu → c3 [2,3,1,1] → y; weights i·0.25 − 1 by position, so norms differ.</summary>
    public static ModelProto Chain(float[]? c2 = null, float[]? c3 = null)
    {
        var graph = new GraphProto { Name = "chain" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2, 1, 1));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2, 1, 1));
        graph.Initializer.Add(Floats("c1.weight", ChainC1, [4, 2, 1, 1]));
        graph.Initializer.Add(Floats("c2.weight", c2 ?? ChainC2, [3, 4, 1, 1]));
        graph.Initializer.Add(Floats("c3.weight", c3 ?? ChainC3, [2, 3, 1, 1]));
        graph.Node.Add(Node("Conv", "c1", ["x", "c1.weight"], "h1", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("Relu", "r1", ["h1"], "a1"));
        graph.Node.Add(Node("Conv", "c2", ["a1", "c2.weight"], "h2", Ints("kernel_shape", 1, 1)));
        graph.Node.Add(Node("Relu", "r2", ["h2"], "a2"));
        graph.Node.Add(Node("Conv", "c3", ["a2", "c3.weight"], "y", Ints("kernel_shape", 1, 1)));
        return OnnxProtoModels.Model(graph, 13);
    }

    /// <summary>Row norms 0.5, 2, 0.25, 3: channels 0 and 2 are the weakest.</summary>
    public static readonly float[] ChainC1 = [0.5f, 0f, 1f, -1f, 0.25f, 0f, 1f, 2f];
    /// <summary>Row norms 4, 0.4, 8: channel 1 is the weakest.</summary>
    public static readonly float[] ChainC2 = [1f, 1f, 1f, 1f, 0.1f, 0.1f, 0.1f, 0.1f, 2f, 2f, 2f, 2f];
    public static readonly float[] ChainC3 = [1f, 2f, 3f, 4f, 5f, 6f];

    /// <summary>x[1,3] → fc1 (B [3,4], no transB) + C [4] → relu → fc2 (B [2,4], transB) → y.</summary>
    public static ModelProto Mlp(float[] fc2)
    {
        var graph = new GraphProto { Name = "mlp" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 3));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2));
        // Column norms: 3, 0.3, 1.5, 0.6: features 1 and 3 are the weakest.
        graph.Initializer.Add(Floats("fc1.weight", [1f, 0.1f, 0.5f, 0.2f, 1f, 0.1f, 0.5f, 0.2f, -1f, 0.1f, 0.5f, 0.2f], [3, 4]));
        graph.Initializer.Add(Floats("fc1.bias", [0.1f, 0.2f, 0.3f, 0.4f], [4]));
        graph.Initializer.Add(Floats("fc2.weight", fc2, [2, 4]));
        graph.Node.Add(Node("Gemm", "fc1", ["x", "fc1.weight", "fc1.bias"], "h"));
        graph.Node.Add(Node("Relu", "relu", ["h"], "r"));
        graph.Node.Add(Node("Gemm", "fc2", ["r", "fc2.weight"], "y", Int("transB", 1)));
        return OnnxProtoModels.Model(graph, 13);
    }
}
