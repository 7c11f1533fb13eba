// `check --measure`: the metrics of a model of the spec measured on the spec's dataset with the code `compress` measures
// its children with (OnnxChildMeasurer), so a gate can judge files whose spec entries are stale or empty. Nothing is
// written to the spec; the evaluation's outputs land in the output cache, as `evaluate` leaves them.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Gates;

internal static class GateMeasurer
{
    public static Dictionary<string, double?> Measure(ParsedSpec spec, ModelSummary model, IWorkProgress progress, CancellationToken cancellationToken)
    {
        if (model.Artifact is not { } artifact || !artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            throw new BackendException(RpcErrorCodes.ModelNotEvaluable,
                $"--measure runs ONNX models, and \"{model.Id}\" has {(model.Artifact is null ? "no artifact" : $"the artifact \"{model.Artifact}\"")}.",
                new RpcErrorData { File = spec.Path, ModelId = model.Id, Hint = "Drop --measure to judge the metrics the spec records, or export the model to .onnx and name it as its \"artifact\"." });
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(spec.Path)!, artifact));
        if (!File.Exists(path))
            throw new BackendException(RpcErrorCodes.ModelNotEvaluable, $"The artifact of \"{model.Id}\" does not exist: {path}.",
                new RpcErrorData { File = spec.Path, ModelId = model.Id, Hint = "Build or restore the model file, or drop --measure to judge the metrics the spec records." });
        // The cache files measuring writes are kept: they are the outputs `evaluate` would write, valid for the next run.
        return OnnxChildMeasurer.Measure(spec, model, path, new MeasurementOptions(), new List<string>(), progress, cancellationToken);
    }
}
