// From a spec's {"name", "parameters"} to the operation that carries it out: one table, names matched
// case-insensitively (specs write "magnitude prune" as well as "Magnitude Prune").
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

public static class CompressionOperationFactory
{
    static readonly Dictionary<string, Func<IReadOnlyDictionary<string, JsonElement>, ICompressionOperation>> Table =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [CompressionOperationNames.MagnitudePrune] = MagnitudePruning.FromParameters,
            [CompressionOperationNames.TaylorPrune] = TaylorPruning.FromParameters,
            [CompressionOperationNames.Int8Quantize] = Int8Quantization.FromParameters,
            [CompressionOperationNames.Palettize] = Palettization.FromParameters,
            [CompressionOperationNames.FineTune] = FineTuning.FromParameters,
            [CompressionOperationNames.Calibrate] = BatchNormCalibration.FromParameters,
        };

    public static bool IsKnown(string name) => Table.ContainsKey(name);

    /// <exception cref="CompressionParameterException">A parameter is missing, unknown or out of range.</exception>
    /// <exception cref="NotSupportedException">No operation has this name.</exception>
    public static ICompressionOperation Create(OperationApplication application) =>
        Table.TryGetValue(application.Name, out var create)
            ? create(application.Parameters)
            : throw new NotSupportedException(
                $"No compression operation is called \"{application.Name}\"; the backend runs {string.Join(", ", CompressionOperationNames.All.Select(n => $"\"{n}\""))}.");
}
