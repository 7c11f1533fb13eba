// Progress of long work, reported to whoever started it: `$/progress` for the RPC, stderr for the CLI.
namespace CompressCompare.Backend.Progress;

public interface IWorkProgress
{
    void Begin(string message);
    /// <param name="percentage">0–100.</param>
    void Report(string message, int percentage);
    void End(string message);
}

/// <summary>For callers that asked for no progress.</summary>
public sealed class NoProgress : IWorkProgress
{
    public static readonly NoProgress Instance = new();
    public void Begin(string message) { }
    public void Report(string message, int percentage) { }
    public void End(string message) { }
}
