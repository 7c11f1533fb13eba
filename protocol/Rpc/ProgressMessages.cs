// The `$/progress` notification the backend sends while a request with a work-done token runs.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Rpc;

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
    public required ProgressKind Kind { get; init; }
    /// <summary>What is being done now.</summary>
    public string? Message { get; init; }
    /// <summary>0–100.</summary>
    public int? Percentage { get; init; }
}

/// <summary>Which report of a progress sequence this is.</summary>
[JsonConverter(typeof(WireEnumConverter<ProgressKind>))]
public enum ProgressKind
{
    Begin,
    Report,
    End,
}
