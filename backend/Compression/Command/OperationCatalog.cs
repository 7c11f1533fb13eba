// How the operations the backend runs are declared in a spec's "operations": their parameters with types
// and ranges, so the views know "amount" is continuous in [0, 1] and "bits" is ordinal.
using System.Text.Json;
using CompressCompare.Backend.Compression;
using CompressCompare.Protocol.Spec;
using K = CompressCompare.Backend.Compression.CompressionParameterKeys;

namespace CompressCompare.Backend.Compression.Command;

public static class OperationCatalog
{
    static ParameterDefinition Continuous(string name, double? min, double? max) => new() { Name = name, Type = ParameterType.Continuous, Min = min, Max = max };
    static ParameterDefinition Ordinal(string name, params object[] options) =>
        new() { Name = name, Type = ParameterType.Ordinal, Options = [.. options.Select(o => JsonSerializer.SerializeToElement(o))] };
    static ParameterDefinition Nominal(string name) => new() { Name = name, Type = ParameterType.Nominal };

    static ParameterDefinition[] Patterns => [Nominal(K.Include), Nominal(K.Exclude)];
    static ParameterDefinition[] Training => [Continuous(K.BatchSize, 1, null), Continuous(K.Seed, null, null)];

    public static IReadOnlyList<OperationDefinition> All { get; } =
    [
        new() { Name = CompressionOperationNames.MagnitudePrune, Parameters =
            [Continuous(K.Amount, 0, 1), Ordinal(K.Scope, PruningScopes.Global, PruningScopes.PerLayer), .. Patterns] },
        new() { Name = CompressionOperationNames.ChannelPrune, Parameters = [Continuous(K.Amount, 0, 1), .. Patterns] },
        new() { Name = CompressionOperationNames.TaylorPrune, Parameters =
            [Continuous(K.Amount, 0, 1), Ordinal(K.Scope, PruningScopes.Global, PruningScopes.PerLayer), .. Patterns, Continuous(K.Samples, 1, null), .. Training] },
        new() { Name = CompressionOperationNames.Int8Quantize, Parameters =
            [Ordinal(K.Activations, Int8Activations.None, Int8Activations.Static), Continuous(K.Samples, 1, Int8Activations.MaxSamples), .. Patterns] },
        new() { Name = CompressionOperationNames.Palettize, Parameters =
            [Ordinal(K.Bits, 2, 4, 6, 8), Continuous(K.Iterations, 1, null),
             Ordinal(K.Granularity, PaletteGranularities.PerTensor, PaletteGranularities.PerGroupedChannel), Continuous(K.GroupSize, 1, null), .. Patterns] },
        new() { Name = CompressionOperationNames.Float16, Parameters = [] },
        new() { Name = CompressionOperationNames.FineTune, Parameters = [Continuous(K.Epochs, 1, null), Continuous(K.LearningRate, 0, null), .. Training] },
        new() { Name = CompressionOperationNames.Calibrate, Parameters = [Continuous(K.Samples, 1, null), .. Training] },
        new() { Name = CompressionOperationNames.RestoreModule, Parameters = [Nominal(K.Module), Nominal(K.From)] },
    ];
}
