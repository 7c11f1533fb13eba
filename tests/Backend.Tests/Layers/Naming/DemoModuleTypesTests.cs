// The digits demo's models get module types both ways: the .onnx from its graph's op types, the TorchSharp .dat
// (no graph) from its tensors' names and shapes, and the two agree module by module.
using Backend.Tests.Demo;

namespace Backend.Tests.Layers.Naming;

[Collection(TorchSharpTests.Name)]
public sealed class DemoModuleTypesTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    string Model(string id, string extension) => Path.Combine(demo.Folder, "models", id + extension);

    [Theory]
    [InlineData(".onnx")]
    [InlineData(".dat")]
    public async Task The_demo_cnn_modules_are_typed_conv_batchnorm_and_linear(string extension)
    {
        var result = await ProbeFiles.Probe(null, Model("cnn", extension));
        var types = result.Modules.ToDictionary(m => m.Name, m => m.Type);
        Assert.Equal("Conv", types["features.0"]);
        Assert.Equal("BatchNorm", types["features.1"]);
        Assert.Equal("Linear", types["classifier.0"]);
        Assert.All(result.Modules.Where(m => m.Name.Count(c => c == '.') == 1), m => Assert.NotNull(m.Type));
    }
}
