// What a diagnosis measures on its sample, and how: accuracy against the dataset's labels for a classifier (one output
// score per class), agreement with the base's predicted class for other outputs with classes to pick, and the cosine of
// the outputs with the base's where there is no class to pick (one value per instance).
namespace CompressCompare.Backend.Diagnose;

/// <summary>One model's first output on the sample: Count rows of Width values, and the dataset index of each row.</summary>
internal sealed record SampleOutputs(float[] Values, int Width, int[] Indices)
{
    public int Count => Indices.Length;

    public int Argmax(int row)
    {
        var values = Values.AsSpan(row * Width, Width);
        var best = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}

internal static class SampleMetric
{
    public const string Accuracy = "accuracy";
    public const string Agreement = "agreement";
    public const string Cosine = "cosine";

    public static string KindFor(int width, int classes) => width <= 1 ? Cosine : width == classes ? Accuracy : Agreement;

    /// <summary>The metric of <paramref name="outputs"/>: against <paramref name="labels"/> (by dataset index) or the base's outputs.</summary>
    public static double Of(string kind, SampleOutputs outputs, SampleOutputs baseOutputs, IReadOnlyList<int> labels)
    {
        if (outputs.Count == 0) return 0;
        switch (kind)
        {
            case Accuracy:
                return (double)Enumerable.Range(0, outputs.Count).Count(r => outputs.Argmax(r) == labels[outputs.Indices[r]]) / outputs.Count;
            case Agreement:
                return (double)Enumerable.Range(0, outputs.Count).Count(r => outputs.Argmax(r) == baseOutputs.Argmax(r)) / outputs.Count;
            default:
                double dot = 0, a = 0, b = 0;
                for (var i = 0; i < outputs.Values.Length; i++)
                {
                    dot += (double)outputs.Values[i] * baseOutputs.Values[i];
                    a += (double)outputs.Values[i] * outputs.Values[i];
                    b += (double)baseOutputs.Values[i] * baseOutputs.Values[i];
                }
                // Two all-zero outputs agree fully; one all-zero output shares no direction with the other.
                return a == 0 && b == 0 ? 1 : a == 0 || b == 0 ? 0 : dot / Math.Sqrt(a * b);
        }
    }
}
