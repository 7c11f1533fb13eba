// TorchSharp .dat checkpoints: the architecture comes from the .arch.json beside the checkpoint (as the demo
// and the compress command write them). The packaged extension ships without libtorch, so loading it fails
// there: that becomes this model's error, never a crash of the backend.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Models;
using static TorchSharp.torch;
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal sealed class TorchBatchModel : FloatInputModel
{
    readonly TorchClassifier _model;
    readonly IDisposable _exclusive;

    TorchBatchModel(TorchClassifier model, IDisposable exclusive) => (_model, _exclusive) = (model, exclusive);

    /// <summary>Loads the checkpoint and holds TorchSharp for this process until disposed (see TorchRuntime.Exclusive).</summary>
    public static TorchBatchModel Load(string checkpoint)
    {
        var exclusive = TorchRuntime.Exclusive();
        try
        {
            return new(LoadClassifier(checkpoint), exclusive);
        }
        catch
        {
            exclusive.Dispose();
            throw;
        }
    }

    /// <summary>The checkpoint's module, rebuilt from its .arch.json; every way that fails is an EvaluationException with what to do.</summary>
    public static TorchClassifier LoadClassifier(string checkpoint)
    {
        var architectureFile = WorkspacePolicy.Current.BesideToRead(ExperimentFolder.ArchitectureFileOf(checkpoint), checkpoint, FileKind.Record);
        if (!File.Exists(architectureFile))
            throw new EvaluationException($"The TorchSharp checkpoint {checkpoint} has no architecture file {architectureFile} beside it.",
                "Keep the .arch.json the backend wrote with the checkpoint, or name the model's .onnx export as its artifact.", checkpoint);
        // Said before TorchSharp is touched: its own failure to load is a page of probing trace.
        if (!TorchAvailability.IsPresent)
            throw new EvaluationException($"The TorchSharp checkpoint {checkpoint} needs libtorch, which this install of the backend leaves out (the packaged extension ships without it).",
                "Name the model's .onnx export as its artifact, or run `dotnet run --project backend -c Release -- evaluate <spec>` from a checkout of Compress & Compare to fill the output cache.", checkpoint);
        try
        {
            TorchRuntime.EnsureInitialized();
            return TorchCheckpoint.Load(ExperimentFolder.ReadArchitectureFile(architectureFile), checkpoint);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or NotSupportedException or BadImageFormatException or EntryPointNotFoundException)
        {
            throw new EvaluationException($"libtorch cannot be loaded here, so the TorchSharp checkpoint {checkpoint} cannot run: {e.GetBaseException().Message}",
                "The packaged extension ships without libtorch: run `dotnet run --project backend -- evaluate <spec>` from a checkout of Compress & Compare to fill the cache, or name the model's .onnx export as its artifact.",
                checkpoint, e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException or ArgumentException)
        {
            throw new EvaluationException($"Cannot load the TorchSharp checkpoint {checkpoint}: {e.Message}",
                "Check that the checkpoint and its .arch.json were written together by the backend; re-run the operation that made the model if not.", checkpoint, e);
        }
    }

    public override ModelSource Source => ModelSource.TorchSharp;
    protected override int Features => _model.InstanceShape.Aggregate(1, (a, b) => a * b);

    protected override float[] Run(float[] inputs, int start, int count)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var input = TensorValues.Batch(inputs, Features, _model.InstanceShape, start, count);
        return TensorValues.ToArray(_model.Forward(input));
    }

    public override void Dispose()
    {
        _model.Dispose();
        _exclusive.Dispose();
    }
}
