// IOnnxFeed over the spec's evaluation dataset. The edited model is saved to a hidden file beside the spec (ONNX Runtime
// loads from a file without holding a second copy of its bytes), run batch by batch through InputBinder exactly as
// `evaluate` runs it, and deleted. A sample of N instances is taken as evenly spaced runs of whole batches, so a dataset
// stored class by class still gives every class to calibration.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Signatures;
using CompressCompare.Backend.Models.Onnx;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="purpose">What the runs are for, as errors say it ("while calibrating").</param>
internal sealed class DatasetFeed(EvaluationDataset dataset, string specPath, string modelId, string purpose = "calibrating") : IOnnxFeed
{
    /// <summary>Instances per session run: small enough for activations of every layer to stay modest, large enough to run fast.</summary>
    const int PreferredBatch = 32;

    public int Run(OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize, Action<IReadOnlyList<OrtValue>, int> onBatch, CancellationToken cancellationToken) =>
        RunIndexed(model, outputs, instances, batchSize, (values, _, count) => onBatch(values, count), cancellationToken);

    /// <summary>As <see cref="Run"/>, also passing each batch's first instance index in the dataset, where its labels are.</summary>
    internal int RunIndexed(OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize, Action<IReadOnlyList<OrtValue>, int, int> onBatch,
        CancellationToken cancellationToken)
    {
        var preferred = batchSize ?? PreferredBatch;
        ArgumentOutOfRangeException.ThrowIfLessThan(preferred, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(instances, 1);
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, $".{modelId}.{Guid.NewGuid():N}.calibration.onnx");
        model.Save(file, specPath, cancellationToken);
        try
        {
            using var session = OnnxInference.OpenSession(file);
            var (inputs, batch, fixedBatch) = InputBinder.Bind(session, dataset, modelId, preferred);
            try
            {
                string[] names = [.. inputs.Select(i => i.Name)];
                using var runOptions = new RunOptions();
                using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
                var ran = 0;
                foreach (var (start, count) in Batches(dataset.Count, Math.Min(instances, dataset.Count), batch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var values = new OrtValue[inputs.Count];
                    try
                    {
                        for (var i = 0; i < values.Length; i++) values[i] = inputs[i].Batch(start, count, fixedBatch ? batch : count, cancellationToken);
                        using var results = session.Run(runOptions, names, values, [.. outputs]);
                        onBatch([.. results], start, count);
                    }
                    catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }
                    catch (OnnxRuntimeException e)
                    {
                        throw new EvaluationException($"ONNX Runtime failed on model \"{modelId}\" while {purpose}: {e.Message}",
                            "Check that the model runs on the spec's dataset (Evaluate it first).", model.Source, e);
                    }
                    finally
                    {
                        foreach (var value in values) value?.Dispose();
                    }
                    ran += count;
                }
                return ran;
            }
            finally
            {
                foreach (var input in inputs) (input as IDisposable)?.Dispose();
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The dataset indices a run on <paramref name="instances"/> covers where the feed chooses the batches (a fixed-batch model's differ).</summary>
    internal int[] SampleIndices(int instances) =>
        [.. Batches(dataset.Count, Math.Min(instances, dataset.Count), PreferredBatch).SelectMany(b => Enumerable.Range(b.Start, b.Count))];

    /// <summary>(start, count) of whole batches spread evenly over [0, size), <paramref name="wanted"/> instances in all.</summary>
    internal static IEnumerable<(int Start, int Count)> Batches(int size, int wanted, int batch)
    {
        var runs = (wanted + batch - 1) / batch;
        // Where the runs cannot spread without overlapping, they are the first instances, back to back.
        var step = (long)runs * batch > size || runs == 1 ? batch : (size - batch) / (runs - 1);
        for (var r = 0; r < runs; r++) yield return (r * step, Math.Min(batch, wanted - r * batch));
    }
}
