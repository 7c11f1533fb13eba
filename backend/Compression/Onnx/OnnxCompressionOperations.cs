// From a spec's {"name", "parameters"} to the ONNX-only operation that carries it out, as CompressionOperationFactory does
// for TorchSharp checkpoints. Operations that need libtorch (Fine-Tune, Taylor Prune) are not here: Requires names why.
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Onnx;

public static class OnnxCompressionOperations
{
    static readonly Dictionary<string, Func<IReadOnlyDictionary<string, JsonElement>, IOnnxCompressionOperation>> Table =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [CompressionOperationNames.MagnitudePrune] = p => new OnnxMagnitudePruneOperation(MagnitudePruning.FromParameters(p)),
            [CompressionOperationNames.Int8Quantize] = OnnxInt8Quantization.FromParameters,
            [CompressionOperationNames.RestoreModule] = p => Diagnose.RestoreModuleOperation.FromParameters(p),
            [CompressionOperationNames.ChannelPrune] = ChannelPruning.FromParameters,
            [CompressionOperationNames.Calibrate] = p => new OnnxBatchNormCalibration(BatchNormCalibration.FromParameters(p)),
            [CompressionOperationNames.Palettize] = p => new OnnxPalettizeOperation(Palettization.FromParameters(p)),
            [CompressionOperationNames.Float16] = p => new OnnxFloat16Operation(Float16Conversion.FromParameters(p)),
        };

    /// <summary>Operation names that run on ONNX weights alone, in catalog order.</summary>
    public static IReadOnlyList<string> Names => [.. CompressionOperationNames.All.Where(Table.ContainsKey)];

    public static bool IsKnown(string name) => Table.ContainsKey(name);

    /// <exception cref="CompressionParameterException">A parameter is missing, unknown or out of range.</exception>
    /// <exception cref="NotSupportedException">No ONNX operation has this name (with why, for the TorchSharp-only ones).</exception>
    public static IOnnxCompressionOperation Create(OperationApplication application) =>
        Table.TryGetValue(application.Name, out var create)
            ? create(application.Parameters)
            : throw new NotSupportedException(CompressionOperationFactory.IsKnown(application.Name)
                ? $"\"{application.Name}\" trains the model, which needs a TorchSharp checkpoint and libtorch; on an ONNX model the backend runs {string.Join(", ", Names.Select(n => $"\"{n}\""))}."
                : $"No compression operation is called \"{application.Name}\"; on an ONNX model the backend runs {string.Join(", ", Names.Select(n => $"\"{n}\""))}.");
}

/// <summary>Magnitude pruning rewritten in place (OnnxMagnitudePruning), behind the common interface.</summary>
internal sealed record OnnxMagnitudePruneOperation(MagnitudePruning Pruning) : IOnnxCompressionOperation
{
    public string Name => Pruning.Name;
    public OperationApplication ToApplication() => Pruning.ToApplication();

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken) =>
        new([.. OnnxMagnitudePruning.Prune(input.Source, input.Target, input.SpecPath, Pruning, cancellationToken)
            .Select(w => new OnnxChangedWeight(w.Name, w.Count, $"{100.0 * w.Zeros / Math.Max(1, w.Count):0.##}% zeros"))]);
}

/// <summary>Palettization with packed indices and graph decoders (OnnxPalettization), behind the common interface.</summary>
internal sealed record OnnxPalettizeOperation(Palettization Palettization) : IOnnxCompressionOperation
{
    public string Name => Palettization.Name;
    public OperationApplication ToApplication() => Palettization.ToApplication();

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken) =>
        new(OnnxPalettization.Palettize(input, Palettization, cancellationToken));
}

/// <summary>Float16 conversion of the whole model (OnnxFloat16), behind the common interface.</summary>
internal sealed record OnnxFloat16Operation(Float16Conversion Conversion) : IOnnxCompressionOperation
{
    public string Name => Conversion.Name;
    public OperationApplication ToApplication() => Conversion.ToApplication();

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken) =>
        new(OnnxFloat16.Convert(input, cancellationToken));
}
