// ONNX artifacts run through ONNX Runtime (one session per model and request): a single float input of fixed
// instance shape fed from one float array runs here, as it always has; every other signature (named inputs,
// other types, a fixed batch, a chosen output) runs through OnnxTensorModel.
using CompressCompare.Backend.Evaluation.Signatures;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal sealed class OnnxBatchModel : FloatInputModel
{
    readonly OnnxInference _inference;

    OnnxBatchModel(OnnxInference inference) => _inference = inference;

    /// <summary>The model, on the plain path when it and the dataset allow and no output is named; <paramref name="output"/> null for the default.</summary>
    public static IBatchModel Load(string path, EvaluationDataset dataset, string? output, string modelId)
    {
        Microsoft.ML.OnnxRuntime.InferenceSession session;
        try
        {
            session = OnnxInference.OpenSession(path);
        }
        catch (OnnxModelException e)
        {
            throw new EvaluationException(e.Message, "Check that the artifact is an ONNX model ONNX Runtime can load, and export it again if not.", path, e);
        }
        try
        {
            return output is null && dataset.Tensors is null && dataset.Text is null && dataset.Images is null && OnnxInference.IsSingleFloatInput(session)
                ? new OnnxBatchModel(new OnnxInference(session, path))
                : new OnnxTensorModel(session, path, output, modelId);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public override ModelSource Source => ModelSource.Onnx;
    protected override int Features => _inference.InstanceShape.Aggregate(1, (a, b) => a * b);
    protected override float[] Run(float[] inputs, int start, int count)
    {
        try
        {
            // The batch is a view of the dataset array: no copy of the inputs is made.
            return _inference.Run(inputs.AsMemory(start * Features, count * Features), count);
        }
        catch (Microsoft.ML.OnnxRuntime.OnnxRuntimeException e)
        {
            throw new EvaluationException($"ONNX Runtime failed on {_inference.ModelPath}: {e.Message}",
                "Check that the model takes the dataset's instances as stored (shape and scale) and export it again if not.", _inference.ModelPath, e);
        }
    }
    public override void Dispose() => _inference.Dispose();
}
