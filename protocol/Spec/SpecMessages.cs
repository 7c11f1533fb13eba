// Parameters and results of `spec/summarize` and `spec/validateMany` (the summary itself is in SpecSummary.cs).
namespace CompressCompare.Protocol.Spec;

/// <summary>Read and validate one spec file.</summary>
public sealed record SummarizeParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>The file's content when the editor holds unsaved changes; null reads the file from disk.</summary>
    public string? Text { get; init; }
}

/// <summary>Validate many spec files at once (the workspace scan), reporting progress.</summary>
public sealed record ValidateManyParams
{
    /// <summary>Absolute paths of the spec files.</summary>
    public required IReadOnlyList<string> Paths { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent; null for none.</summary>
    public string? WorkDoneToken { get; init; }
}

/// <summary>Result of validating many spec files.</summary>
public sealed record ValidateManyResult
{
    /// <summary>One entry per requested path, in the same order.</summary>
    public required IReadOnlyList<SpecValidation> Results { get; init; }
}

/// <summary>The validation outcome of one spec file.</summary>
public sealed record SpecValidation
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>How many models could be read.</summary>
    public required int ModelCount { get; init; }
    /// <summary>Every problem found.</summary>
    public required IReadOnlyList<SpecDiagnostic> Diagnostics { get; init; }
}
