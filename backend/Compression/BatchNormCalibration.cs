// Calibration: re-estimate every BatchNorm layer's running mean and variance on a sample of the training data,
// after weights changed under it (pruning, quantization). Running statistics are reset and accumulated as a
// cumulative average (momentum = None) over forward passes in train mode without gradients; parameters and
// weight encodings are untouched. With the default batch size the whole sample is one batch, so the running
// mean is exactly the sample's per-channel mean (and the running variance its unbiased variance).
using System.Text.Json;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Compression;

/// <param name="Samples">Training instances to draw with <paramref name="Seed"/> (capped at the training set's size).</param>
/// <param name="BatchSize">Forward batch size; null for one batch holding the whole sample.</param>
public sealed record BatchNormCalibration(int Samples = BatchNormCalibration.DefaultSamples, int? BatchSize = null, int Seed = 0) : ICompressionOperation
{
    public const int DefaultSamples = 512;

    public string Name => CompressionOperationNames.Calibrate;

    public static BatchNormCalibration FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.Calibrate, parameters,
            CompressionParameterKeys.Samples, CompressionParameterKeys.BatchSize, CompressionParameterKeys.Seed);
        return new BatchNormCalibration(
            p.Int(CompressionParameterKeys.Samples, DefaultSamples, 2, int.MaxValue),
            parameters.ContainsKey(CompressionParameterKeys.BatchSize) ? p.Int(CompressionParameterKeys.BatchSize, null, 2, int.MaxValue) : null,
            p.Int(CompressionParameterKeys.Seed, 0, int.MinValue, int.MaxValue));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Samples, Samples), (CompressionParameterKeys.BatchSize, BatchSize), (CompressionParameterKeys.Seed, Seed));

    public TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default)
    {
        if (Samples < 2) throw new CompressionParameterException(Name, CompressionParameterKeys.Samples, $"{Samples}: batch statistics need at least 2 instances.");
        var data = context.RequireTrainingData(Name);
        var result = model.Clone();
        var norms = result.Module.modules().OfType<BatchNorm2d>().ToArray();
        if (norms.Length == 0) return result; // nothing to calibrate (an MLP): the copy is the answer
        var sample = CalibrationSample.Draw(data, Samples, Seed);
        TorchTrainer.CheckShape(result, sample);
        var batchSize = BatchSize ?? sample.Count;
        var momenta = norms.Select(n => n.momentum).ToArray();
        try
        {
            foreach (var norm in norms)
            {
                norm.reset_running_stats();
                norm.momentum = null;
            }
            result.Module.train();
            using (no_grad())
                for (var start = 0; start < sample.Count; start += batchSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var scope = NewDisposeScope();
                    result.Forward(TensorValues.Batch(sample.Inputs, sample.Features, sample.InstanceShape, start, Math.Min(batchSize, sample.Count - start)));
                }
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
        finally
        {
            for (var i = 0; i < norms.Length; i++) norms[i].momentum = momenta[i];
            result.Module.eval();
        }
    }
}
