// Ties every input of an ONNX model to the dataset array that feeds it, before any batch runs: by name when the
// spec's dataset gives {input name: file}, or the one array to a one-input model. A dtype that cannot be cast
// without loss, a shape that does not fit, a missing or unknown name: each is refused with the input's name,
// ONNX type and shape, and what the dataset gives, so nothing runs and nothing is cached.
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Evaluation.Signatures;

internal static class InputBinder
{
    /// <summary>
    /// The bound inputs in the model's order and the batch to run: the model's fixed batch (<c>Fixed</c>: every run has
    /// exactly that many rows, the last padded), or <paramref name="preferredBatch"/> (the last run has the rows left).
    /// </summary>
    public static (IReadOnlyList<BoundInput> Inputs, int Batch, bool Fixed) Bind(InferenceSession session, EvaluationDataset dataset, string modelId, int preferredBatch)
    {
        if (dataset.Text is { } text) return Text.TextInputBinder.Bind(session, text, modelId, preferredBatch);
        if (dataset.Images is { } images) return Images.ImageInput.Bind(session, dataset, images, modelId, preferredBatch);
        var inputs = session.InputMetadata;
        var sources = dataset.Tensors;
        if (sources is not null && sources.Count > 0 && sources[0].Name is not null)
        {
            var unknown = sources.Where(s => !inputs.ContainsKey(s.Name!)).Select(s => s.Name).ToList();
            if (unknown.Count > 0)
                throw new EvaluationException(
                    $"The dataset's inputs name {string.Join(", ", unknown.Select(n => $"\"{n}\""))}, which model \"{modelId}\" does not take (its inputs: {Describe(inputs)}).",
                    "Name each file in the dataset's \"inputs\" after the model input it feeds.");
        }
        else if (inputs.Count != 1)
            throw new EvaluationException(
                $"Model \"{modelId}\" takes {inputs.Count} inputs ({Describe(inputs)}), but the dataset's \"inputs\" is one array.",
                $"Give \"inputs\" as an object naming a .npy file for each model input, e.g. {{{string.Join(", ", inputs.Keys.Take(3).Select(k => $"\"{k}\": \"data/{k}.npy\""))}}}.");

        var bound = new List<BoundInput>(inputs.Count);
        int? fixedBatch = null;
        foreach (var (name, meta) in inputs)
        {
            // One float64 or uint8 array casts from what it stored; a float32 input reads its widened floats as they are.
            var source = sources is null ? (meta.ElementDataType == TensorElementType.Float ? null : dataset.Stored)
                : sources.Count == 1 && sources[0].Name is null ? sources[0] : sources.FirstOrDefault(s => s.Name == name);
            if (sources is not null && source is null)
                throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" ({Signature(meta)}) has no array in the dataset's \"inputs\".",
                    $"Add \"{name}\": \"<file>.npy\" to the dataset's \"inputs\".");
            var (descr, shape, path) = source is null ? (dataset.Stored?.Array.DType ?? "<f4", (int[])[dataset.Count, .. dataset.InstanceShape], dataset.Stored?.Path ?? "the dataset's inputs")
                : (source.Array.DType, source.Array.Shape, source.Path);
            var gives = $"{InputCast.NumpyName(descr)}[{string.Join(", ", shape)}] ({path})";
            if (!InputCast.IsSupported(meta.ElementDataType))
                throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" is {Signature(meta)}, a type the backend does not feed; the dataset gives {gives}.",
                    $"Export the model with a {string.Join(", ", InputCast.Supported.Select(Onnx))} input.");
            if (!InputCast.Takes(meta.ElementDataType, descr))
                throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" is {Signature(meta)}, but the dataset gives {gives}, which cannot become {Onnx(meta.ElementDataType)} without losing values.",
                    $"Save that array as one of {InputCast.Accepted(meta.ElementDataType)} (numpy: a.astype(...)).");
            var instance = InstanceShape(meta, shape) ?? throw new EvaluationException(
                $"Model \"{modelId}\" input \"{name}\" is {Signature(meta)}, but the dataset gives {gives}, whose instances do not have that shape.",
                "Save the array shaped [instances, ...the input's shape without its batch dimension].");
            if (meta.Dimensions.Length > 0 && meta.Dimensions[0] > 0) fixedBatch ??= meta.Dimensions[0];
            bound.Add(source is null
                ? BoundInput.Of<float>(name, instance, dataset.InputsUpTo)
                : InputCast.Bind(name, instance, source.Array, meta.ElementDataType));
        }
        return (bound, fixedBatch ?? preferredBatch, fixedBatch is not null);
    }

    /// <summary>The instance shape to run, or null when the dataset's [N, ...] does not fit the input's dimensions.</summary>
    static long[]? InstanceShape(NodeMetadata meta, int[] shape)
    {
        if (meta.Dimensions.Length < 1 || shape.Length < 1) return null;
        var dims = meta.Dimensions[1..];
        var instance = shape[1..];
        if (dims.Length == instance.Length)
            return dims.Zip(instance).All(p => p.First < 0 || p.First == p.Second) ? [.. instance.Select(d => (long)d)] : null;
        // A fixed shape with as many values per instance (e.g. [N, 8, 8] into [batch, 1, 8, 8]), as the single-input path has always read it.
        return dims.All(d => d >= 0) && dims.Aggregate(1L, (a, d) => a * d) == instance.Aggregate(1L, (a, d) => a * d)
            ? [.. dims.Select(d => (long)d)] : null;
    }

    public static string Signature(NodeMetadata meta) =>
        $"{Onnx(meta.ElementDataType)}[{string.Join(", ", meta.Dimensions.Select((d, i) => d >= 0 ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : Symbol(meta, i)))}]";

    static string Symbol(NodeMetadata meta, int i) =>
        i < meta.SymbolicDimensions.Length && !string.IsNullOrEmpty(meta.SymbolicDimensions[i]) ? meta.SymbolicDimensions[i] : "?";

    static string Describe(IReadOnlyDictionary<string, NodeMetadata> inputs) =>
        string.Join(", ", inputs.Select(p => $"\"{p.Key}\" {Signature(p.Value)}"));

    public static string Onnx(TensorElementType type) => type switch
    {
        TensorElementType.Float => "float32",
        TensorElementType.Float16 => "float16",
        TensorElementType.BFloat16 => "bfloat16",
        TensorElementType.Double => "float64",
        _ => type.ToString().ToLowerInvariant(),
    };
}
