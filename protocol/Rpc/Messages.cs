// Parameters and results of the JSON-RPC methods listed in RpcMethods.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol.Rpc;

/// <summary>Sent once by the client after starting the backend.</summary>
public sealed record InitializeParams
{
    /// <summary>Name and version of the client, for the backend's log.</summary>
    public required string ClientName { get; init; }
    /// <summary>The protocol version the client was built against.</summary>
    public required int ProtocolVersion { get; init; }
}

/// <summary>What the backend speaks.</summary>
public sealed record InitializeResult
{
    /// <summary>Bumped only on breaking changes; the client refuses a backend whose version differs.</summary>
    public required int ProtocolVersion { get; init; }
    /// <summary>The backend's informational version.</summary>
    public required string BackendVersion { get; init; }
    /// <summary>Process id of the backend, for the log.</summary>
    public required int ProcessId { get; init; }
}

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

/// <summary>Params of the `$/progress` notification, as in LSP's work-done progress.</summary>
public sealed record ProgressParams
{
    /// <summary>The token the request carried.</summary>
    public required string Token { get; init; }
    /// <summary>The progress report.</summary>
    public required ProgressValue Value { get; init; }
}

/// <summary>One progress report.</summary>
public sealed record ProgressValue
{
    /// <summary>"begin", "report" or "end".</summary>
    public required string Kind { get; init; }
    /// <summary>What is being done now.</summary>
    public string? Message { get; init; }
    /// <summary>0–100.</summary>
    public int? Percentage { get; init; }
}

/// <summary>Typed data attached to an expected RPC error, so the client can route it.</summary>
public sealed record RpcErrorData
{
    /// <summary>File concerned, when there is one.</summary>
    public string? File { get; init; }
    /// <summary>Model concerned, when there is one.</summary>
    public string? ModelId { get; init; }
    /// <summary>What the user should do next.</summary>
    public string? Hint { get; init; }
}
