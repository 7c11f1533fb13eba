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
    /// <summary>
    /// Absolute paths of the workspace folders. Every file the backend reads or writes for a spec must resolve (symlinks
    /// followed) inside one of them, or inside an allowed folder. Empty: each spec's own folder is its workspace.
    /// </summary>
    public IReadOnlyList<string>? WorkspaceFolders { get; init; }
    /// <summary>Folders outside the workspace whose files specs may read but never write (a Hugging Face or DVC cache): the machine-scoped setting compressCompare.allowedFolders.</summary>
    public IReadOnlyList<string>? AllowedFolders { get; init; }
    /// <summary>False in Restricted Mode: specs are read and validated, but no model is run, decoded or written.</summary>
    public required bool Trusted { get; init; }
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

/// <summary>Explain how the selected models of one spec differ (the Selection Details view).</summary>
public sealed record ExplainSelectionParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>The file's content when the editor holds unsaved changes; null reads the file from disk.</summary>
    public string? Text { get; init; }
    /// <summary>Ids of the selected models, in the order the view lists them.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
}

/// <summary>The smallest, simplest set of variables that tells the selected models apart.</summary>
public sealed record SelectionExplanation
{
    /// <summary>The explained models: the requested ids found in the spec, in the order requested.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>Requested ids the spec does not contain; they are left out of the explanation.</summary>
    public required IReadOnlyList<string> UnknownIds { get; init; }
    /// <summary>The variables, simplest and most telling first; the first two are the default chart axes (x, then colour). Empty when the models do not differ or fewer than two are selected.</summary>
    public required IReadOnlyList<ComparisonVariable> Variables { get; init; }
}

/// <summary>One way in which the selected models differ, with each model's value.</summary>
public sealed record ComparisonVariable
{
    /// <summary>Display name, e.g. "Magnitude Prune · amount", "Calibrate", "Operation at step 2".</summary>
    public required string Name { get; init; }
    /// <summary>"parameter" (an operation's parameter value), "presence" (an operation applied or not), "ordered" (cumulative presence variables collapsed: "none", "A", "A + B"), "operation" (which operation was applied), "base" (which root model the models descend from, when they span several trees) or "merged" (two variables that determine each other, levels joined with " · ").</summary>
    public required string Kind { get; init; }
    /// <summary>The distinct values in display order (numbers ascending, "false" before "true", "none" first).</summary>
    public required IReadOnlyList<string> Levels { get; init; }
    /// <summary>For each explained model, in ModelIds order, the index of its value in Levels.</summary>
    public required IReadOnlyList<int> Values { get; init; }
    /// <summary>True when the levels are numbers (a continuous axis is meaningful).</summary>
    public bool Numeric { get; init; }
    /// <summary>Names of the simpler variables this one was built from (ordered and merged kinds); empty otherwise.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}
