// What names say without a graph: module paths from scoped node names, roles from checkpoint tensor names, and module
// types read from a state dict's names and shapes and from a Hugging Face config.json beside the weights.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;

namespace Backend.Tests.Layers.Naming;

public sealed class ModuleNamingUnitTests
{
    [Theory]
    [InlineData("/layer1/layer1.0/conv1/Conv", "layer1.0.conv1")]
    [InlineData("model/conv2d/Conv2D", "model.conv2d")]
    [InlineData("/features/features.0/Conv_output_0", "features.0")]
    [InlineData("/Flatten", null)]
    [InlineData("Convolution249", null)]
    public void Scoped_node_names_give_dotted_module_paths(string node, string? module) =>
        Assert.Equal(module, ModulePaths.OfScopedName(node));

    [Theory]
    [InlineData("fc.weight", true)]
    [InlineData("model/dense/kernel:0", true)]
    [InlineData("Parameter91", false)]
    [InlineData("onnx::Conv_123", false)]
    [InlineData("trailing.", false)]
    public void Only_names_with_a_module_prefix_carry_a_module_path(string name, bool carries) =>
        Assert.Equal(carries, ModulePaths.HasModulePath(name));

    static TensorInfo T(string name, params long[] shape) => new(name, shape, "F32");

    [Fact]
    public void A_state_dict_is_typed_from_its_names_and_shapes()
    {
        var types = CheckpointModuleTypes.Infer([
            T("features.0.weight", 8, 3, 3, 3), T("features.1.weight", 8), T("features.1.running_mean", 8),
            T("embed_tokens.weight", 100, 16), T("encoder.layer_norm.weight", 16), T("encoder.layer_norm.bias", 16),
            T("encoder.attn.q_proj.weight", 16, 16), T("encoder.attn.k_proj.weight", 16, 16), T("encoder.attn.v_proj.weight", 16, 16),
            T("rnn.weight_ih_l0", 64, 16), T("rnn.weight_hh_l0", 64, 16), T("head.weight", 2, 16), T("head.bias", 2),
            T("scale", 4),
        ]);
        Assert.Equal("Conv", types["features.0"]);
        Assert.Equal("BatchNorm", types["features.1"]);
        Assert.Equal("Embedding", types["embed_tokens"]);
        Assert.Equal("LayerNorm", types["encoder.layer_norm"]);
        Assert.Equal("Linear", types["encoder.attn.q_proj"]);
        Assert.Equal("Attention", types["encoder.attn"]);
        Assert.Equal("LSTM", types["rnn"]);
        Assert.Equal("Linear", types["head"]);
        Assert.False(types.ContainsKey(""));
    }

    [Fact]
    public void Completing_a_checkpoint_gives_each_tensor_its_role_and_its_module_type()
    {
        var tensors = CheckpointModuleTypes.Complete([T("bn.running_var", 4), T("conv.weight", 4, 1, 3, 3), T("activations", 2)]);
        Assert.Equal(("running_var", "BatchNorm"), (tensors[0].Role, tensors[0].ModuleType));
        Assert.Equal(("weight", "Conv"), (tensors[1].Role, tensors[1].ModuleType));
        Assert.Null(tensors[2].Role);
    }

    [Fact]
    public void A_hugging_face_config_beside_the_weights_names_the_root()
    {
        var folder = Directory.CreateTempSubdirectory("cc-config-").FullName;
        try
        {
            var weights = Path.Combine(folder, "model.safetensors");
            Assert.Null(CheckpointModuleTypes.FromConfig(weights));
            File.WriteAllText(Path.Combine(folder, "config.json"), """{"model_type": "bert"}""");
            Assert.Equal("bert", CheckpointModuleTypes.FromConfig(weights));
            File.WriteAllText(Path.Combine(folder, "config.json"), """{"model_type": "bert", "architectures": ["BertForMaskedLM"]}""");
            Assert.Equal("BertForMaskedLM", CheckpointModuleTypes.FromConfig(weights));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
