// `layers/probe` and the `probe` CLI command: resolves the models to probe (spec ids or files), opens each
// as a tensor source, and probes their weights tensor by tensor (WeightProbe), then, when asked, their module
// outputs on a sample of the spec's dataset (ActivationProbe).
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Activations;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Layers;

public sealed class LayerService(SpecService specs)
{
    const int MaxBins = 4096;

    public async Task<ProbeResult> ProbeAsync(ProbeParams request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Comparing layers");
        var bins = request.Bins ?? WeightProbe.DefaultBins;
        if (bins < 1 || bins > MaxBins)
            throw Invalid($"Cannot histogram into {bins} bins.", null, $"Ask for between 1 and {MaxBins} bins (the default is {WeightProbe.DefaultBins}).");
        var instances = request.Activations ?? 0;
        if (instances < 0 || instances > ActivationSample.MaxInstances)
            throw Invalid($"Cannot probe activations on {instances} instances.", request.Path,
                $"Ask for between 1 and {ActivationSample.MaxInstances} instances (the Layers panel asks for 64), or 0 for weights only.");
        if (instances > 0 && request.Path is null)
            throw Invalid("Activations need a dataset to run the models on, and model files alone name none.", null,
                "Probe with --spec (a spec path in the request) so the dataset is known, or leave out --activations.");
        var (spec, models) = await ResolveAsync(request, cancellationToken);
        if (instances == 0) return await Task.Run(() => ProbeWeights(models, bins, progress, cancellationToken), cancellationToken);

        progress.Begin($"Probing the weights and activations of {models.Count} models");
        var weights = await Task.Run(() => ProbeWeights(models, bins, new ProgressPhase(progress, 0, 50), cancellationToken), cancellationToken);
        var activations = await Task.Run(() => ActivationProbe.Run(spec!, [.. models.Select(m => (m.Name, m.File))], instances, bins,
            new ProgressPhase(progress, 50, 100), cancellationToken), cancellationToken);
        progress.End($"Probed {weights.Tensors.Count} tensors and {activations.Outputs.Count} module outputs on {activations.Instances} instances");
        return weights with { Activations = activations };
    }

    static ProbeResult ProbeWeights(IReadOnlyList<(string Name, string File, string? Id)> models, int bins, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var sources = new List<ITensorSource>(models.Count);
        try
        {
            foreach (var (name, file, id) in models) sources.Add(TensorSources.Open(file, id));
            return WeightProbe.Run(sources, [.. models.Select(m => m.Name)], bins, progress, cancellationToken);
        }
        finally
        {
            foreach (var source in sources) source.Dispose();
        }
    }

    /// <summary>The models to probe, base first, and the spec they come from (null when probing files).</summary>
    async Task<(ParsedSpec? Spec, IReadOnlyList<(string Name, string File, string? Id)> Models)> ResolveAsync(ProbeParams request, CancellationToken cancellationToken)
    {
        if (request.Path is null)
        {
            var files = request.Files ?? [];
            if (files.Count == 0)
                throw Invalid("No models to probe.", null, "Give a spec path with a base id, or the model files, the base first.");
            if (files.FirstOrDefault(f => !Path.IsPathFullyQualified(f)) is { } relative)
                throw Invalid($"The model path \"{relative}\" is relative.", relative, "Send absolute paths.");
            // A model folder is shown by its name, not its weights file's (every Hugging Face folder holds a model.safetensors).
            var names = files.Select(f => Directory.Exists(f) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(f)) : null).ToList();
            files = [.. files.Select(f => WorkspacePolicy.Current.ToRead(HuggingFaceFolder.Weights(f), specPath: null, FileKind.Model))];
            for (var i = 0; i < names.Count; i++) names[i] ??= Path.GetFileName(files[i]);
            // Two files with one name (a model and its copy in another folder) are told apart by their full paths.
            return (null, [.. files.Select((f, i) => (names.Count(n => n == names[i]) > 1 ? f : names[i]!, f, (string?)null))]);
        }
        if (string.IsNullOrEmpty(request.BaseId))
            throw Invalid("No base model to probe against.", request.Path, "Name the base model's id (--base in the CLI).");
        var spec = await specs.ResolveAsync(request.Path, null, request.Snapshot, cancellationToken);
        var ids = new[] { request.BaseId }.Concat((request.ModelIds ?? []).Where(id => id != request.BaseId)).ToList();
        return (spec,
        [
            .. ids.Select(id =>
            {
                var model = spec.Models.FirstOrDefault(m => m.Id == id)
                    ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec {spec.Path} has no model \"{id}\".",
                        new RpcErrorData { File = spec.Path, ModelId = id, Hint = $"Use one of its model ids: {string.Join(", ", spec.Models.Select(m => m.Id))}." });
                if (model.Artifact is null)
                    throw new BackendException(RpcErrorCodes.InvalidRequest, $"Model \"{id}\" names no artifact, so it has no weights to probe.",
                        new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Add \"artifact\": the path of its .onnx, .dat, .safetensors or PyTorch .pt/.pth/.bin file, sharded checkpoint index or Hugging Face model folder, relative to the spec." });
                var folder = Path.Combine(Path.GetDirectoryName(spec.Path)!, model.Artifact);
                var artifact = HuggingFaceFolder.WeightsFileIn(folder, spec.Path) is { } weights ? Path.Combine(model.Artifact, weights) : model.Artifact;
                return (id, WorkspacePolicy.Current.SpecFileToRead(spec.Path, artifact, FileKind.Model), (string?)id);
            }),
        ]);
    }

    static BackendException Invalid(string message, string? file, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
