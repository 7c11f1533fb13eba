// The TorchSharp path of `compress`: for operations that train (Fine-Tune, Taylor Prune) and models that only this
// backend's checkpoints describe. Loads models/<parent>.dat, applies the operation under the TorchSharp lock, writes
// the child's .onnx, .dat and .arch.json, and measures the .onnx on the spec's .npy dataset.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

internal sealed class TorchChildWriter(ParsedSpec summary, ExperimentFolder folder, string parentId)
{
    ClassificationDataset? _test;
    ClassificationDataset? _train;
    bool _loaded;

    /// <summary>Writes and measures one child; its files are returned (for removal) even when measuring fails.</summary>
    public (IReadOnlyList<string> Files, Func<Dictionary<string, double?>> Measure) Write(ICompressionOperation operation, string newId,
        CancellationToken cancellationToken)
    {
        LoadData();
        IReadOnlyList<string> files;
        using (TorchRuntime.Exclusive(cancellationToken))
        {
            using var model = folder.Load(parentId);
            using var result = operation.Apply(model, new CompressionContext(_train), cancellationToken);
            files = folder.SaveNew(newId, result);
        }
        return (files, () => ModelMeasurer.Measure(files[0], _test!, new MeasurementOptions(), cancellationToken));
    }

    void LoadData()
    {
        if (_loaded) return;
        var spec = summary.Path;
        var shape = folder.InstanceShape(parentId);
        var classes = summary.Dataset?.Classes is { Count: > 0 } names ? names : throw CompressService.Invalid(spec,
            "The spec's dataset lists no classes.", "Add \"dataset\": {\"classes\": [...], \"inputs\": ..., \"labels\": ...}.");
        _test = LoadArrays(spec, summary.Dataset!.Inputs, summary.Dataset.Labels, shape, classes, "dataset");
        _train = File.Exists(Path.Combine(folder.Root, ExperimentFolder.TrainInputs))
            ? LoadArrays(spec, ExperimentFolder.TrainInputs, ExperimentFolder.TrainLabels, shape, classes, "training data") : null;
        _loaded = true;
    }

    static ClassificationDataset LoadArrays(string spec, string? inputs, string? labels, int[] shape, IReadOnlyList<string> classes, string what)
    {
        if (inputs is null || labels is null)
            throw CompressService.Invalid(spec, $"The spec's {what} names no inputs/labels arrays.", "Add \"inputs\" and \"labels\" (.npy files next to the spec).");
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
            throw CompressService.Invalid(spec, $"Cannot read the {what}: {e.Message}", "Check the .npy files the spec names.");
        }
    }
}
