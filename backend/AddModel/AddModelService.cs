// `add` (CLI) and `models/add` (RPC): appends a model file made elsewhere to a spec, measured as `compress` measures its
// children. Everything that can be refused (the id, the base, the operation, the file and where it lies) is refused
// before anything is measured or written; the model file is read where it is (never copied or moved) and recorded
// relative to the spec. A cancelled or failed add removes the output cache file its measuring made, and the spec
// stays byte for byte as it was (SpecWriter also refuses a spec that changed since it was read).
using System.Diagnostics;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.AddModel;

public sealed class AddModelService
{
    /// <summary>The model files add reads: ONNX runs on the dataset; safetensors gives what its weights tell.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".onnx", ".safetensors"];

    /// <summary>The end of the progress message sent when measuring is done and the spec is written (bench add times the phases by it).</summary>
    public const string WritingPhase = "writing the spec";

    public async Task<AddModelResult> AddAsync(AddModelRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        WorkspacePolicy.Current.RequireTrusted("Adding models");
        var snapshot = await SpecSnapshot.ReadAsync(request.SpecPath, cancellationToken);
        var spec = SpecParser.ParseFile(snapshot.Path, snapshot.Bytes, cancellationToken);
        RequireNewId(spec, request.Id);
        if (request.Base is { } baseId && spec.Models.All(m => m.Id != baseId))
            throw Invalid(spec.Path, $"The spec has no model \"{baseId}\" to be the base of \"{request.Id}\"; nothing was written.",
                "Pass the id of one of its models with --base, or leave --base out to add a root model.", baseId);
        var declarations = request.Operation is { } operation ? AddModelOperation.Check(spec, operation) : [];
        var (artifact, relative) = Artifact(spec.Path, request.ArtifactPath);

        var progress = request.Progress;
        progress.Begin($"Adding {request.Id}: measuring {Path.GetFileName(artifact)}");
        var model = new ModelSummary
        {
            Id = request.Id,
            Base = request.Base,
            Operation = request.Operation,
            Artifact = relative,
            Metrics = new Dictionary<string, double?>(),
            Line = 0,
            Column = 0,
        };
        var tags = (request.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var written = new List<string>();
        try
        {
            var measured = request.Measure
                ? AddedModelMeasurer.Measure(spec, model, artifact, written, progress, cancellationToken)
                : AddedModelMeasurer.Unmeasured();
            var entry = NewSpecDocument.ModelEntry(request.Id, request.Base, string.Join(", ", tags), request.Operation, relative, measured.Metrics);
            if (tags.Count == 0) entry.Remove(SpecFields.Model.Tag);
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report($"Adding {request.Id}: {WritingPhase}", 95);
            await SpecWriter.AppendModelsAsync(snapshot, [entry], cancellationToken, declarations);
            progress.End($"Added {request.Id} to the spec");
            return new AddModelResult
            {
                Spec = snapshot.Path,
                Model = new AddedModel
                {
                    Id = request.Id,
                    Base = request.Base,
                    Artifact = relative,
                    Operation = request.Operation,
                    Tags = tags,
                    Metrics = measured.Metrics,
                },
                Measured = [.. measured.Metrics.Keys],
                Skipped = measured.Skipped,
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
            };
        }
        catch
        {
            // The spec did not take the model: the output cache file its measuring wrote goes with it.
            ExperimentFolder.Remove(written);
            throw;
        }
    }

    static void RequireNewId(ParsedSpec spec, string id)
    {
        ModelFileName.Require(id, "new model", spec.Path);
        if (spec.Models.Any(m => m.Id == id))
            throw Invalid(spec.Path, $"The spec already has a model \"{id}\"; nothing was written.", "Choose another id with --id.", id);
    }

    /// <summary>The artifact's real path (to read) and its path relative to the spec (to record), after every check.</summary>
    static (string Real, string Relative) Artifact(string specPath, string path)
    {
        var full = Path.GetFullPath(path);
        if (!Extensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"{path} is not a model file add can read; nothing was written.",
                new RpcErrorData { File = path, Hint = $"Add an {string.Join(" or ", Extensions)} file (export other formats to ONNX first)." });
        var real = WorkspacePolicy.Current.ToRead(full, specPath, FileKind.Model);
        if (!File.Exists(real))
            throw new BackendException(RpcErrorCodes.PathRefused, $"The model file {path} does not exist; nothing was written.",
                new RpcErrorData { File = path, Hint = "Check the path given with --artifact (relative paths are taken from the current folder)." });
        var folder = Path.GetDirectoryName(Path.GetFullPath(specPath))!;
        return (real, Path.GetRelativePath(folder, full).Replace(Path.DirectorySeparatorChar, '/'));
    }

    static BackendException Invalid(string file, string message, string hint, string? modelId = null) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, ModelId = modelId, Hint = hint });
}
