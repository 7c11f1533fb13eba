// Hand-built ONNX graphs probed through LayerService: flat weight names ("Parameter1") named by the node that
// consumes them, modules made from the graph (blocks ending at a residual Add) or from scoped node names, module
// types from op types, and a quantized copy whose decoding nodes do not change the base's names.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Layers.Activations;
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Layers;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Naming;

public sealed class GraphNamingTests : IDisposable
{
    readonly ProbeFiles _files = new();

    public void Dispose() => _files.Dispose();

    static TensorProto Weight(string name, params long[] dims)
    {
        var values = new float[dims.Aggregate(1L, (a, d) => a * d)];
        for (var i = 0; i < values.Length; i++) values[i] = (i % 7) - 3;
        return Floats(name, values, dims);
    }

    /// <summary>
    /// A CNTK-style graph: Conv(Parameter1, Parameter2) → BatchNormalization → Relu → an unnamed Conv → residual Add with
    /// the Relu's output → Flatten → Gemm(Parameter8, Parameter9). With <paramref name="quantized"/>, Parameter7 is stored
    /// int8 as Parameter7_quantized and decoded by DequantizeLinear, as a quantizer writes it, and nodes are renamed.
    /// </summary>
    static ModelProto FlatResidual(bool quantized = false)
    {
        var graph = new GraphProto { Name = "flat" };
        graph.Input.Add(ValueInfo("Input0", OnnxDataType.Float, 1, 2, 4, 4));
        graph.Output.Add(ValueInfo("Dense6_Output_0", OnnxDataType.Float, 1, 3));
        graph.Initializer.Add(Weight("Parameter1", 2, 2, 3, 3));
        graph.Initializer.Add(Weight("Parameter2", 2));
        graph.Initializer.Add(Weight("Parameter3", 2));
        graph.Initializer.Add(Weight("Parameter4", 2));
        graph.Initializer.Add(Weight("Constant5", 2));
        graph.Initializer.Add(Weight("Constant6", 2));
        graph.Initializer.Add(Weight("Parameter8", 32, 3));
        graph.Initializer.Add(Weight("Parameter9", 3));
        var suffix = quantized ? "_quant" : "";
        if (quantized)
        {
            graph.Initializer.Add(Int8s("Parameter7_quantized", [1, -2, 3, -4], [2, 2, 1, 1]));
            graph.Initializer.Add(Floats("Parameter7_scale", [0.5f], []));
            graph.Initializer.Add(Int8s("Parameter7_zero_point", [0], []));
            graph.Node.Add(Node("DequantizeLinear", "Parameter7_DequantizeLinear", ["Parameter7_quantized", "Parameter7_scale", "Parameter7_zero_point"], "Parameter7"));
        }
        else graph.Initializer.Add(Weight("Parameter7", 2, 2, 1, 1));
        graph.Node.Add(Node("Conv", "Convolution1" + suffix, ["Input0", "Parameter1", "Parameter2"], "c1", Ints("pads", 1, 1, 1, 1)));
        graph.Node.Add(Node("BatchNormalization", "BN2" + suffix, ["c1", "Parameter3", "Parameter4", "Constant5", "Constant6"], "b2"));
        graph.Node.Add(Node("Relu", "ReLU3" + suffix, ["b2"], "r3"));
        graph.Node.Add(Node("Conv", "", ["r3", "Parameter7"], "c4"));
        graph.Node.Add(Node("Add", "Plus5" + suffix, ["c4", "r3"], "p5"));
        graph.Node.Add(Node("Flatten", "Flatten6" + suffix, ["p5"], "f6"));
        graph.Node.Add(Node("Gemm", "Dense6" + suffix, ["f6", "Parameter8", "Parameter9"], "Dense6_Output_0"));
        return OnnxProtoModels.Model(graph, 17);
    }

    string Save(ModelProto model, string name) => model.Save(Path.Combine(_files.Folder, name));

    [Fact]
    public async Task Flat_weights_are_named_by_their_consuming_node_op_and_input_role()
    {
        var result = await ProbeFiles.Probe(null, Save(FlatResidual(), "flat.onnx"));
        var expected = new Dictionary<string, string>
        {
            ["Parameter1"] = "Convolution1 (Conv).W",
            ["Parameter2"] = "Convolution1 (Conv).B",
            ["Parameter3"] = "BN2 (BatchNormalization).scale",
            ["Parameter4"] = "BN2 (BatchNormalization).B",
            ["Constant5"] = "BN2 (BatchNormalization).input_mean",
            ["Constant6"] = "BN2 (BatchNormalization).input_var",
            // The exporter left the second Conv unnamed: it is named by its op and its index in the graph.
            ["Parameter7"] = "Conv_3 (Conv).W",
            ["Parameter8"] = "Dense6 (Gemm).B",
            ["Parameter9"] = "Dense6 (Gemm).C",
        };
        Assert.Equal(expected, result.Tensors.ToDictionary(t => t.Stored!, t => t.Name));
    }

    [Fact]
    public async Task A_flat_graph_gets_one_module_per_weighted_node_grouped_into_blocks_that_end_at_a_residual_add()
    {
        var result = await ProbeFiles.Probe(null, Save(FlatResidual(), "flat.onnx"));
        var modules = result.Modules.ToDictionary(m => m.Name);
        Assert.Equal("block0.Convolution1", result.Tensors.Single(t => t.Stored == "Parameter1").Module);
        Assert.Equal("block0.Conv_3", result.Tensors.Single(t => t.Stored == "Parameter7").Module);
        Assert.Equal("block1.Dense6", result.Tensors.Single(t => t.Stored == "Parameter8").Module);
        Assert.Equal("block0", modules["block0.BN2"].Parent);
        Assert.Equal("", modules["block0"].Parent);
        (string Module, string Type)[] types =
            [("block0", "Residual block"), ("block0.Convolution1", "Conv"), ("block0.BN2", "BatchNorm"), ("block0.Conv_3", "Conv"), ("block1.Dense6", "Linear")];
        Assert.Equal(types, types.Select(t => (t.Module, modules[t.Module].Type!)));
    }

    [Fact]
    public void A_flat_graph_activations_sit_in_the_modules_its_weights_get()
    {
        var modules = OnnxActivationGraph.Activations(FlatResidual().Graph).ToDictionary(v => v.Name, v => v.Module);
        Assert.Equal("block0.Convolution1", modules["c1"]);
        Assert.Equal("block0.ReLU3", modules["r3"]);
        Assert.Equal("block0.Plus5", modules["p5"]);
        Assert.Equal("block1.Dense6", modules["Dense6_Output_0"]);
    }

    [Fact]
    public async Task A_quantized_copy_matches_by_stored_name_and_keeps_the_base_graph_names()
    {
        var result = await ProbeFiles.Probe(null, Save(FlatResidual(), "flat.onnx"), Save(FlatResidual(quantized: true), "flat_int8.onnx"));
        Assert.Empty(result.Unmatched);
        var conv = result.Tensors.Single(t => t.Stored == "Parameter7");
        Assert.Equal("Conv_3 (Conv).W", conv.Name);
        Assert.NotNull(conv.Models[1]);
        Assert.Null(conv.MatchedAs);
        Assert.Equal("Convolution1 (Conv).W", result.Tensors.Single(t => t.Stored == "Parameter1").Name);
    }

    [Fact]
    public void A_quantizer_s_int8_weight_is_named_under_its_float_name_by_the_integer_op_that_reads_it()
    {
        var graph = new GraphProto { Name = "qoperator" };
        graph.Initializer.Add(Int8s("Parameter7_quantized", [1, -2, 3, -4], [2, 2, 1, 1]));
        graph.Initializer.Add(Int8s("Parameter7_zero_point", [0], []));
        graph.Initializer.Add(UInt8s("Parameter8_Q4", [1, 2, 3, 4], [2, 1, 2]));
        graph.Node.Add(Node("DynamicQuantizeLinear", "Input0_QuantizeLinear", ["Input0"], "Input0_quantized"));
        graph.Node.Add(Node("ConvInteger", "Convolution1_quant", ["Input0_quantized", "Parameter7_quantized", "", "Parameter7_zero_point"], "c1"));
        graph.Node.Add(Node("MatMulNBits", "Dense2_Q4", ["c1", "Parameter8_Q4"], "d2"));
        var naming = new OnnxGraphNaming(graph);
        var conv = naming.Describe(new TensorInfo("Parameter7", [2, 2, 1, 1], "float32"));
        Assert.Equal(("Convolution1_quant (ConvInteger).w", "weight", "Conv"), (conv.Label, conv.Role, conv.ModuleType));
        var dense = naming.Describe(new TensorInfo("Parameter8", [2, 4], "float32"));
        Assert.Equal(("Dense2_Q4 (MatMulNBits).B", "weight", "Linear"), (dense.Label, dense.Role, dense.ModuleType));
    }

    [Fact]
    public void A_tf2onnx_slashed_weight_keeps_its_name_and_takes_its_node_s_scope_as_module()
    {
        var graph = new GraphProto { Name = "tf2onnx" };
        graph.Initializer.Add(Weight("model/conv2d/Conv2D/ReadVariableOp:0", 2, 2, 3, 3));
        graph.Node.Add(Node("Conv", "model/conv2d/Conv2D", ["input", "model/conv2d/Conv2D/ReadVariableOp:0"], "y"));
        var naming = new OnnxGraphNaming(graph);
        var weight = naming.Describe(new TensorInfo("model/conv2d/Conv2D/ReadVariableOp:0", [2, 2, 3, 3], "float32"));
        Assert.Equal((null, "model.conv2d", "weight", "Conv"), (weight.Label, weight.Module, weight.Role, weight.ModuleType));
    }

    /// <summary>A PyTorch export: scoped node names, folded weights named "onnx::Conv_N", a Linear kept as "fc.weight".</summary>
    static ModelProto Scoped()
    {
        var graph = new GraphProto { Name = "torch_jit" };
        graph.Input.Add(ValueInfo("input", OnnxDataType.Float, 1, 2, 4, 4));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, 1, 3));
        graph.Initializer.Add(Weight("onnx::Conv_5", 2, 2, 3, 3));
        graph.Initializer.Add(Weight("onnx::Conv_6", 2));
        graph.Initializer.Add(Weight("fc.weight", 3, 32));
        graph.Node.Add(Node("Conv", "/layer1/layer1.0/conv1/Conv", ["input", "onnx::Conv_5", "onnx::Conv_6"], "/layer1/layer1.0/conv1/Conv_output_0", Ints("pads", 1, 1, 1, 1)));
        graph.Node.Add(Node("Add", "/layer1/layer1.0/Add", ["/layer1/layer1.0/conv1/Conv_output_0", "input"], "/layer1/layer1.0/Add_output_0"));
        graph.Node.Add(Node("Flatten", "/Flatten", ["/layer1/layer1.0/Add_output_0"], "/Flatten_output_0"));
        graph.Node.Add(Node("Gemm", "/fc/Gemm", ["/Flatten_output_0", "fc.weight"], "logits", Int("transB", 1)));
        return OnnxProtoModels.Model(graph, 17);
    }

    [Fact]
    public async Task Scoped_node_names_give_the_module_path_and_dotted_weight_names_stay_as_they_are()
    {
        var result = await ProbeFiles.Probe(null, Save(Scoped(), "scoped.onnx"));
        var conv = result.Tensors.Single(t => t.Stored == "onnx::Conv_5");
        Assert.Equal("layer1.0.conv1 (Conv).W", conv.Name);
        Assert.Equal("layer1.0.conv1", conv.Module);
        var fc = result.Tensors.Single(t => t.Name == "fc.weight");
        Assert.Null(fc.Stored);
        Assert.Equal("fc", fc.Module);
        var modules = result.Modules.ToDictionary(m => m.Name);
        Assert.Equal(["", "layer1", "layer1.0", "layer1.0.conv1", "fc"], result.Modules.Select(m => m.Name));
        Assert.Equal("Conv", modules["layer1.0.conv1"].Type);
        Assert.Equal("Residual block", modules["layer1.0"].Type);
        Assert.Equal("Linear", modules["fc"].Type);
    }
}
