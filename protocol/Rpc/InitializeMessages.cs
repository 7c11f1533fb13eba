// Parameters and result of `initialize`: the handshake in which the client sends the workspace and its trust.
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
    /// <summary>
    /// Where ONNX Runtime runs models: "cpu" (also when null) or "cuda", "cuda:N" for GPU N (the setting
    /// compressCompare.evaluation.executionProvider). CUDA needs a backend built with -p:OnnxRuntimeGpu=true; when it cannot
    /// run, requests fail with ExecutionProviderUnavailable rather than falling back to the CPU.
    /// </summary>
    public string? ExecutionProvider { get; init; }
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
