// Digits data and float models trained once per test run and shared (read-only: operations clone their input).
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Models.Torch;

internal static class TrainedDigits
{
    public const int Seed = 0;
    public static readonly TrainingOptions MlpTraining = new(Epochs: 20, BatchSize: 32, LearningRate: 3e-3, Seed: Seed);
    public static readonly TrainingOptions CnnTraining = new(Epochs: 5, BatchSize: 32, LearningRate: 3e-3, Seed: Seed);

    static readonly Lazy<DatasetSplit> split = new(() => DigitsDataset.LoadSplit(RepoPaths.Of(DigitsDataset.RelativePath), Seed));
    static readonly Lazy<TorchClassifier> mlp = new(() => Train(MlpArchitecture.Digits, Split, MlpTraining));
    static readonly Lazy<TorchClassifier> cnn = new(() => Train(CnnArchitecture.Digits, ImageSplit, CnnTraining));
    static readonly Lazy<DatasetSplit> imageSplit = new(() => new DatasetSplit(Split.Train.Reshaped(1, 8, 8), Split.Test.Reshaped(1, 8, 8)));

    /// <summary>1347 training and 450 test digits, instances shaped [64].</summary>
    public static DatasetSplit Split => split.Value;
    /// <summary>The same split with instances shaped [1, 8, 8] for the CNN.</summary>
    public static DatasetSplit ImageSplit => imageSplit.Value;
    public static TorchClassifier Mlp => mlp.Value;
    public static TorchClassifier Cnn => cnn.Value;

    public static TorchClassifier Train(ClassifierArchitecture architecture, DatasetSplit data, TrainingOptions options)
    {
        var model = TorchClassifier.Create(architecture, options.Seed);
        TorchTrainer.Train(model, data.Train, options);
        return model;
    }

    public static double Accuracy(TorchClassifier model) =>
        TorchEvaluator.Evaluate(model, model.Architecture is CnnArchitecture ? ImageSplit.Test : Split.Test).Top1;

    public static float[] Weights(TorchClassifier model, string parameterName) =>
        TensorValues.ToArray(model.Module.named_parameters().Single(p => p.name == parameterName).parameter);
}
