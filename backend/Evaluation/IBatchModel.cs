// A loaded model the evaluation loop feeds batch by batch, whatever runs it (ONNX Runtime, TorchSharp).
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal interface IBatchModel : IDisposable
{
    /// <summary>"onnx" or "torchsharp", as reported in ModelEvaluation.Source.</summary>
    ModelSource Source { get; }
    /// <summary>Values one instance must have (the product of the model's input shape without the batch).</summary>
    int Features { get; }
    /// <summary>Outputs of instances <paramref name="start"/>..start+count of <paramref name="inputs"/> ([N × Features]), row-major [count × classes].</summary>
    float[] Run(float[] inputs, int start, int count);
}
