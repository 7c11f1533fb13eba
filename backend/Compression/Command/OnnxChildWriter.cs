// The ONNX path of `compress`: no libtorch, no TorchSharp lock. The operation reads the parent's .onnx artifact and
// writes models/<newId>.onnx (whole or not at all, never over an existing file, inside the workspace); operations that
// run the model get the spec's dataset through DatasetFeed, loaded only when one asks for it.
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Compression.Command;

internal sealed class OnnxChildWriter(ParsedSpec summary, ExperimentFolder folder, string parentId, string parentArtifact)
{
    /// <summary>Whether the parent's artifact is an .onnx file, so ONNX-only operations can start from it.</summary>
    public static bool IsOnnx(string? artifact) => artifact is not null && artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes models/<paramref name="newId"/>.onnx; returns its path.</summary>
    public string Write(IOnnxCompressionOperation operation, string newId, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var source = WorkspacePolicy.Current.SpecFileToRead(summary.Path, parentArtifact, FileKind.Model);
        if (!File.Exists(source))
            throw CompressService.Invalid(summary.Path, $"The artifact {parentArtifact} of model \"{parentId}\" does not exist; nothing was written.",
                "Fix the model's \"artifact\" path (relative to the spec file), or restore the file.");
        var models = WorkspacePolicy.Current.ToWrite(Path.Combine(folder.Root, ExperimentFolder.ModelsFolder), summary.Path);
        Directory.CreateDirectory(models);
        var target = folder.Artifact(newId);
        IOnnxFeed? feed = summary.Dataset is null ? null : new LazyFeed(summary, parentId);
        operation.Apply(new OnnxCompressionInput(source, target, summary.Path, feed, progress), cancellationToken);
        return target;
    }

    /// <summary>The spec's dataset, read on the first run: pruning never runs the model, so it never pays for the read.</summary>
    sealed class LazyFeed(ParsedSpec spec, string modelId) : IOnnxFeed
    {
        DatasetFeed? _feed;

        public int Run(OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize, Action<IReadOnlyList<OrtValue>, int> onBatch,
            CancellationToken cancellationToken) =>
            Feed(cancellationToken).Run(model, outputs, instances, batchSize, onBatch, cancellationToken);

        DatasetFeed Feed(CancellationToken cancellationToken) => _feed ??= new DatasetFeed(LoadDataset(cancellationToken), spec.Path, modelId);

        EvaluationDataset LoadDataset(CancellationToken cancellationToken)
        {
            try
            {
                return EvaluationDataset.Load(spec, cancellationToken);
            }
            catch (EvaluationException e)
            {
                throw e.ToBackendException(modelId);
            }
        }
    }
}
