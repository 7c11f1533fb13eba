// What `compress` (CLI) and `models/compress` (RPC) ask for: one operation applied to one model of a spec, with one
// parameter set or several (a sweep: one child per set), each child measured and all appended in one spec write.
using System.Text.Json;
using CompressCompare.Backend.Progress;

namespace CompressCompare.Backend.Compression.Command;

/// <param name="NewId">The new model's id; with a sweep, the first child's, the others made unique from it (NewId-2, …). Null: fresh ids.</param>
public sealed record CompressRequest(string SpecPath, string ModelId, string Operation, IReadOnlyDictionary<string, JsonElement> Parameters,
    string? NewId = null, string? Tag = null)
{
    /// <summary>Several parameter sets, one child each; null or empty for <see cref="Parameters"/> alone.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>? Sweep { get; init; }

    /// <summary>Where "Compressing m3: 2 of 4" goes: `$/progress` for the RPC, stderr for the CLI.</summary>
    public IWorkProgress Progress { get; init; } = NoProgress.Instance;

    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> ParameterSets => Sweep is { Count: > 0 } sweep ? sweep : [Parameters];
}
