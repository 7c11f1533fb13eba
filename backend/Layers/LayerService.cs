// `layers/probe` and the `probe` CLI command: resolves the models to probe (spec ids or files), opens each
// as a tensor source, and probes their weights tensor by tensor (WeightProbe).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Layers;

public sealed class LayerService(SpecService specs)
{
    const int MaxBins = 4096;

    public async Task<ProbeResult> ProbeAsync(ProbeParams request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var bins = request.Bins ?? WeightProbe.DefaultBins;
        if (bins < 1 || bins > MaxBins)
            throw Invalid($"Cannot histogram into {bins} bins.", null, $"Ask for between 1 and {MaxBins} bins (the default is {WeightProbe.DefaultBins}).");
        var models = await ResolveAsync(request, cancellationToken);
        var sources = new List<ITensorSource>(models.Count);
        try
        {
            foreach (var (name, file, id) in models) sources.Add(TensorSources.Open(file, id));
            return await Task.Run(() => WeightProbe.Run(sources, [.. models.Select(m => m.Name)], bins, progress, cancellationToken), cancellationToken);
        }
        finally
        {
            foreach (var source in sources) source.Dispose();
        }
    }

    async Task<IReadOnlyList<(string Name, string File, string? Id)>> ResolveAsync(ProbeParams request, CancellationToken cancellationToken)
    {
        if (request.Path is null)
        {
            var files = request.Files ?? [];
            if (files.Count == 0)
                throw Invalid("No models to probe.", null, "Give a spec path with a base id, or the model files, the base first.");
            if (files.FirstOrDefault(f => !Path.IsPathFullyQualified(f)) is { } relative)
                throw Invalid($"The model path \"{relative}\" is relative.", relative, "Send absolute paths.");
            var names = files.Select(Path.GetFileName).ToList();
            // Two files with one name (a model and its copy in another folder) are told apart by their full paths.
            return [.. files.Select((f, i) => (names.Count(n => n == names[i]) > 1 ? f : names[i]!, f, (string?)null))];
        }
        if (string.IsNullOrEmpty(request.BaseId))
            throw Invalid("No base model to probe against.", request.Path, "Name the base model's id (--base in the CLI).");
        var spec = await specs.SummarizeAsync(request.Path, null, cancellationToken);
        var ids = new[] { request.BaseId }.Concat((request.ModelIds ?? []).Where(id => id != request.BaseId)).ToList();
        var specFolder = Path.GetDirectoryName(spec.Path) ?? "";
        return
        [
            .. ids.Select(id =>
            {
                var model = spec.Models.FirstOrDefault(m => m.Id == id)
                    ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec {spec.Path} has no model \"{id}\".",
                        new RpcErrorData { File = spec.Path, ModelId = id, Hint = $"Use one of its model ids: {string.Join(", ", spec.Models.Select(m => m.Id))}." });
                if (model.Artifact is null)
                    throw new BackendException(RpcErrorCodes.InvalidRequest, $"Model \"{id}\" names no artifact, so it has no weights to probe.",
                        new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Add \"artifact\": the path of its .onnx, .dat or .safetensors file, relative to the spec." });
                return (id, Path.GetFullPath(Path.Combine(specFolder, model.Artifact)), (string?)id);
            }),
        ];
    }

    static BackendException Invalid(string message, string? file, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
