// ONNX files built to break the reader (dimensions that overflow or are negative, external data whose offset is not a
// number or lies past the file, constant folding that doubles a tensor until memory runs out, subgraphs nested past
// protobuf's recursion limit) end in a coded error with a hint, never an unhandled exception or an OOM.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Rpc;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxHostileFileTests
{
    [Theory]
    [InlineData(1L << 40, 1L << 40)]   // the product wraps around to 0
    [InlineData(1L << 62, 8)]          // the product overflows to a negative count
    [InlineData(-4, 1)]
    [InlineData(4, -1)]
    public void Dimensions_that_overflow_or_are_negative_are_refused_with_a_hint(long d0, long d1)
    {
        using var folder = new OnnxTestFolder();
        var weight = Floats("w", [1f, 2f, 3f, 4f], [4]);
        weight.Dims.Clear();
        weight.Dims.Add([d0, d1]);
        var path = WithWeight(weight).Save(folder.File("dims.onnx"));

        AssertCoded(() => TensorSources.Open(path).Dispose(), RpcErrorCodes.ModelFileInvalid);
        Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-8")]
    [InlineData("99999999999999999999999")]
    [InlineData("9223372036854775800")] // offset + length overflows
    [InlineData("1000")]                // past the data file's 16 bytes
    public void External_data_offsets_that_are_not_a_place_in_the_file_are_refused(string offset)
    {
        using var folder = new OnnxTestFolder();
        File.WriteAllBytes(folder.File("w.bin"), new byte[16]);
        var model = OnnxProtoModels.ExternalWeight("w.bin", 0);
        model.Graph.Initializer[0].ExternalData.Single(e => e.Key == "offset").Value = offset;
        var path = model.Save(folder.File("external.onnx"));

        var error = AssertCoded(() =>
        {
            using var source = TensorSources.Open(path);
            var buffer = new float[4];
            foreach (var tensor in source.Tensors) source.Read(tensor, buffer);
        }, RpcErrorCodes.ModelFileInvalid);
        Assert.DoesNotContain("   at ", error.Message);
        Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
    }

    [Fact]
    public void External_data_length_that_is_not_a_number_is_refused()
    {
        using var folder = new OnnxTestFolder();
        File.WriteAllBytes(folder.File("w.bin"), new byte[16]);
        var model = OnnxProtoModels.ExternalWeight("w.bin", 0);
        model.Graph.Initializer[0].ExternalData.Single(e => e.Key == "length").Value = "sixteen";
        var path = model.Save(folder.File("external.onnx"));

        Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
    }

    [Fact]
    public void Constant_folding_that_doubles_a_tensor_past_the_memory_budget_stops_with_MemoryBudgetExceeded()
    {
        // 16 floats doubled 24 times by Concat(x, x) would be 1 GiB (2 GiB with the steps before it; 30 doublings reach 64 GiB) from a file of ~1.5 KB.
        using var folder = new OnnxTestFolder();
        var nodes = new List<NodeProto> { Node("Constant", "seed", [], "t0", TensorValue("value", Floats("", new float[16], [16]))) };
        for (var i = 1; i <= 24; i++)
            nodes.Add(Node("Concat", $"double{i}", [$"t{i - 1}", $"t{i - 1}"], $"t{i}", Int("axis", 0)));
        var path = ConstantsAdded("t24", nodes).Save(folder.File("bomb.onnx"));
        Assert.True(new FileInfo(path).Length < 2000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = AssertCoded(() => OnnxModelReader.Open(path).ReadDequantizedWeights(), RpcErrorCodes.MemoryBudgetExceeded);
        Assert.Contains("COMPRESS_COMPARE_MEMORY_BUDGET_MB", error.ErrorData.Hint);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_200L << 20, "folding went past the budget before stopping");
        AssertCoded(() => TensorSources.Open(path).Dispose(), RpcErrorCodes.MemoryBudgetExceeded);
    }

    [Fact]
    public void A_tensor_that_declares_more_values_than_it_stores_is_refused_before_allocating()
    {
        // float_data empty, dims [2^26]: decoding allocated 256 MiB before noticing the values are missing.
        using var folder = new OnnxTestFolder();
        var path = ConstantsAdded("w", [Node("Constant", "c", [], "w", TensorValue("value", new TensorProto { DataType = (int)OnnxDataType.Float, Dims = { 1L << 26 } }))])
            .Save(folder.File("empty.onnx"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L << 20);
    }

    [Fact]
    public void Subgraphs_nested_past_protobufs_recursion_limit_are_refused()
    {
        using var folder = new OnnxTestFolder();
        var inner = new GraphProto { Name = "leaf" };
        for (var depth = 0; depth < 200; depth++)
        {
            var outer = new GraphProto { Name = $"g{depth}" };
            outer.Node.Add(Node("If", $"if{depth}", ["c"], "o", Graph("then_branch", inner), Graph("else_branch", new GraphProto())));
            inner = outer;
        }
        var path = OnnxProtoModels.Model(inner, 17).Save(folder.File("deep.onnx"));

        Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
        AssertCoded(() => TensorSources.Open(path).Dispose(), RpcErrorCodes.ModelFileInvalid);
    }

    [Theory]
    [InlineData("Transpose", 5L)]   // perm names an axis the tensor lacks
    [InlineData("Gather", -9L)]     // axis out of range
    [InlineData("Unsqueeze", 40L)]  // axes out of range
    public void Folding_attributes_that_do_not_fit_their_inputs_are_refused_with_the_node_name(string op, long value)
    {
        using var folder = new OnnxTestFolder();
        var attribute = op switch { "Transpose" => Ints("perm", 0, value), "Gather" => Int("axis", value), _ => Ints("axes", value) };
        var inputs = op == "Gather" ? new[] { "w", "i" } : ["w"];
        var path = ConstantsAdded("folded",
        [
            Node("Constant", "cw", [], "w", TensorValue("value", Floats("", [1f, 2f, 3f, 4f], [2, 2]))),
            Node("Constant", "ci", [], "i", TensorValue("value", Int64s("", 0, 1))),
            Node(op, "bad_node", inputs, "folded", attribute),
        ]).Save(folder.File("folding.onnx"));

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path).ReadDequantizedWeights());
        Assert.Contains("bad_node", error.Message);
        AssertCoded(() => TensorSources.Open(path).Dispose(), RpcErrorCodes.ModelFileInvalid);
    }

    /// <summary>y = x + <paramref name="weight"/>, the weight made by <paramref name="nodes"/> (constants and what folds them).</summary>
    static ModelProto ConstantsAdded(string weight, IEnumerable<NodeProto> nodes)
    {
        var graph = new GraphProto { Name = "constants" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1));
        graph.Node.AddRange(nodes);
        graph.Node.Add(Node("Add", "use", ["x", weight], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    static ModelProto WithWeight(TensorProto weight)
    {
        var graph = new GraphProto { Name = "one_weight", Initializer = { weight } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 4));
        graph.Node.Add(Node("Add", "add", ["x", weight.Name], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    internal static BackendException AssertCoded(Action read, int code)
    {
        var error = Assert.Throws<BackendException>(read);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorData.Hint));
        return error;
    }
}
