// Accuracy of a classifier on a labelled data set: top-1, top-5 and per class, computed in eval mode without
// gradients, in batches (memory stays flat on 10k Fashion-MNIST images).
using CompressCompare.Backend.Data;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

/// <param name="Top1">Fraction of instances whose highest logit is the label.</param>
/// <param name="Top5">Fraction whose label is among the five highest logits (all logits when there are fewer classes).</param>
/// <param name="PerClassAccuracy">Top-1 accuracy over the instances of each class; null for a class with no instance.</param>
/// <param name="Predictions">The top-1 class of each instance, in data-set order.</param>
public sealed record ClassifierEvaluation(double Top1, double Top5, IReadOnlyList<double?> PerClassAccuracy, int[] Predictions);

public static class TorchEvaluator
{
    public const int DefaultBatchSize = 1024;

    public static ClassifierEvaluation Evaluate(TorchClassifier model, ClassificationDataset data, int batchSize = DefaultBatchSize)
    {
        TorchTrainer.CheckShape(model, data);
        var classes = model.Architecture.Classes;
        var k = Math.Min(5, classes);
        var predictions = new int[data.Count];
        var top5Hits = 0;
        var perClassHits = new int[classes];
        var perClassCount = new int[classes];
        model.Module.eval();
        using (no_grad())
            for (var start = 0; start < data.Count; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(batchSize, data.Count - start);
                var logits = model.Forward(TensorValues.Batch(data.Inputs, data.Features, data.InstanceShape, start, count));
                var top = logits.topk(k, dim: 1).indexes.data<long>().ToArray();
                for (var i = 0; i < count; i++)
                {
                    var label = data.Labels[start + i];
                    predictions[start + i] = (int)top[i * k];
                    perClassCount[label]++;
                    if (top[i * k] == label) perClassHits[label]++;
                    for (var j = 0; j < k; j++)
                        if (top[i * k + j] == label) { top5Hits++; break; }
                }
            }
        var n = Math.Max(1, data.Count);
        return new ClassifierEvaluation(
            perClassHits.Sum() / (double)n,
            top5Hits / (double)n,
            perClassHits.Select((hits, c) => perClassCount[c] == 0 ? (double?)null : hits / (double)perClassCount[c]).ToArray(),
            predictions);
    }
}
