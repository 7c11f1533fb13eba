// `models/diagnose` and the `diagnose` CLI command ("Which layer broke it?"): checks the request, resolves the base and
// the compressed model to their .onnx artifacts and the spec's dataset, and runs DiagnoseRunner on the thread pool.
// Errors from the models and the dataset become BackendExceptions that name the file and say what to do.
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Layers.Activations;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Diagnose;

public sealed class DiagnoseService(SpecService specs)
{
    public const int DefaultInstances = 256;

    public async Task<DiagnoseResult> DiagnoseAsync(DiagnoseParams request, IWorkProgress progress, CancellationToken cancellationToken) =>
        (await RunAsync(request, progress, cancellationToken)).Result;

    /// <summary>The diagnosis and the runner that made it (its evaluation count and time, for `bench diagnose`).</summary>
    internal async Task<(DiagnoseResult Result, DiagnoseRunner Runner)> RunAsync(DiagnoseParams request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Diagnosing a compressed model");
        var instances = request.Instances ?? DefaultInstances;
        if (instances < 1 || instances > ActivationSample.MaxInstances)
            throw Invalid($"Cannot diagnose on {instances} instances.", request.Path, $"Ask for between 1 and {ActivationSample.MaxInstances} instances (the default is {DefaultInstances}).");
        if (request.Depth is < 1)
            throw Invalid($"Cannot group modules at depth {request.Depth}.", request.Path, "Give a depth of 1 or more (the first segments of module names), or leave it out for the leaf modules.");
        if (request.BaseId == request.ModelId)
            throw Invalid($"\"{request.ModelId}\" is both the base and the compressed model.", request.Path, "Diagnose a compressed model against the model it was compressed from.");
        var spec = await specs.ResolveAsync(request.Path, null, request.Snapshot, cancellationToken);
        var baseModel = new DiagnosedModel(request.BaseId, SpecArtifacts.Onnx(spec, request.BaseId, "base model"));
        var model = new DiagnosedModel(request.ModelId, SpecArtifacts.Onnx(spec, request.ModelId, "compressed model"));
        return await Task.Run(() =>
        {
            try
            {
                var dataset = EvaluationDataset.Load(spec, cancellationToken);
                var runner = new DiagnoseRunner(new DatasetFeed(dataset, spec.Path, request.ModelId, "diagnosing which module broke it"), dataset, new SampleOutputCache(spec),
                    spec.Path, instances);
                return (runner.Run(baseModel, model, request.Depth, request.Sensitivity ?? false, progress, cancellationToken), runner);
            }
            catch (EvaluationException e)
            {
                throw e.ToBackendException(e.File == baseModel.File ? baseModel.Id : model.Id);
            }
            catch (OnnxModelException e)
            {
                throw TensorSources.Invalid($"{e.File}: {e.Problem}", e.File, e.File == baseModel.File ? baseModel.Id : model.Id, e.Hint);
            }
        }, cancellationToken);
    }

    static BackendException Invalid(string message, string? file, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
