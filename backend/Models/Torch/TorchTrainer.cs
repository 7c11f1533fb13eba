// Supervised training with Adam and cross-entropy on minibatches. Deterministic for a seed: the batches come
// from our own seeded shuffle, and the model's initial weights from TorchClassifier.Create's seed.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Progress;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

public sealed record TrainingOptions(int Epochs = 20, int BatchSize = 32, double LearningRate = 1e-3, int Seed = 0)
{
    public void Validate()
    {
        if (Epochs < 0) throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "The number of epochs cannot be negative.");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        if (!(LearningRate > 0)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive.");
    }
}

/// <summary>Mean training loss of each epoch, and how long training took.</summary>
public sealed record TrainingReport(IReadOnlyList<double> EpochLosses, int Steps, TimeSpan Duration);

public static class TorchTrainer
{
    /// <summary>
    /// Trains <paramref name="model"/> in place and leaves it in eval mode. <paramref name="afterStep"/> runs
    /// after every optimizer step (fine-tuning re-applies its pruning mask there).
    /// </summary>
    public static TrainingReport Train(
        TorchClassifier model,
        ClassificationDataset data,
        TrainingOptions options,
        Action<TorchClassifier>? afterStep = null,
        IWorkProgress? progress = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        CheckShape(model, data);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var losses = new List<double>(options.Epochs);
        var steps = 0;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();

        using var inputs = TensorValues.Batch(data.Inputs, data.Features, data.InstanceShape, 0, data.Count);
        using var labels = tensor(data.Labels.Select(l => (long)l).ToArray());
        using var optimizer = optim.Adam(model.Module.parameters(), options.LearningRate);
        model.Module.train();
        try
        {
            for (var epoch = 0; epoch < options.Epochs; epoch++)
            {
                DatasetSplitter.Shuffle(order, random);
                double total = 0;
                for (var start = 0; start < order.Length; start += options.BatchSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var scope = NewDisposeScope();
                    var count = Math.Min(options.BatchSize, order.Length - start);
                    var index = tensor(order.AsSpan(start, count).ToArray().Select(i => (long)i).ToArray());
                    optimizer.zero_grad();
                    var loss = nn.functional.cross_entropy(model.Forward(inputs.index_select(0, index)), labels.index_select(0, index));
                    loss.backward();
                    optimizer.step();
                    afterStep?.Invoke(model);
                    total += loss.item<float>() * count;
                    steps++;
                }
                losses.Add(total / Math.Max(1, data.Count));
                progress?.Report($"epoch {epoch + 1}/{options.Epochs}: loss {losses[^1]:0.####}", 100 * (epoch + 1) / options.Epochs);
            }
        }
        finally
        {
            model.Module.eval();
        }
        return new TrainingReport(losses, steps, started.Elapsed);
    }

    internal static void CheckShape(TorchClassifier model, ClassificationDataset data)
    {
        if (!model.InstanceShape.SequenceEqual(data.InstanceShape))
            throw new ArgumentException(
                $"Data set \"{data.Name}\" has instances shaped [{string.Join(", ", data.InstanceShape)}] but the model expects " +
                $"[{string.Join(", ", model.InstanceShape)}]; reshape the data (ClassificationDataset.Reshaped) or pick the matching architecture.");
        if (data.Classes != model.Architecture.Classes)
            throw new ArgumentException($"Data set \"{data.Name}\" has {data.Classes} classes but the model predicts {model.Architecture.Classes}.");
    }
}
