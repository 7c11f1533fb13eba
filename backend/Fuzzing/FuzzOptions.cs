// What one fuzz run does: its seed, how many spec and model-file mutations (or for how long, for `bench fuzz`), the
// limits each input must stay within, and optionally one input to replay with its whole story.
namespace CompressCompare.Backend.Fuzzing;

public sealed record FuzzOptions
{
    public int Seed { get; init; } = 1;
    public int Specs { get; init; } = 10_000;
    public int Files { get; init; } = 2_000;
    /// <summary>When set, rounds of Specs + Files inputs repeat until this much time has passed (`bench fuzz`).</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>Time one input may take before it counts as a hang.</summary>
    public TimeSpan InputTimeout { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>The process's working set may not pass this (the bound for a hostile file).</summary>
    public long MemoryLimitBytes { get; init; } = 1536L << 20;
    /// <summary>"spec:INDEX" or "TARGET:INDEX": run that one input only (as printed in a failure).</summary>
    public string? Replay { get; init; }
}
