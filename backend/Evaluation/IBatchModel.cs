// A loaded model the evaluation loop feeds batch by batch, whatever runs it (ONNX Runtime, TorchSharp).
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal interface IBatchModel : IDisposable
{
    /// <summary>"onnx" or "torchsharp", as reported in ModelEvaluation.Source.</summary>
    ModelSource Source { get; }
    /// <summary>
    /// Checks, before any batch runs, that the model can take <paramref name="dataset"/> (EvaluationException naming
    /// what does not fit otherwise) and returns the batch size to run: the model's fixed batch, or <paramref name="preferredBatch"/>.
    /// </summary>
    int Prepare(EvaluationDataset dataset, string modelId, int preferredBatch);
    /// <summary>Outputs of instances <paramref name="start"/>..start+count of the dataset, row-major [count × outputs per instance].</summary>
    float[] Run(EvaluationDataset dataset, int start, int count, CancellationToken cancellationToken);
}
