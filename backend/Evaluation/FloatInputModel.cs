// What the plain path's models share (ONNX models of one float input, TorchSharp checkpoints): they read the
// dataset's one float array, so before any batch they need its instances to have their number of values.
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal abstract class FloatInputModel : IBatchModel
{
    public abstract ModelSource Source { get; }
    /// <summary>Values one instance must have (the product of the model's input shape without the batch).</summary>
    protected abstract int Features { get; }
    /// <summary>Outputs of instances <paramref name="start"/>..start+count of <paramref name="inputs"/> ([N × Features]), row-major.</summary>
    protected abstract float[] Run(float[] inputs, int start, int count);
    public abstract void Dispose();

    public int Prepare(EvaluationDataset dataset, string modelId, int preferredBatch)
    {
        BatchEvaluator.RequireFeatures(Features, dataset, modelId);
        return preferredBatch;
    }

    // Waits only while the dataset's background read has not reached these rows yet.
    public float[] Run(EvaluationDataset dataset, int start, int count, CancellationToken cancellationToken) =>
        Run(dataset.InputsUpTo(start + count, cancellationToken), start, count);
}
