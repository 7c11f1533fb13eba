// The spec's dataset as the evaluation reads it: inputs as float32 [N × D] (uint8 widened), labels as class
// indices, and the content hash that keys the cache. Loaded once per request and shared by its models.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

internal sealed class EvaluationDataset
{
    EvaluationDataset(float[] inputs, int[] labels, int[] instanceShape, IReadOnlyList<string> classes, string hash)
    {
        Inputs = inputs;
        Labels = labels;
        InstanceShape = instanceShape;
        Classes = classes;
        Hash = hash;
    }

    public float[] Inputs { get; }
    public int[] Labels { get; }
    /// <summary>Shape of one instance as stored, e.g. [8, 8].</summary>
    public int[] InstanceShape { get; }
    /// <summary>Class names by index; empty when the spec names none (the models' output width decides).</summary>
    public IReadOnlyList<string> Classes { get; }
    /// <summary>SHA-256 of the inputs' and labels' hashes.</summary>
    public string Hash { get; }
    public int Count => Labels.Length;
    /// <summary>Values per instance.</summary>
    public int Features => InstanceShape.Aggregate(1, (a, b) => a * b);

    /// <summary>Hashes the dataset files without reading the arrays (enough to find cached outputs).</summary>
    public static (string Inputs, string Labels, string Hash) Locate(SpecSummary spec)
    {
        var dataset = spec.Dataset ?? throw new EvaluationException(
            $"The spec {spec.Path} has no \"dataset\", so there is nothing to evaluate its models on.",
            "Add \"dataset\": {\"inputs\": \"data/inputs.npy\", \"labels\": \"data/labels.npy\", \"classes\": [...]} to the spec.", spec.Path);
        var inputs = RequireFile(spec, dataset.Inputs, SpecFields.Dataset.Inputs);
        var labels = RequireFile(spec, dataset.Labels, SpecFields.Dataset.Labels);
        return (inputs, labels, ContentHash.Combine(ContentHash.Of(inputs), ContentHash.Of(labels)));
    }

    public static EvaluationDataset Load(SpecSummary spec)
    {
        var (inputsPath, labelsPath, hash) = Locate(spec);
        var inputs = ReadNpy(inputsPath);
        if (inputs.Floats is null || inputs.Shape.Length < 2)
            throw new EvaluationException($"The dataset's inputs {inputsPath} hold {inputs.DType}[{string.Join(", ", inputs.Shape)}]; evaluation needs float32 or uint8 [N, ...instance shape].",
                "Save the inputs with numpy.save(path, x.astype(np.float32)) shaped [instances, ...].", inputsPath);
        var labelValues = ReadLabels(spec, labelsPath, inputs.Shape[0]);
        return new EvaluationDataset(inputs.Floats, labelValues, inputs.Shape[1..], spec.Dataset!.Classes, hash);
    }

    /// <summary>The labels alone (what accuracy needs when every output is cached); <paramref name="count"/> null when the inputs were not read.</summary>
    public static int[] ReadLabels(SpecSummary spec, string labelsPath, int? count)
    {
        var labels = ReadNpy(labelsPath);
        if (labels.Integers is null || labels.Shape.Length != 1 || (count is { } n && labels.Shape[0] != n))
            throw new EvaluationException($"The dataset's labels {labelsPath} hold {labels.DType}[{string.Join(", ", labels.Shape)}]; evaluation needs {(count is null ? "" : $"{count} ")}integer class indices, one per input.",
                "Save the labels with numpy.save(path, y.astype(np.int64)) as a 1-D array as long as the inputs.", labelsPath);
        var classes = spec.Dataset!.Classes;
        var values = new int[labels.Integers.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var label = labels.Integers[i];
            if (label < 0 || (classes.Count > 0 && label >= classes.Count) || label > int.MaxValue)
                throw new EvaluationException($"Label {label} of instance {i} in {labelsPath} is not a class index 0..{Math.Max(classes.Count, 1) - 1}.",
                    "Fix the labels, or list every class in the dataset's \"classes\".", labelsPath);
            values[i] = (int)label;
        }
        return values;
    }

    static string RequireFile(SpecSummary spec, string? relative, string field)
    {
        if (relative is null)
            throw new EvaluationException($"The spec's dataset has no usable \"{field}\" path.",
                $"Set \"{field}\" in the dataset to a .npy file relative to the spec (see the spec's diagnostics).", spec.Path);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(spec.Path)!, relative));
        if (!File.Exists(full))
            throw new EvaluationException($"The dataset's \"{field}\" file {full} does not exist.",
                $"Create it, or fix \"{field}\" in the spec (paths are relative to the spec file).", full);
        return full;
    }

    static NpyArray ReadNpy(string path)
    {
        try
        {
            return NpyArray.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            throw new EvaluationException($"Cannot read {path}: {e.Message}", "Write it again with numpy.save.", path, e);
        }
    }
}
