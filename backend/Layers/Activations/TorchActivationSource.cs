// Runs a TorchSharp .dat checkpoint on the sample with a forward hook on every leaf module (named as
// named_modules() names them: "features.0"), so a .dat and its ONNX export give the same outputs under the same
// names. Hooks fire only through module.call, which Sequential uses for its children. Without libtorch (the
// packaged extension) loading fails with this model's error, never a crash.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Layers.Activations;

internal static class TorchActivationSource
{
    const int BatchSize = 256;

    public static ITensorSource Run(string file, string modelId, ActivationSample sample, CancellationToken cancellationToken)
    {
        using var exclusive = TorchRuntime.Exclusive(cancellationToken);
        TorchClassifier model;
        try
        {
            model = TorchBatchModel.LoadClassifier(file);
        }
        catch (EvaluationException e)
        {
            throw e.ToBackendException(modelId);
        }
        using (model)
        {
            var features = model.InstanceShape.Aggregate(1, (a, b) => a * b);
            if (features != sample.Features)
                throw new EvaluationException($"Model \"{modelId}\" takes {features} values per instance, but the dataset's instances have {sample.Features} ([{string.Join(", ", sample.InstanceShape)}]).",
                    "Probe models trained on this spec's dataset.", file).ToBackendException(modelId);
            var recorder = new ActivationRecorder(sample.Count, modelId, file);
            var (start, count) = (0, 0);
            var hooks = model.Module.named_modules()
                .Where(m => m.name.Length > 0 && !m.module.children().Any() && m.module is nn.Module<Tensor, Tensor>)
                .Select(m => ((nn.Module<Tensor, Tensor>)m.module).register_forward_hook((_, _, output) =>
                {
                    recorder.Add(m.name, m.name, output.shape, TensorValues.ToArray(output), start, count);
                    return null!; // keep the module's output as it is
                }))
                .ToList();
            for (start = 0; start < sample.Count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                count = Math.Min(BatchSize, sample.Count - start);
                using var scope = NewDisposeScope();
                using var noGrad = no_grad();
                model.Forward(TensorValues.Batch(sample.Inputs, features, model.InstanceShape, start, count));
            }
            foreach (var hook in hooks) hook.remove();
            // The last leaf of a Sequential computes the model's result: named as our ONNX writer names it.
            recorder.RenameLast(SequentialModel.OutputName);
            return recorder.ToSource(file);
        }
    }
}
