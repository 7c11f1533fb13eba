// Hand-made model outputs: the input of the behaviour comparison, written out so expectations can be computed by hand.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Behaviors;

public static class HandOutputs
{
    /// <summary>Outputs from softmax rows; predicted = first argmax, confidence = its probability.</summary>
    public static ModelOutputs Of(string id, params float[][] rows)
    {
        var k = rows[0].Length;
        var predicted = rows.Select(r => Array.IndexOf(r, r.Max())).ToArray();
        return new ModelOutputs(id, rows.Length, k, [.. rows.SelectMany(r => r)], predicted, [.. rows.Select(r => r.Max())]);
    }

    /// <summary>Confident one-hot-ish rows (0.8 on the predicted class, the rest shared) for the given predictions.</summary>
    public static ModelOutputs Predicting(string id, int classes, params int[] predicted) =>
        Of(id, [.. predicted.Select(p => Enumerable.Range(0, classes).Select(c => c == p ? 0.8f : 0.2f / (classes - 1)).ToArray())]);
}

/// <summary>An output source over fixed outputs, as the evaluation engine would return them from its cache.</summary>
public sealed class FixedOutputSource(params ModelOutputs[] outputs) : IModelOutputSource
{
    public int Calls { get; private set; }

    public Task<ModelOutputs> GetOutputsAsync(ParsedSpec spec, string modelId, IWorkProgress progress, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(outputs.First(o => o.ModelId == modelId));
    }
}
