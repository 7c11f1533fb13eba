// The data every expected RPC error carries (its code is in RpcErrorCodes).
namespace CompressCompare.Protocol.Rpc;

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
