// What the Compress… form offers for one model: every operation in catalog order with its declared parameters (the
// spec's declaration, else the catalog's), and for those that cannot run on this model in this install, why not, in
// words the form shows beside the greyed entry. The same rules CompressService applies when it picks a path.
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

public static class CompressOptions
{
    public const string NeedsLibtorch = "needs libtorch (not present in this install)";
    public const string NeedsCheckpoint = "needs a TorchSharp checkpoint (models this backend built: the demo, or an earlier compress)";

    public static CompressOptionsResult For(ParsedSpec spec, ModelSummary model, bool torchPresent)
    {
        var folder = new ExperimentFolder(Path.GetDirectoryName(spec.Path)!, spec.Path);
        var onnx = OnnxChildWriter.IsOnnx(model.Artifact);
        var checkpoint = ModelFileName.IsSafe(model.Id) && folder.HasCheckpoint(model.Id);
        return new CompressOptionsResult
        {
            ModelId = model.Id,
            Operations = [.. CompressionOperationNames.All.Select(name =>
            {
                var reason = Unavailable(name, onnx, checkpoint, torchPresent, model.Artifact is null);
                return new CompressOption
                {
                    Name = name,
                    Parameters = OperationDeclarations.Of(spec, name)?.Parameters ?? [],
                    Available = reason is null,
                    Reason = reason,
                };
            })],
        };
    }

    /// <summary>Why <paramref name="name"/> cannot run on the model; null when it can.</summary>
    static string? Unavailable(string name, bool onnx, bool checkpoint, bool torchPresent, bool noArtifact)
    {
        var onnxKnown = OnnxCompressionOperations.IsKnown(name);
        var torchKnown = CompressionOperationFactory.IsKnown(name);
        if (onnx && onnxKnown) return null;
        if (torchKnown && checkpoint) return torchPresent ? null : NeedsLibtorch;
        if (noArtifact && !checkpoint) return "the model has no artifact";
        if (onnxKnown) return torchKnown ? "needs an .onnx artifact or a TorchSharp checkpoint" : "needs an .onnx artifact";
        return torchKnown ? NeedsCheckpoint : "not in this backend version";
    }
}
