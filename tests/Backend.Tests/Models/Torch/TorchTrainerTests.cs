using System.Diagnostics;
using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchTrainerTests
{
    [Fact]
    public void Mlp_trains_on_digits_to_at_least_90_percent_in_a_few_seconds()
    {
        var clock = Stopwatch.StartNew();
        using var model = TrainedDigits.Train(MlpArchitecture.Digits, TrainedDigits.Split, TrainedDigits.MlpTraining with { Seed = 11 });
        clock.Stop();
        var evaluation = TorchEvaluator.Evaluate(model, TrainedDigits.Split.Test);
        Assert.True(evaluation.Top1 >= 0.90, $"top-1 {evaluation.Top1:P1}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"training took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(evaluation.Top5 >= evaluation.Top1);
        Assert.Equal(10, evaluation.PerClassAccuracy.Count);
        Assert.All(evaluation.PerClassAccuracy, a => Assert.InRange(a!.Value, 0, 1));
    }

    [Fact]
    public void Cnn_trains_on_digits_to_at_least_90_percent()
    {
        Assert.True(TrainedDigits.Accuracy(TrainedDigits.Cnn) >= 0.90, $"top-1 {TrainedDigits.Accuracy(TrainedDigits.Cnn):P1}");
    }

    [Fact]
    public void Training_with_the_same_seed_gives_identical_weights_and_another_seed_different()
    {
        var options = TrainedDigits.MlpTraining with { Epochs = 2 };
        using var a = TrainedDigits.Train(MlpArchitecture.Digits, TrainedDigits.Split, options with { Seed = 3 });
        using var b = TrainedDigits.Train(MlpArchitecture.Digits, TrainedDigits.Split, options with { Seed = 3 });
        using var c = TrainedDigits.Train(MlpArchitecture.Digits, TrainedDigits.Split, options with { Seed = 4 });
        foreach (var (name, _) in a.Module.named_parameters())
        {
            Assert.Equal(TrainedDigits.Weights(a, name), TrainedDigits.Weights(b, name));
            Assert.NotEqual(TrainedDigits.Weights(a, name), TrainedDigits.Weights(c, name));
        }
    }

    [Fact]
    public void Evaluation_per_class_accuracy_matches_predictions()
    {
        var test = TrainedDigits.Split.Test;
        var evaluation = TorchEvaluator.Evaluate(TrainedDigits.Mlp, test);
        Assert.Equal(test.Count, evaluation.Predictions.Length);
        Assert.Equal(Enumerable.Range(0, test.Count).Count(i => evaluation.Predictions[i] == test.Labels[i]) / (double)test.Count, evaluation.Top1, 12);
        for (var c = 0; c < 10; c++)
        {
            var members = Enumerable.Range(0, test.Count).Where(i => test.Labels[i] == c).ToArray();
            Assert.Equal(members.Count(i => evaluation.Predictions[i] == c) / (double)members.Length, evaluation.PerClassAccuracy[c]!.Value, 12);
        }
    }

    [Fact]
    public void Data_with_the_wrong_instance_shape_is_refused_with_a_hint()
    {
        var error = Assert.Throws<ArgumentException>(() => TorchEvaluator.Evaluate(TrainedDigits.Cnn, TrainedDigits.Split.Test));
        Assert.Contains("Reshaped", error.Message);
    }
}
