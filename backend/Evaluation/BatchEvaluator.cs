// The evaluation loop: feeds the dataset to a model in batches and gathers its raw outputs. Beyond the dataset
// array, it holds at most one batch of inputs (ONNX Runtime reads the batch in place; TorchSharp copies it into
// a tensor) and the N × K outputs; cancellation is checked before every batch.
namespace CompressCompare.Backend.Evaluation;

internal static class BatchEvaluator
{
    /// <summary>Small enough that cancelling waits for at most a few milliseconds of work on the demo models.</summary>
    public const int DefaultBatchSize = 256;

    /// <summary>Where this model's progress sits in the request: model <c>Index</c> of the request's models.</summary>
    public readonly record struct ProgressSpan(RequestProgress Request, string ModelId, int Index);

    /// <summary>Raw outputs (logits or probabilities), row-major [dataset.Count × classes], and the class count.</summary>
    public static (float[] Outputs, int Classes) Run(IBatchModel model, EvaluationDataset dataset, ProgressSpan span,
        CancellationToken cancellationToken, int batchSize = DefaultBatchSize)
    {
        batchSize = model.Prepare(dataset, span.ModelId, batchSize);
        var n = dataset.Count;
        float[]? outputs = null;
        var classes = 0;
        for (var start = 0; start < n; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(batchSize, n - start);
            // Waits only while the dataset's background read has not reached this batch yet.
            var result = model.Run(dataset, start, count, cancellationToken);
            if (outputs is null)
            {
                classes = result.Length / count;
                if (classes < 1 || classes * count != result.Length || (dataset.Classes.Count > 0 && classes != dataset.Classes.Count))
                    throw new EvaluationException(
                        $"Model \"{span.ModelId}\" gives {result.Length / (double)count:0.##} outputs per instance, but the dataset has {dataset.Classes.Count} classes.",
                        "The model's output must be one logit or probability per class of the dataset, in the order of \"classes\".");
                outputs = new float[(long)n * classes];
            }
            else if (result.Length != count * classes)
                throw new EvaluationException($"Model \"{span.ModelId}\" changed its output width between batches ({result.Length / count} instead of {classes}).",
                    "Export the model with a fixed number of outputs per instance.");
            result.CopyTo(outputs, (long)start * classes);
            var done = start + count;
            // Small fixed batches (a batch-1 export runs one per instance) report only when the percentage moves.
            span.Request.Report(span.Index, done / (double)n, $"{span.ModelId}: {done}/{n} instances", always: batchSize >= DefaultBatchSize || done == n);
        }
        return (outputs ?? [], classes == 0 ? Math.Max(dataset.Classes.Count, 1) : classes);
    }

    /// <summary>What a model of one float input checks before its first batch: the dataset is one array with <paramref name="features"/> values per instance.</summary>
    public static void RequireFeatures(int features, EvaluationDataset dataset, string modelId)
    {
        if (dataset.Tensors is not null)
            throw new EvaluationException(
                $"Model \"{modelId}\" takes one float32 input of {features} values per instance, but the dataset's inputs are {string.Join(", ", dataset.Tensors.Select(t => $"{(t.Name is null ? "" : $"\"{t.Name}\": ")}{Signatures.InputCast.NumpyName(t.Array.DType)}[{string.Join(", ", t.Array.Shape)}]"))}.",
                "Give this model one float32 (or uint8) array as the dataset's \"inputs\", or export it to ONNX, which takes named and typed inputs.");
        if (features != dataset.Features)
            throw new EvaluationException(
                $"Model \"{modelId}\" takes {features} values per instance, but the dataset's instances have {dataset.Features} ([{string.Join(", ", dataset.InstanceShape)}]).",
                "Evaluate the model on the dataset it was trained for: fix the spec's dataset or the model's artifact.");
    }
}
