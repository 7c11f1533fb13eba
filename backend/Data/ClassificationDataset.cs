// The one shape every labelled image data set takes in the backend: a dense N×D float matrix, N labels, the
// class names and the shape of one instance (D = product of InstanceShape). Training, compression and
// evaluation read only this, whatever file the data came from.
namespace CompressCompare.Backend.Data;

public sealed class ClassificationDataset
{
    public ClassificationDataset(string name, float[] inputs, int[] labels, int[] instanceShape, IReadOnlyList<string> classNames)
    {
        var features = instanceShape.Aggregate(1, (a, b) => a * b);
        if (instanceShape.Length == 0 || features <= 0)
            throw new ArgumentException($"Data set \"{name}\": instance shape [{string.Join(", ", instanceShape)}] is empty.", nameof(instanceShape));
        if (inputs.Length != labels.Length * features)
            throw new ArgumentException($"Data set \"{name}\": {inputs.Length} input values do not make {labels.Length} instances of {features} features.", nameof(inputs));
        var bad = Array.FindIndex(labels, l => l < 0 || l >= classNames.Count);
        if (bad >= 0)
            throw new ArgumentException($"Data set \"{name}\": label {labels[bad]} of instance {bad} is outside 0..{classNames.Count - 1}.", nameof(labels));
        Name = name;
        Inputs = inputs;
        Labels = labels;
        InstanceShape = instanceShape;
        Features = features;
        ClassNames = classNames;
    }

    public string Name { get; }
    /// <summary>N×D values, row-major, one row per instance.</summary>
    public float[] Inputs { get; }
    public int[] Labels { get; }
    /// <summary>Shape of one instance: [D] for flat vectors, [C, H, W] for images.</summary>
    public int[] InstanceShape { get; }
    public IReadOnlyList<string> ClassNames { get; }

    public int Count => Labels.Length;
    /// <summary>D: values per instance, the product of <see cref="InstanceShape"/>.</summary>
    public int Features { get; }
    public int Classes => ClassNames.Count;

    public ReadOnlySpan<float> Instance(int index) => Inputs.AsSpan(index * Features, Features);

    /// <summary>The instances at <paramref name="indices"/>, in that order.</summary>
    public ClassificationDataset Subset(IReadOnlyList<int> indices, string? name = null)
    {
        var d = Features;
        var inputs = new float[indices.Count * d];
        var labels = new int[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            Instance(indices[i]).CopyTo(inputs.AsSpan(i * d, d));
            labels[i] = Labels[indices[i]];
        }
        return new ClassificationDataset(name ?? Name, inputs, labels, InstanceShape, ClassNames);
    }

    /// <summary>The same instances seen with another instance shape of the same size (e.g. [64] as [1, 8, 8]).</summary>
    public ClassificationDataset Reshaped(params int[] instanceShape) =>
        instanceShape.Aggregate(1, (a, b) => a * b) == Features
            ? new ClassificationDataset(Name, Inputs, Labels, instanceShape, ClassNames)
            : throw new ArgumentException($"Data set \"{Name}\": cannot view {Features} features as [{string.Join(", ", instanceShape)}].", nameof(instanceShape));
}

/// <summary>A training and a test part of one data set.</summary>
public sealed record DatasetSplit(ClassificationDataset Train, ClassificationDataset Test);
