// Fine-tuning: more epochs of training on the training data, keeping every weight that is exactly zero at zero
// (the pruning mask is re-applied after each optimizer step: Adam's momentum would otherwise revive them).
// All weights change, so earlier encodings are dropped: quantize or palettize after fine-tuning, not before.
using System.Text.Json;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Compression;

public sealed record FineTuning(int Epochs = FineTuning.DefaultEpochs, double LearningRate = FineTuning.DefaultLearningRate,
    int BatchSize = FineTuning.DefaultBatchSize, int Seed = 0) : ICompressionOperation
{
    public const int DefaultEpochs = 5;
    public const double DefaultLearningRate = 1e-3;
    public const int DefaultBatchSize = 32;

    public string Name => CompressionOperationNames.FineTune;

    public static FineTuning FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.FineTune, parameters,
            CompressionParameterKeys.Epochs, CompressionParameterKeys.LearningRate, CompressionParameterKeys.BatchSize, CompressionParameterKeys.Seed);
        return new FineTuning(
            p.Int(CompressionParameterKeys.Epochs, DefaultEpochs, 0, 10_000),
            p.Double(CompressionParameterKeys.LearningRate, DefaultLearningRate, double.Epsilon, 10),
            p.Int(CompressionParameterKeys.BatchSize, DefaultBatchSize, 1, 1 << 20),
            p.Int(CompressionParameterKeys.Seed, 0, int.MinValue, int.MaxValue));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Epochs, Epochs), (CompressionParameterKeys.LearningRate, LearningRate),
        (CompressionParameterKeys.BatchSize, BatchSize), (CompressionParameterKeys.Seed, Seed));

    public TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.RequireTrainingData(Name);
        var result = model.Clone(new Dictionary<string, WeightEncoding>());
        var masks = new List<(Tensor Weight, Tensor Zeros)>();
        try
        {
            foreach (var layer in result.WeightedLayers())
                using (no_grad())
                    masks.Add((layer.Weight, layer.Weight.eq(0f)));
            TorchTrainer.Train(result, data, new TrainingOptions(Epochs, BatchSize, LearningRate, Seed),
                afterStep: _ =>
                {
                    using (no_grad())
                        foreach (var (weight, zeros) in masks)
                            weight.masked_fill_(zeros, 0f);
                },
                context.Progress, cancellationToken);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
        finally
        {
            foreach (var (_, zeros) in masks) zeros.Dispose();
        }
    }
}
