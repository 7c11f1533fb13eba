// A compression operation: a named, parameterized, deterministic function from a TorchSharp classifier to a
// new one (the input is never modified). Operations compose by applying one to the other's result.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

public interface ICompressionOperation
{
    /// <summary>One of <see cref="CompressionOperationNames"/>.</summary>
    string Name { get; }

    /// <summary>The operation as a spec records it: its name and every parameter value, defaults included.</summary>
    OperationApplication ToApplication();

    /// <summary>
    /// A new classifier: the weights after the operation and, for each layer it encoded, the weight encoding to
    /// export. Layers it changed without encoding lose any earlier encoding (they export as float32).
    /// </summary>
    TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default);
}

/// <summary>What operations may need besides the model: training data (Taylor pruning, fine-tuning, calibration) and progress.</summary>
public sealed record CompressionContext(ClassificationDataset? TrainingData = null, IWorkProgress? Progress = null)
{
    public static CompressionContext None { get; } = new();

    internal ClassificationDataset RequireTrainingData(string operation) =>
        TrainingData ?? throw new InvalidOperationException($"\"{operation}\" needs training data; none was given for this model.");
}
