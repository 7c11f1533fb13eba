// ONNX artifacts run through ONNX Runtime (one session per model and request).
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal sealed class OnnxBatchModel : IBatchModel
{
    readonly OnnxInference _inference;

    OnnxBatchModel(OnnxInference inference) => _inference = inference;

    public static OnnxBatchModel Load(string path)
    {
        try
        {
            return new OnnxBatchModel(new OnnxInference(path));
        }
        catch (OnnxModelException e)
        {
            throw new EvaluationException(e.Message, "Check that the artifact is a single-input float classifier in ONNX, and export it again if not.", path, e);
        }
    }

    public ModelSource Source => ModelSource.Onnx;
    public int Features => _inference.InstanceShape.Aggregate(1, (a, b) => a * b);
    public float[] Run(float[] inputs, int start, int count)
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
    public void Dispose() => _inference.Dispose();
}
