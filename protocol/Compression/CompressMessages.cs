// Parameters and results of `models/compress` (add measured child models made by one operation, a sweep when several
// parameter sets are given) and `models/compressOptions` (what the Compress… form offers for one model).
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol.Compression;

/// <summary>Compress one model of a spec: one child per parameter set, all appended to the spec in one write.</summary>
public sealed record CompressParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Id of the model to compress (the children's base).</summary>
    public required string ModelId { get; init; }
    /// <summary>The operation's name, as the spec's "operations" and CompressOptionsResult name it (e.g. "Magnitude Prune").</summary>
    public required string Operation { get; init; }
    /// <summary>One parameter set per child, in order (several: a sweep); each maps parameter names to their JSON values.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> ParameterSets { get; init; }
    /// <summary>The first child's id (the others are made unique from it); null for fresh ids "&lt;model&gt;-&lt;operation&gt;[-N]".</summary>
    public string? NewId { get; init; }
    /// <summary>The children's tag; null for the operation's name.</summary>
    public string? Tag { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent ("Compressing m3: 2 of 4"); null for none.</summary>
    public string? WorkDoneToken { get; init; }
}

/// <summary>The children appended to the spec, in the order of the parameter sets.</summary>
public sealed record CompressResult
{
    public required IReadOnlyList<CompressedModel> Models { get; init; }
}

/// <summary>One child model as it was appended to the spec.</summary>
public sealed record CompressedModel
{
    /// <summary>Its id in the spec.</summary>
    public required string Id { get; init; }
    /// <summary>The operation as the spec records it: name and every parameter value, defaults included.</summary>
    public required OperationApplication Operation { get; init; }
    /// <summary>Its artifact, relative to the spec file (models/&lt;id&gt;.onnx).</summary>
    public required string Artifact { get; init; }
    /// <summary>The metrics measured on it, by metric name.</summary>
    public required IReadOnlyDictionary<string, double?> Metrics { get; init; }
}

/// <summary>Which operations the backend can run on one model of a spec.</summary>
public sealed record CompressOptionsParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Id of the model to compress.</summary>
    public required string ModelId { get; init; }
}

/// <summary>Every operation, runnable or not on this model, in catalog order.</summary>
public sealed record CompressOptionsResult
{
    /// <summary>Id of the model these options are for.</summary>
    public required string ModelId { get; init; }
    public required IReadOnlyList<CompressOption> Operations { get; init; }
}

/// <summary>One operation with its parameters as declared (the spec's declaration, else the backend's catalog).</summary>
public sealed record CompressOption
{
    /// <summary>The operation's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its parameters with their types, ranges and options.</summary>
    public required IReadOnlyList<ParameterDefinition> Parameters { get; init; }
    /// <summary>Whether it can run on this model in this install.</summary>
    public required bool Available { get; init; }
    /// <summary>Why it cannot run (e.g. "needs libtorch (not present in this install)"); null when available.</summary>
    public string? Reason { get; init; }
}
