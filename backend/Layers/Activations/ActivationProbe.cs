// Probes the models' module outputs on a dataset sample with the same statistics as their weights: each model
// is run on the sample (ONNX Runtime or TorchSharp) into an ITensorSource whose tensors are its module outputs
// [instances, ...], and WeightProbe.Measure matches and measures them. Module pooling is left out: summing one
// module's output with its children's would count the same signal several times over.
// Memory: every model's outputs on the sample are held at once (one source per model, the models run one at a
// time), so it is bounded by models × instances × the floats one instance's outputs take in one model — about
// 2,600 floats for the digits CNN, i.e. 0.66 MB per model at 64 instances. ActivationRecorder refuses a model
// whose outputs would pass 1 GiB, with the instance count that fits.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Layers.Activations;

public static class ActivationProbe
{
    /// <summary>Share of the progress spent running the models; the rest measures their outputs.</summary>
    const int RunningShare = 70;

    public static ActivationsProbe Run(ParsedSpec spec, IReadOnlyList<(string Name, string File)> models, int instances, int bins,
        IWorkProgress progress, CancellationToken cancellationToken)
    {
        var sample = ActivationSample.Load(spec, instances, cancellationToken);
        var sources = new List<ITensorSource>(models.Count);
        try
        {
            for (var m = 0; m < models.Count; m++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (name, file) = models[m];
                progress.Report($"Running {name} on {sample.Count} instances", RunningShare * m / models.Count);
                sources.Add(RunModel(name, file, sample, cancellationToken));
            }
            var (outputs, unmatched) = WeightProbe.Measure(sources, [.. models.Select(m => m.Name)], bins, null, "module outputs",
                new ProgressPhase(progress, RunningShare, 100), cancellationToken);
            return new ActivationsProbe { Instances = sample.Count, InstanceIndices = sample.Indices, Outputs = outputs, Unmatched = unmatched };
        }
        finally
        {
            foreach (var source in sources) source.Dispose();
        }
    }

    static ITensorSource RunModel(string modelId, string file, ActivationSample sample, CancellationToken cancellationToken) =>
        Path.GetExtension(file).ToLowerInvariant() switch
        {
            OnnxWeightSource.Extension => OnnxActivationSource.Run(file, modelId, sample, cancellationToken),
            TorchCheckpoint.Extension => TorchActivationSource.Run(file, modelId, sample, cancellationToken),
            var other => throw new BackendException(RpcErrorCodes.ModelNotEvaluable,
                $"Model \"{modelId}\" is a {(other.Length == 0 ? "file without an extension" : $"{other} file")}, which holds weights but cannot be run, so it has no activations.",
                new RpcErrorData { File = file, ModelId = modelId, Hint = "Point the model's artifact at its .onnx export or TorchSharp .dat checkpoint to probe activations." }),
        };
}
