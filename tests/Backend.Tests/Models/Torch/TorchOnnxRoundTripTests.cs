// TorchSharp → ONNX → ONNX Runtime: the exported file computes what the TorchSharp module computes,
// for float, int8 and palettized weights, on a trained model with non-trivial BatchNorm statistics.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;
using static TorchSharp.torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchOnnxRoundTripTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-roundtrip-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static readonly DatasetSplit Digits = DigitsDataset.LoadSplit(BundledData.DigitsPath(), seed: 5);

    static float[] TorchLogits(TorchClassifier model, ClassificationDataset data)
    {
        using var scope = NewDisposeScope();
        model.Module.eval();
        using var _ = no_grad();
        var input = tensor(data.Inputs, [data.Count, .. data.InstanceShape.Select(d => (long)d)]);
        return model.Forward(input).data<float>().ToArray();
    }

    float[] OnnxLogits(TorchClassifier model, ClassificationDataset data, string name)
    {
        var path = Path.Combine(_dir, name + ".onnx");
        OnnxModelWriter.Write(TorchToSequential.Convert(model), path);
        using var session = new OnnxInference(path);
        return session.Run(data.Inputs, data.Count);
    }

    public static TheoryData<string> Operations() => new() { "float", CompressionOperationNames.Int8Quantize, CompressionOperationNames.Palettize };

    [Theory]
    [MemberData(nameof(Operations))]
    public void The_exported_cnn_matches_TorchSharp_within_1e_5(string operation)
    {
        var cnnData = (Train: Digits.Train.Reshaped(CnnArchitecture.Digits.InstanceShape), Test: Digits.Test.Reshaped(CnnArchitecture.Digits.InstanceShape));
        using var trained = TorchClassifier.Create(CnnArchitecture.Digits, seed: 5);
        TorchTrainer.Train(trained, cnnData.Train, new TrainingOptions(Epochs: 3, Seed: 5));
        using var model = operation == "float" ? trained.Clone() : CompressionOperationFactory.Create(new OperationApplication
        {
            Name = operation,
            Parameters = operation == CompressionOperationNames.Palettize
                ? new Dictionary<string, System.Text.Json.JsonElement> { ["bits"] = System.Text.Json.JsonSerializer.SerializeToElement(4) }
                : new Dictionary<string, System.Text.Json.JsonElement>(),
        }).Apply(trained, CompressionContext.None);

        var expected = TorchLogits(model, cnnData.Test);
        var actual = OnnxLogits(model, cnnData.Test, operation.Replace(' ', '-'));
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= 1e-5, $"max |torch - onnx| = {worst} over {expected.Length} logits");
    }

    [Fact]
    public void Int8_and_4_bit_files_keep_accuracy_within_a_point_and_shrink_the_mlps_weights()
    {
        var mlpData = (Train: Digits.Train, Test: Digits.Test);
        using var trained = TorchClassifier.Create(MlpArchitecture.Digits, seed: 5);
        TorchTrainer.Train(trained, mlpData.Train, new TrainingOptions(Epochs: 20, Seed: 5));
        var floatPath = Path.Combine(_dir, "mlp.onnx");
        OnnxModelWriter.Write(TorchToSequential.Convert(trained), floatPath);
        var floatMetrics = ModelMeasurer.Measure(floatPath, mlpData.Test, new MeasurementOptions(LatencyRuns: 3, LatencyWarmup: 1), default);
        foreach (var (name, bits, minRatio) in new[] { (CompressionOperationNames.Int8Quantize, 0, 2.8), (CompressionOperationNames.Palettize, 4, 3.0) })
        {
            var parameters = new Dictionary<string, System.Text.Json.JsonElement>();
            if (bits > 0) parameters["bits"] = System.Text.Json.JsonSerializer.SerializeToElement(bits);
            using var compressed = CompressionOperationFactory.Create(new OperationApplication { Name = name, Parameters = parameters })
                .Apply(trained, CompressionContext.None);
            var path = Path.Combine(_dir, $"mlp-{bits}.onnx");
            OnnxModelWriter.Write(TorchToSequential.Convert(compressed), path);
            var metrics = ModelMeasurer.Measure(path, mlpData.Test, new MeasurementOptions(LatencyRuns: 3, LatencyWarmup: 1), default);
            Assert.InRange(metrics[ExperimentMetrics.Top1]!.Value, floatMetrics[ExperimentMetrics.Top1]!.Value - 0.01, 1);
            // 6.5k weights: the graph's fixed overhead keeps the ratio below the 4× (int8) and 8× (4-bit) of the weights alone.
            var ratio = floatMetrics[ExperimentMetrics.ModelSize]!.Value / metrics[ExperimentMetrics.ModelSize]!.Value;
            Assert.True(ratio >= minRatio, $"{name} {bits}: {ratio:F2}× smaller");
        }
    }
}
