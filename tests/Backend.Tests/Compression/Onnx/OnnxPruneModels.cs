// Small ONNX models with known weights for the ONNX pruning tests, and what the tests read back from a written copy.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

internal static class OnnxPruneModels
{
    /// <summary>x[1,1,1,2] → Conv(conv.weight [2,1,1,2], conv.bias) → Flatten → Gemm(fc.weight [2,2], transB) → y; weights given.</summary>
    public static ModelProto ConvGemm(float[] conv, float[] fc, string convWeight = "conv.weight", string fcWeight = "fc.weight",
        string convNode = "conv", string fcNode = "fc", string convBias = "conv.bias")
    {
        var graph = new GraphProto { Name = "conv_gemm" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 1, 1, 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2));
        graph.Initializer.Add(Floats(convWeight, conv, [2, 1, 1, 2]));
        graph.Initializer.Add(Floats(convBias, [0.5f, -0.25f], [2]));
        graph.Initializer.Add(Floats(fcWeight, fc, [2, 2]));
        graph.Node.Add(Node("Conv", convNode, ["x", convWeight, convBias], "h", Ints("kernel_shape", 1, 2)));
        graph.Node.Add(Node("Flatten", "flatten", ["h"], "f", Int("axis", 1)));
        graph.Node.Add(Node("Gemm", fcNode, ["f", fcWeight], "y", Int("transB", 1)));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>The float initializers of <paramref name="path"/>, by name.</summary>
    public static Dictionary<string, float[]> Weights(string path) =>
        OnnxModelReader.Open(path).EnumerateTensors().ToDictionary(t => t.Name, t => t.ReadFloats());

    /// <summary>
    /// Asserts that <paramref name="written"/> equals <paramref name="source"/> byte for byte outside the raw_data of
    /// <paramref name="rewritten"/> and an ir_version below 4: the graph and every other tensor are untouched.
    /// </summary>
    public static void AssertSameOutside(string source, string written, IEnumerable<OnnxStoredWeight> rewritten)
    {
        // The rewriter raises an IR 3 model's ir_version byte to 4 (OnnxIrVersionPatch): compare with the source so raised.
        var raised = Path.GetTempFileName();
        File.Copy(source, raised, overwrite: true);
        OnnxIrVersionPatch.RaiseToFour(raised);
        var a = File.ReadAllBytes(raised);
        File.Delete(raised);
        var b = File.ReadAllBytes(written);
        Assert.Equal(a.Length, b.Length);
        foreach (var w in rewritten)
        {
            Array.Clear(a, (int)w.Offset, 4 * w.Count);
            Array.Clear(b, (int)w.Offset, 4 * w.Count);
        }
        Assert.True(a.AsSpan().SequenceEqual(b), "the copy differs from the source outside the rewritten tensors");
    }

    /// <summary>The main-file weights of <paramref name="path"/> with these names.</summary>
    public static OnnxStoredWeight[] Stored(string path, params string[] names) =>
        [.. OnnxStoredWeight.InMainFile(path).Where(w => names.Contains(w.Name))];
}
