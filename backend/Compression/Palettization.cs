// Palettization (weight clustering): each selected layer weight is replaced by the nearest of 2^bits shared values,
// found by 1-D k-means over that layer's weights. Exported as uint8 indices plus a float32 codebook per layer; the
// module holds codebook[index] exactly. Pruned weights stay zero: when a layer has exact zeros, one codebook
// entry is pinned at 0, so palettizing after pruning keeps the sparsity.
using System.Text.Json;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

/// <param name="Bits">Index width: 2, 4, 6 or 8 bits, so 4, 16, 64 or 256 codebook entries per layer.</param>
/// <param name="Iterations">Lloyd iterations after the evenly spaced initialisation.</param>
/// <param name="Granularity">One codebook per tensor, or one per <paramref name="GroupSize"/> output channels (ONNX models only).</param>
public sealed record Palettization(int Bits, int Iterations = Palettization.DefaultIterations, string? Include = null, string? Exclude = null,
    string Granularity = PaletteGranularities.PerTensor, int GroupSize = Palettization.DefaultGroupSize)
    : ICompressionOperation
{
    public const int DefaultIterations = 20;
    /// <summary>Output channels per codebook by default, as coremltools' per-grouped-channel palettization suggests.</summary>
    public const int DefaultGroupSize = 16;

    public bool PerGroupedChannel => Granularity == PaletteGranularities.PerGroupedChannel;
    public static IReadOnlyList<int> AllowedBits { get; } = [2, 4, 6, 8];

    public string Name => CompressionOperationNames.Palettize;

    public static Palettization FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.Palettize, parameters,
            CompressionParameterKeys.Bits, CompressionParameterKeys.Iterations, CompressionParameterKeys.Include, CompressionParameterKeys.Exclude,
            CompressionParameterKeys.Granularity, CompressionParameterKeys.GroupSize);
        return new Palettization(
            p.Int(CompressionParameterKeys.Bits, null, 2, 8, AllowedBits),
            p.Int(CompressionParameterKeys.Iterations, DefaultIterations, 0, 1000),
            p.Patterns(CompressionParameterKeys.Include),
            p.Patterns(CompressionParameterKeys.Exclude),
            p.Choice(CompressionParameterKeys.Granularity, PaletteGranularities.PerTensor, PaletteGranularities.PerTensor, PaletteGranularities.PerGroupedChannel),
            p.Int(CompressionParameterKeys.GroupSize, DefaultGroupSize, 1, int.MaxValue));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Bits, Bits), (CompressionParameterKeys.Iterations, Iterations),
        (CompressionParameterKeys.Include, Include), (CompressionParameterKeys.Exclude, Exclude),
        // Per tensor, as before the granularity existed: its children's recorded parameters stay as they were.
        (CompressionParameterKeys.Granularity, PerGroupedChannel ? Granularity : null), (CompressionParameterKeys.GroupSize, PerGroupedChannel ? GroupSize : null));

    /// <summary>Refuses a bit width or iteration count that FromParameters would have refused (for records built in code).</summary>
    public void Validate()
    {
        if (!AllowedBits.Contains(Bits))
            throw new CompressionParameterException(Name, CompressionParameterKeys.Bits, $"{Bits} is not one of {string.Join(", ", AllowedBits)}.");
        if (Iterations < 0)
            throw new CompressionParameterException(Name, CompressionParameterKeys.Iterations, $"{Iterations} is not a number of iterations.");
        if (Granularity is not (PaletteGranularities.PerTensor or PaletteGranularities.PerGroupedChannel))
            throw new CompressionParameterException(Name, CompressionParameterKeys.Granularity,
                $"\"{Granularity}\" is not \"{PaletteGranularities.PerTensor}\" or \"{PaletteGranularities.PerGroupedChannel}\".");
        if (GroupSize < 1)
            throw new CompressionParameterException(Name, CompressionParameterKeys.GroupSize, $"{GroupSize} is not a number of output channels; give 1 or more.");
    }

    public TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default)
    {
        Validate();
        if (PerGroupedChannel)
            throw new CompressionParameterException(Name, CompressionParameterKeys.Granularity,
                $"\"{Granularity}\" palettes are written for ONNX models only; this model is a TorchSharp checkpoint. Use \"{PaletteGranularities.PerTensor}\", or compress its ONNX export.");
        return WeightEncoder.EncodeSelected(model, new ParameterSelection(Include, Exclude), Name,
            (values, _) => Palettize(values, Bits, Iterations), cancellationToken);
    }

    public static PaletteEncoding Palettize(float[] weight, int bits, int iterations)
    {
        var hasZeros = Array.IndexOf(weight, 0f) >= 0;
        var (codebook, assignment) = KMeans1D.Fit(weight, 1 << bits, iterations, hasZeros ? 0f : null);
        return new PaletteEncoding(assignment.Select(i => (byte)i).ToArray(), codebook, bits);
    }
}
