// `compress`: applies one operation to a model of a spec, exports and measures the result, and appends it
// to the spec as a child of that model (atomically, refusing if the spec changed meanwhile).
using CompressCompare.Backend.Models;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

public sealed record CompressRequest(string SpecPath, string ModelId, string Operation, IReadOnlyDictionary<string, JsonElement> Parameters,
    string? NewId = null, string? Tag = null);

public sealed class CompressService
{
    public async Task<JsonObject> CompressAsync(CompressRequest request, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Compressing models");
        var snapshot = await SpecSnapshot.ReadAsync(request.SpecPath, cancellationToken);
        var summary = SpecParser.Parse(snapshot.Path, System.Text.Encoding.UTF8.GetString(snapshot.Bytes), cancellationToken);
        var folder = new ExperimentFolder(Path.GetDirectoryName(snapshot.Path)!, snapshot.Path);
        var parent = summary.Models.FirstOrDefault(m => m.Id == request.ModelId)
            ?? throw Invalid(snapshot.Path, $"The spec has no model \"{request.ModelId}\".", "Pass the id of one of its models with --model.");
        // Ids become file names: both are checked, and the new one found free, before any file is read or written.
        ModelFileName.Require(parent.Id, "parent model", snapshot.Path);
        if (!folder.HasCheckpoint(parent.Id))
            throw Invalid(snapshot.Path, $"Model \"{parent.Id}\" has no TorchSharp checkpoint ({ExperimentFolder.ModelsFolder}/{parent.Id}.dat + .arch.json).",
                "compress starts from models this backend built (the demo, or an earlier compress).");
        var operation = CreateOperation(request, snapshot.Path);
        var newId = request.NewId ?? UniqueId(summary, folder, $"{parent.Id}-{Slug(operation.Name)}");
        RequireNewId(summary, folder, newId, snapshot.Path);
        var shape = folder.InstanceShape(parent.Id);
        var classes = summary.Dataset?.Classes is { Count: > 0 } names ? names : throw Invalid(snapshot.Path,
            "The spec's dataset lists no classes.", "Add \"dataset\": {\"classes\": [...], \"inputs\": ..., \"labels\": ...}.");
        var test = LoadArrays(snapshot.Path, summary.Dataset!.Inputs, summary.Dataset.Labels, shape, classes, "dataset");
        var train = File.Exists(Path.Combine(folder.Root, ExperimentFolder.TrainInputs))
            ? LoadArrays(snapshot.Path, ExperimentFolder.TrainInputs, ExperimentFolder.TrainLabels, shape, classes, "training data") : null;

        IReadOnlyList<string> files;
        using (TorchRuntime.Exclusive(cancellationToken))
        {
            using var model = folder.Load(parent.Id);
            using var result = operation.Apply(model, new CompressionContext(train), cancellationToken);
            files = folder.SaveNew(newId, result);
        }
        try
        {
            var metrics = ModelMeasurer.Measure(files[0], test, new MeasurementOptions(), cancellationToken);
            // A spec built before Compressed Size was measured declares the other metrics but not this one:
            // recording it would add a "not declared" warning to that spec, so it is left out there.
            if (summary.Metrics.Count > 0 && !summary.Metrics.Any(m => m.Name == ExperimentMetrics.CompressedSize))
                metrics.Remove(ExperimentMetrics.CompressedSize);
            var entry = NewSpecDocument.ModelEntry(newId, parent.Id, request.Tag ?? operation.Name, operation.ToApplication(),
                folder.ArtifactRelative(newId), metrics);
            await SpecWriter.AppendModelsAsync(snapshot, [entry], cancellationToken);
            return entry;
        }
        catch
        {
            // The spec did not take the model (it changed meanwhile, or measuring failed): its files were ours, just made.
            ExperimentFolder.Remove(files);
            throw;
        }
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

    static ICompressionOperation CreateOperation(CompressRequest request, string spec)
    {
        try
        {
            return CompressionOperationFactory.Create(new OperationApplication { Name = request.Operation, Parameters = request.Parameters });
        }
        catch (Exception e) when (e is NotSupportedException or CompressionParameterException)
        {
            throw Invalid(spec, e.Message, $"Operations: {string.Join(", ", CompressionOperationNames.All)}; parameters as a JSON object, e.g. --parameters '{{\"amount\": 0.5}}'.");
        }
    }

    static ClassificationDataset LoadArrays(string spec, string? inputs, string? labels, int[] shape, IReadOnlyList<string> classes, string what)
    {
        if (inputs is null || labels is null)
            throw Invalid(spec, $"The spec's {what} names no inputs/labels arrays.", "Add \"inputs\" and \"labels\" (.npy files next to the spec).");
        var x = WorkspacePolicy.Current.SpecFileToRead(spec, inputs, FileKind.Dataset);
        var y = WorkspacePolicy.Current.SpecFileToRead(spec, labels, FileKind.Dataset);
        try
        {
            var inputArray = NpyArray.Read(x);
            var labelArray = NpyArray.Read(y);
            return new ClassificationDataset(what, inputArray.Floats ?? throw new InvalidDataException($"{inputs} holds integers; inputs must be float32."),
                [.. (labelArray.Integers ?? throw new InvalidDataException($"{labels} holds floats; labels must be integers.")).Select(l => (int)l)], shape, classes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            throw Invalid(spec, $"Cannot read the {what}: {e.Message}", "Check the .npy files the spec names.");
        }
    }

    static string UniqueId(ParsedSpec summary, ExperimentFolder folder, string stem)
    {
        var ids = summary.Models.Select(m => m.Id).ToHashSet();
        var id = stem;
        for (var i = 2; ids.Contains(id) || folder.AnyFileOf(id); i++) id = $"{stem}-{i}";
        return id;
    }

    static string Slug(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    static BackendException Invalid(string file, string message, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
