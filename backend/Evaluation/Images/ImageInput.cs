// Binds an image folder to the one model input it feeds: checks the input's type and shape against the
// preprocessed images before any batch runs, and hands the model batches from an ImageBatchStream.
using CompressCompare.Backend.Evaluation.Signatures;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Evaluation.Images;

internal static class ImageInput
{
    /// <summary>Floats per batch at most (16 MB): with Depth + 2 buffers, under 100 MB for any image size or dataset length.</summary>
    public const int MaxBatchValues = 4 << 20;

    public static (IReadOnlyList<BoundInput> Inputs, int Batch, bool Fixed) Bind(InferenceSession session, EvaluationDataset dataset, ImageFolder folder, string modelId, int preferredBatch)
    {
        var inputs = session.InputMetadata;
        var name = folder.Summary.Input ?? (inputs.Count == 1 ? inputs.Keys.First() : throw new EvaluationException(
            $"Model \"{modelId}\" takes {inputs.Count} inputs ({string.Join(", ", inputs.Select(p => $"\"{p.Key}\" {InputBinder.Signature(p.Value)}"))}); the image folder does not say which one its pixels feed.",
            "Set \"images\".\"input\" in the dataset to the name of the model's image input."));
        if (!inputs.TryGetValue(name, out var meta))
            throw new EvaluationException($"Model \"{modelId}\" has no input \"{name}\" (its inputs: {string.Join(", ", inputs.Keys.Select(k => $"\"{k}\""))}).",
                "Set \"images\".\"input\" to one of those names.");
        var gives = $"float32[{string.Join(", ", (int[])[folder.Files.Length, .. dataset.InstanceShape])}] (the preprocessed images of {folder.Folder})";
        if (inputs.Count > 1)
            throw new EvaluationException($"Model \"{modelId}\" takes {inputs.Count} inputs, but an image folder feeds only \"{name}\".",
                "Evaluate a model with one image input, or export it with its other inputs folded in as constants.");
        if (meta.ElementDataType != TensorElementType.Float)
            throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" is {InputBinder.Signature(meta)}; an image folder gives {gives}.",
                "Export the model with a float32 image input.");
        var dims = meta.Dimensions;
        var instance = dataset.InstanceShape;
        if (dims.Length != instance.Length + 1 || !dims[1..].Zip(instance).All(p => p.First < 0 || p.First == p.Second))
            throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" is {InputBinder.Signature(meta)}, but the image folder gives {gives}.",
                "Set \"images\".\"preprocess\" so the images match the input: \"resize\" and \"centerCrop\" for its height and width, \"layout\" \"nchw\" or \"nhwc\" for where the channels go.");
        var fixedBatch = dims[0] > 0 ? (int?)dims[0] : null;
        var batch = fixedBatch ?? BatchFor(dataset, preferredBatch);
        var stream = new ImageBatchStream(folder, dataset.Transform!, SizeOf(dataset), batch);
        return ([new Streamed(name, [.. instance.Select(d => (long)d)], stream)], batch, fixedBatch is not null);
    }

    /// <summary>The batch a model with a dynamic batch runs: <paramref name="preferredBatch"/>, or fewer images where they would pass 16 MB.</summary>
    public static int BatchFor(EvaluationDataset dataset, int preferredBatch) => Math.Clamp(MaxBatchValues / Math.Max(dataset.Features, 1), 1, preferredBatch);

    /// <summary>The [height, width] of the dataset's preprocessed images.</summary>
    public static (int Height, int Width) SizeOf(EvaluationDataset dataset) =>
        dataset.Preprocess!.Layout == Protocol.Spec.PixelLayout.Nchw ? (dataset.InstanceShape[1], dataset.InstanceShape[2]) : (dataset.InstanceShape[0], dataset.InstanceShape[1]);

    /// <summary>A model input whose batches come from the stream, in order.</summary>
    sealed class Streamed(string name, long[] instanceShape, ImageBatchStream stream) : BoundInput(name, instanceShape), IDisposable
    {
        public override OrtValue Batch(int start, int count, int batch, CancellationToken cancellationToken, bool copy = false)
        {
            var values = stream.Next(start, count, cancellationToken);
            long[] shape = [batch, .. InstanceShape];
            // A fixed batch's last rows: the buffer holds a whole batch, so the padding is zeroed in place.
            if (count < batch) values.AsSpan(count * Values, (batch - count) * Values).Clear();
            if (copy) return OrtValue.CreateTensorValueFromMemory(values.AsSpan(0, batch * Values).ToArray(), shape);
            return OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, values.AsMemory(0, batch * Values), shape);
        }

        public void Dispose() => stream.Dispose();
    }
}
