// The reader finds weights wherever exporters put them: Constant nodes, If branches, GRAPHS attributes,
// functions, external files; and decodes every numeric storage ONNX allows.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxModelReaderTests
{
    [Fact]
    public void Weights_in_Constant_nodes_and_If_branches_are_streamed_with_where_they_were_found()
    {
        using var folder = new OnnxTestFolder();
        var reader = OnnxModelReader.Open(OnnxProtoModels.ConstantsAndIf().Save(folder.File("if.onnx")));

        var tensors = reader.EnumerateTensors().ToList();

        Assert.Equal(["main.weight", "main.bias", "then.weight", "else.weight16"], tensors.Select(t => t.Name));
        Assert.All(tensors, t => Assert.Equal(OnnxTensorSource.ConstantNode, t.Source));
        Assert.Equal(["", "", "branch.then_branch", "branch.else_branch"], tensors.Select(t => t.GraphPath));
        Assert.Equal([0.5f, -1.5f], tensors[0].ReadFloats()); // float_data
        Assert.Equal([10f, 20f], tensors[1].ReadFloats());    // value_floats
        Assert.Equal([1f, 2f], tensors[2].ReadFloats());      // raw_data
        Assert.Equal(OnnxDataType.Float16, tensors[3].DataType);
        Assert.Equal([3f, 4f], tensors[3].ReadFloats());
    }

    [Fact]
    public void ReadDequantizedWeights_follows_constants_into_branches_and_through_Cast()
    {
        using var folder = new OnnxTestFolder();
        var weights = OnnxModelReader.ReadDequantizedWeights(OnnxProtoModels.ConstantsAndIf().Save(folder.File("if.onnx")));

        Assert.Equal(["main.weight", "main.bias", "then.weight", "else.weight"], weights.Keys);
        Assert.Equal([3f, 4f], weights["else.weight"].Values);
        Assert.Equal([2], weights["else.weight"].Shape);
    }

    [Theory]
    [InlineData(true, new[] { 11.5f, 20.5f })]
    [InlineData(false, new[] { 13.5f, 22.5f })]
    public void Hand_built_If_model_is_valid_for_OnnxRuntime(bool condition, float[] expected)
    {
        // Guards the fixture: the layout the reader is tested on is one ONNX Runtime accepts.
        using var folder = new OnnxTestFolder();
        using var session = new InferenceSession(OnnxProtoModels.ConstantsAndIf().Save(folder.File("if.onnx")));
        using var x = OrtValue.CreateTensorValueFromMemory(new[] { 0f, 0f }, [2]);
        using var cond = OrtValue.CreateTensorValueFromMemory(new[] { condition }, []);
        using var runOptions = new RunOptions();

        using var outputs = session.Run(runOptions, ["x", "cond"], [x, cond], ["y"]);

        Assert.Equal(expected, outputs[0].GetTensorDataAsSpan<float>().ToArray());
    }

    [Fact]
    public void Graphs_attributes_nested_subgraphs_and_functions_are_walked()
    {
        using var folder = new OnnxTestFolder();
        var reader = OnnxModelReader.Open(OnnxProtoModels.GraphsAttributeAndFunction().Save(folder.File("graphs.onnx")));

        var found = reader.EnumerateTensors().Select(t => $"{t.GraphPath}|{t.Name}|{t.Source}").ToList();

        Assert.Equal(
        [
            "multi.branches[0]|w|Initializer",
            "multi.branches[1]|w|Initializer",
            "multi.branches[1]/inner.then_branch|deep|ConstantNode",
            "multi.branches[1]/inner.else_branch|deep|ConstantNode",
            "function scaled|factor|ConstantNode",
        ], found);
        Assert.Equal(4, reader.Facts.SubgraphCount);
        Assert.Equal(1, reader.Facts.OpTypeCounts["test.domain:Multi"]);
    }

    [Fact]
    public void Same_weight_name_in_two_subgraphs_is_qualified_by_the_second_ones_path()
    {
        using var folder = new OnnxTestFolder();
        var weights = OnnxModelReader.ReadDequantizedWeights(OnnxProtoModels.GraphsAttributeAndFunction().Save(folder.File("graphs.onnx")));

        Assert.Equal([1f, 2f, 3f], weights["w"].Values);
        Assert.Equal([4f, 5f], weights["multi.branches[1]/w"].Values);
        Assert.Equal([7f, 8f], weights["deep"].Values);
        Assert.Equal([1, 2], weights["deep"].Shape);
        Assert.Equal([0.25f, 0.5f], weights["factor"].Values);
    }

    [Fact]
    public void External_data_is_read_from_the_file_next_to_the_model_at_its_offset()
    {
        using var folder = new OnnxTestFolder();
        var bytes = new byte[8].Concat(new[] { 1f, 2f, 3f, 4f }.SelectMany(BitConverter.GetBytes)).ToArray();
        File.WriteAllBytes(folder.File("weights.bin"), bytes);
        var path = OnnxProtoModels.ExternalWeight("weights.bin", offset: 8).Save(folder.File("external.onnx"));

        var tensor = Assert.Single(OnnxModelReader.Open(path).EnumerateTensors());

        Assert.True(tensor.IsExternal);
        Assert.Equal([1f, 2f, 3f, 4f], tensor.ReadFloats());
        using var session = new InferenceSession(path); // and ONNX Runtime agrees the file is valid
    }

    [Fact]
    public void Facts_leave_out_initializers_that_old_exporters_also_list_as_inputs()
    {
        var model = OnnxProtoModels.ExternalWeight("unused.bin", 0);
        model.Graph.Initializer[0] = OnnxProtoFactory.Floats("w", [1f, 2f, 3f, 4f], [4]);
        model.Graph.Input.Add(OnnxProtoFactory.ValueInfo("w", OnnxDataType.Float, 4));
        using var folder = new OnnxTestFolder();

        var facts = OnnxModelReader.Open(model.Save(folder.File("ir3.onnx"))).Facts;

        Assert.Equal(["x"], facts.Inputs.Select(i => i.Name));
        Assert.Equal(1, facts.InitializerCount);
        Assert.Equal("tests", facts.Producer);
    }

    [Theory]
    [InlineData("int8 in int32_data")]
    [InlineData("uint8 raw")]
    [InlineData("int16 raw")]
    [InlineData("int32 raw")]
    [InlineData("int64 in int64_data")]
    [InlineData("uint64 in uint64_data")]
    [InlineData("float16 bits in int32_data")]
    [InlineData("bfloat16 raw")]
    [InlineData("double in double_data")]
    [InlineData("double raw")]
    [InlineData("bool raw")]
    public void Every_numeric_storage_decodes_to_floats(string storage)
    {
        var (proto, expected) = storage switch
        {
            "int8 in int32_data" => (Proto(OnnxDataType.Int8, p => p.Int32Data.Add([-3, 127])), new[] { -3f, 127f }),
            "uint8 raw" => (Raw(OnnxDataType.UInt8, [200, 1]), [200f, 1f]),
            "int16 raw" => (Raw(OnnxDataType.Int16, BitConverter.GetBytes((short)-300).Concat(BitConverter.GetBytes((short)7))), [-300f, 7f]),
            "int32 raw" => (Raw(OnnxDataType.Int32, BitConverter.GetBytes(-70000).Concat(BitConverter.GetBytes(5))), [-70000f, 5f]),
            "int64 in int64_data" => (Proto(OnnxDataType.Int64, p => p.Int64Data.Add([-9L, 1L << 20])), [-9f, 1 << 20]),
            "uint64 in uint64_data" => (Proto(OnnxDataType.UInt64, p => p.Uint64Data.Add([3UL, 4UL])), [3f, 4f]),
            "float16 bits in int32_data" => (Proto(OnnxDataType.Float16, p => p.Int32Data.Add([BitConverter.HalfToUInt16Bits((Half)1.5), BitConverter.HalfToUInt16Bits((Half)(-2))])), [1.5f, -2f]),
            "bfloat16 raw" => (Raw(OnnxDataType.BFloat16, [0xC0, 0x3F, 0x00, 0xC0]), [1.5f, -2f]),
            "double in double_data" => (Proto(OnnxDataType.Double, p => p.DoubleData.Add([2.25, -0.5])), [2.25f, -0.5f]),
            "double raw" => (Raw(OnnxDataType.Double, BitConverter.GetBytes(2.25).Concat(BitConverter.GetBytes(-0.5))), [2.25f, -0.5f]),
            "bool raw" => (Raw(OnnxDataType.Bool, [1, 0]), [1f, 0f]),
            _ => throw new ArgumentException(storage),
        };

        Assert.Equal(expected, Tensor(proto).ReadFloats());
    }

    [Fact]
    public void Integers_read_exactly_beyond_float_precision()
    {
        var proto = Raw(OnnxDataType.Int64, BitConverter.GetBytes((1L << 40) + 1));

        Assert.Equal([(1L << 40) + 1], Tensor(proto).ReadInt64s());
    }

    [Fact]
    public void ReadFloats_into_a_caller_buffer_reuses_it()
    {
        var tensor = Tensor(Raw(OnnxDataType.Float, new[] { 1f, 2f, 3f }.SelectMany(BitConverter.GetBytes)));
        var buffer = new float[3];

        tensor.ReadFloats(buffer);

        Assert.Equal([1f, 2f, 3f], buffer);
        Assert.Throws<ArgumentException>(() => tensor.ReadFloats(new float[2]));
    }

    static TensorProto Proto(OnnxDataType type, Action<TensorProto> fill)
    {
        var proto = new TensorProto { Name = "t", DataType = (int)type, Dims = { 2 } };
        fill(proto);
        return proto;
    }

    static TensorProto Raw(OnnxDataType type, IEnumerable<byte> bytes)
    {
        var data = bytes.ToArray();
        return new TensorProto { Name = "t", DataType = (int)type, Dims = { data.Length / type.ElementSize() }, RawData = ByteString.CopyFrom(data) };
    }

    static OnnxTensor Tensor(TensorProto proto) => new(proto, proto.Name, OnnxTensorSource.Initializer, "", "test.onnx");
}
