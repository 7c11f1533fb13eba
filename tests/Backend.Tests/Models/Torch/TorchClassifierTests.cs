using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchClassifierTests
{
    [Fact]
    public void Mlp_parameters_have_PyTorch_dotted_names_and_shapes()
    {
        using var model = TorchClassifier.Create(MlpArchitecture.Digits, seed: 1);
        var shapes = model.Module.named_parameters().ToDictionary(p => p.name, p => TensorValues.Shape(p.parameter));
        Assert.Equal(["classifier.0.weight", "classifier.0.bias", "classifier.2.weight", "classifier.2.bias", "classifier.4.weight", "classifier.4.bias"], shapes.Keys);
        Assert.Equal([64, 64], shapes["classifier.0.weight"]);
        Assert.Equal([32, 64], shapes["classifier.2.weight"]);
        Assert.Equal([10, 32], shapes["classifier.4.weight"]);
    }

    [Fact]
    public void Cnn_parameters_have_PyTorch_dotted_names_and_shapes()
    {
        using var model = TorchClassifier.Create(CnnArchitecture.Digits, seed: 1);
        var shapes = model.Module.named_parameters().ToDictionary(p => p.name, p => TensorValues.Shape(p.parameter));
        Assert.Equal([8, 1, 3, 3], shapes["features.0.weight"]);
        Assert.Equal([8], shapes["features.1.weight"]);
        Assert.Equal([16, 8, 3, 3], shapes["features.4.weight"]);
        Assert.Equal([16], shapes["features.5.bias"]);
        Assert.Equal([10, 64], shapes["classifier.0.weight"]);
        Assert.Contains(model.Module.named_buffers(), b => b.name == "features.1.running_mean");
    }

    [Fact]
    public void Cnn_is_parametric_in_input_size_28x28_gives_16x7x7_classifier_inputs()
    {
        using var model = TorchClassifier.Create(CnnArchitecture.FashionMnist, seed: 1);
        Assert.Equal(16 * 7 * 7, CnnArchitecture.FashionMnist.ClassifierInputs);
        using var input = TorchSharp.torch.zeros(3, 1, 28, 28);
        using var logits = model.Forward(input);
        Assert.Equal([3L, 10L], logits.shape);
    }

    [Fact]
    public void Same_seed_gives_identical_initial_weights_and_different_seed_different()
    {
        using var a = TorchClassifier.Create(CnnArchitecture.Digits, seed: 7);
        using var b = TorchClassifier.Create(CnnArchitecture.Digits, seed: 7);
        using var c = TorchClassifier.Create(CnnArchitecture.Digits, seed: 8);
        foreach (var (name, _) in a.Module.named_parameters())
            Assert.Equal(TrainedDigits.Weights(a, name), TrainedDigits.Weights(b, name));
        // BatchNorm starts at scale 1, shift 0 whatever the seed: compare the randomly initialised layers.
        foreach (var layer in a.WeightedLayers())
            Assert.NotEqual(TrainedDigits.Weights(a, layer.WeightName), TrainedDigits.Weights(c, layer.WeightName));
    }

    [Fact]
    public void Clone_copies_parameters_and_buffers_and_is_independent()
    {
        var source = TrainedDigits.Cnn;
        using var clone = source.Clone();
        Assert.Equal(
            source.Module.state_dict().Select(kv => (kv.Key, TensorValues.ToArray(kv.Value))),
            clone.Module.state_dict().Select(kv => (kv.Key, TensorValues.ToArray(kv.Value))));
        TensorValues.Assign(clone.Module.named_parameters().First().parameter, new float[8 * 9]);
        Assert.NotEqual(0f, TrainedDigits.Weights(source, "features.0.weight").Max(MathF.Abs));
    }
}
