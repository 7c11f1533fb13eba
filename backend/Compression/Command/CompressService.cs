// `compress`: applies one operation to a model of a spec, once or once per parameter set of a sweep, writes and
// measures every child, and appends them all to the spec in one atomic write (refused if the spec changed meanwhile).
// An .onnx parent with an operation that runs on ONNX weights alone takes the ONNX path (no libtorch); training
// operations and models known only by their TorchSharp checkpoint take the TorchSharp path. Everything that can be
// refused (ids, parameters, ranges, the path) is refused before the first file is written; any failure or cancellation
// after that removes every file this request wrote, and the spec stays as it was.
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

public sealed class CompressService
{
    /// <summary>One child (the first, for a sweep): what the CLI has always printed.</summary>
    public async Task<JsonObject> CompressAsync(CompressRequest request, CancellationToken cancellationToken) =>
        (await CompressManyAsync(request, cancellationToken))[0];

    /// <summary>Every child, in the order of the request's parameter sets, as appended to the spec.</summary>
    public async Task<IReadOnlyList<JsonObject>> CompressManyAsync(CompressRequest request, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Compressing models");
        var snapshot = await SpecSnapshot.ReadAsync(request.SpecPath, cancellationToken);
        var summary = SpecParser.Parse(snapshot.Path, System.Text.Encoding.UTF8.GetString(snapshot.Bytes), cancellationToken);
        var folder = new ExperimentFolder(Path.GetDirectoryName(snapshot.Path)!, snapshot.Path);
        var parent = summary.Models.FirstOrDefault(m => m.Id == request.ModelId)
            ?? throw Invalid(snapshot.Path, $"The spec has no model \"{request.ModelId}\".", "Pass the id of one of its models with --model.");
        // Ids become file names: both are checked, and the new ones found free, before any file is read or written.
        ModelFileName.Require(parent.Id, "parent model", snapshot.Path);
        var onnx = OnnxChildWriter.IsOnnx(parent.Artifact) && OnnxCompressionOperations.IsKnown(request.Operation);
        if (!onnx) RequireTorchPath(request, summary, folder, parent);
        var declaration = OperationDeclarations.Of(summary, request.Operation);
        var children = request.ParameterSets.Select(parameters => Plan(request, declaration, parameters, onnx, snapshot.Path)).ToList();
        var ids = NewIds(request, summary, folder, $"{parent.Id}-{Slug(children[0].Name)}", children.Count);

        var progress = request.Progress;
        progress.Begin($"Compressing {parent.Id}: {children[0].Name}, {children.Count} model{(children.Count == 1 ? "" : "s")}");
        var written = new List<string>();
        var entries = new List<JsonObject>();
        try
        {
            var onnxWriter = onnx ? new OnnxChildWriter(summary, folder, parent.Id, parent.Artifact!) : null;
            var torchWriter = onnx ? null : new TorchChildWriter(summary, folder, parent.Id);
            for (var i = 0; i < children.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = new Progress.ProgressPhase(progress, 100 * i / children.Count, 100 * (i + 1) / children.Count);
                progress.Report($"Compressing {parent.Id}: {i + 1} of {children.Count}", 100 * i / children.Count);
                var child = children[i];
                Dictionary<string, double?> metrics;
                if (onnxWriter is not null)
                {
                    written.Add(onnxWriter.Write(child.Onnx!, ids[i], step, cancellationToken));
                    var model = new ModelSummary
                    {
                        Id = ids[i],
                        Base = parent.Id,
                        Operation = child.Application,
                        Artifact = folder.ArtifactRelative(ids[i]),
                        Output = parent.Output,
                        Metrics = new Dictionary<string, double?>(),
                        Line = 0,
                        Column = 0,
                    };
                    metrics = OnnxChildMeasurer.Measure(summary with { Models = [.. summary.Models, model] }, model, written[^1],
                        new MeasurementOptions(), written, step, cancellationToken);
                }
                else
                {
                    var (files, measure) = torchWriter!.Write(child.Torch!, ids[i], cancellationToken);
                    written.AddRange(files);
                    metrics = measure();
                    // A spec built before Compressed Size was measured declares the other metrics but not this one:
                    // recording it would add a "not declared" warning to that spec, so it is left out there.
                    if (summary.Metrics.Count > 0 && !summary.Metrics.Any(m => m.Name == ExperimentMetrics.CompressedSize))
                        metrics.Remove(ExperimentMetrics.CompressedSize);
                }
                var entry = NewSpecDocument.ModelEntry(ids[i], parent.Id, request.Tag ?? child.Name, child.Application,
                    folder.ArtifactRelative(ids[i]), metrics);
                if (onnx && parent.Output is { } output) entry[SpecFields.Model.Output] = output;
                entries.Add(entry);
            }
            cancellationToken.ThrowIfCancellationRequested();
            await SpecWriter.AppendModelsAsync(snapshot, entries, cancellationToken, Undeclared(summary, children));
        }
        catch
        {
            // The spec did not take the models (cancelled, it changed meanwhile, or a step failed): their files were ours, just made.
            ExperimentFolder.Remove(written);
            throw;
        }
        progress.End($"Added {string.Join(", ", ids)} to the spec");
        return entries;
    }

    /// <summary>The operations the Compress… form offers for <paramref name="modelId"/>, runnable or with why not.</summary>
    public async Task<Protocol.Compression.CompressOptionsResult> OptionsAsync(string specPath, string modelId, CancellationToken cancellationToken)
    {
        var snapshot = await SpecSnapshot.ReadAsync(specPath, cancellationToken);
        var summary = SpecParser.Parse(snapshot.Path, System.Text.Encoding.UTF8.GetString(snapshot.Bytes), cancellationToken);
        var model = summary.Models.FirstOrDefault(m => m.Id == modelId)
            ?? throw Invalid(snapshot.Path, $"The spec has no model \"{modelId}\".", "Reload the spec, then choose one of its models.");
        return CompressOptions.For(summary, model, TorchAvailability.IsPresent);
    }

    /// <summary>
    /// The catalog's declaration of the children's operation: whole when the spec does not declare it, else only the parameters the
    /// children record and the spec's declaration lacks (SpecWriter adds either where the spec declares operations). Nothing when none is missing.
    /// </summary>
    static IReadOnlyList<JsonObject> Undeclared(ParsedSpec summary, IReadOnlyList<PlannedChild> children)
    {
        var operation = children[0].Name;
        if (OperationCatalog.All.FirstOrDefault(o => o.Name == operation) is not { } catalog) return [];
        var declared = summary.Operations.FirstOrDefault(o => string.Equals(o.Name, operation, StringComparison.OrdinalIgnoreCase));
        if (declared is null) return [NewSpecDocument.DeclarationOf(catalog)];
        var recorded = children.SelectMany(c => c.Application.Parameters.Keys).ToHashSet(StringComparer.Ordinal);
        var missing = catalog.Parameters.Where(p => recorded.Contains(p.Name) && declared.Parameters.All(d => d.Name != p.Name)).ToList();
        return missing.Count == 0 ? [] : [NewSpecDocument.DeclarationOf(catalog with { Parameters = missing })];
    }

    /// <summary>One child's operation, parsed and range-checked: the ONNX one or the TorchSharp one.</summary>
    sealed record PlannedChild(string Name, OperationApplication Application, IOnnxCompressionOperation? Onnx, ICompressionOperation? Torch);

    static PlannedChild Plan(CompressRequest request, OperationDefinition? declaration, IReadOnlyDictionary<string, JsonElement> parameters, bool onnx, string spec)
    {
        try
        {
            if (declaration is not null) OperationDeclarations.RequireInRange(declaration, parameters);
            var application = new OperationApplication { Name = request.Operation, Parameters = parameters };
            if (onnx)
            {
                var operation = OnnxCompressionOperations.Create(application);
                return new(operation.Name, operation.ToApplication(), operation, null);
            }
            var torch = CompressionOperationFactory.Create(application);
            return new(torch.Name, torch.ToApplication(), null, torch);
        }
        catch (Exception e) when (e is NotSupportedException or CompressionParameterException)
        {
            throw Invalid(spec, e.Message, $"Operations: {string.Join(", ", CompressionOperationNames.All)}; parameters as a JSON object, e.g. --parameters '{{\"amount\": 0.5}}'.");
        }
    }

    /// <summary>The TorchSharp path needs the parent's checkpoint and libtorch; says which is missing and what runs instead.</summary>
    static void RequireTorchPath(CompressRequest request, ParsedSpec summary, ExperimentFolder folder, ModelSummary parent)
    {
        if (parent.Artifact is null && !folder.HasCheckpoint(parent.Id))
            throw Invalid(summary.Path, $"Model \"{parent.Id}\" has no artifact to compress; nothing was written.",
                "Add \"artifact\": \"models/<file>.onnx\" to the model in the spec (precomputed outputs alone cannot be compressed).");
        if (!folder.HasCheckpoint(parent.Id))
        {
            if (OnnxChildWriter.IsOnnx(parent.Artifact))
            {
                // An ONNX-only model and an operation that is not an ONNX one: the ONNX table says why, with what runs instead.
                try { OnnxCompressionOperations.Create(new OperationApplication { Name = request.Operation, Parameters = request.Parameters }); }
                catch (NotSupportedException e) { throw Invalid(summary.Path, e.Message, "Choose one of the operations named, or compress a model the demo or an earlier compress built."); }
            }
            throw Invalid(summary.Path, $"Model \"{parent.Id}\" has no TorchSharp checkpoint ({ExperimentFolder.ModelsFolder}/{parent.Id}.dat + .arch.json), and its artifact is not an .onnx file.",
                "compress starts from an .onnx artifact, or from models this backend built (the demo, or an earlier compress).");
        }
        if (!TorchAvailability.IsPresent)
            throw Invalid(summary.Path, $"\"{request.Operation}\" on model \"{parent.Id}\" needs libtorch, which is not present in this install; nothing was written.",
                $"Run it with a backend built from source (dotnet run --project backend), or choose one of {string.Join(", ", OnnxCompressionOperations.Names)}.");
    }

    static IReadOnlyList<string> NewIds(CompressRequest request, ParsedSpec summary, ExperimentFolder folder, string stem, int count)
    {
        var taken = summary.Models.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new List<string>(count);
        if (request.NewId is { } first)
        {
            RequireNewId(summary, folder, first, summary.Path);
            stem = first;
            ids.Add(first);
            taken.Add(first);
        }
        while (ids.Count < count)
        {
            var id = stem;
            for (var i = 2; taken.Contains(id) || folder.AnyFileOf(id); i++) id = $"{stem}-{i}";
            RequireNewId(summary, folder, id, summary.Path);
            ids.Add(id);
            taken.Add(id);
        }
        return ids;
    }

    static void RequireNewId(ParsedSpec summary, ExperimentFolder folder, string id, string spec)
    {
        ModelFileName.Require(id, "new model", spec);
        if (summary.Models.Any(m => m.Id == id))
            throw Invalid(spec, $"The spec already has a model \"{id}\"; nothing was written.", "Choose another id with --id, or leave --id out for a fresh one.");
        if (folder.AnyFileOf(id))
            throw Invalid(spec, $"Files of a model \"{id}\" already exist in {ExperimentFolder.ModelsFolder}/; they were left as they are and nothing was written.",
                "Choose another id with --id, or move those files away first.");
    }

    static string Slug(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    internal static BackendException Invalid(string file, string message, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
