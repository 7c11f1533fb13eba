// Where a model's outputs came from: the values of ModelEvaluation.Source.
namespace CompressCompare.Backend.Evaluation;

public static class ModelSources
{
    public const string Onnx = "onnx";
    public const string TorchSharp = "torchsharp";
    public const string Precomputed = "precomputed";
}
