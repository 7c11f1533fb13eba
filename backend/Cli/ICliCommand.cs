// One CLI command: the words that name it, its usage line, and how it turns its arguments into a service call.
namespace CompressCompare.Backend.Cli;

public interface ICliCommand
{
    /// <summary>The words that pick the command: "summarize", or "bench overview".</summary>
    string Name { get; }

    /// <summary>The line `Commands:` lists when no command fits the arguments.</summary>
    string Usage { get; }

    /// <summary>
    /// Runs the command on <paramref name="args"/> (what follows its name), returning the exit code; null when the
    /// arguments do not fit it (the runner then prints the usage).
    /// </summary>
    Task<int>? TryRun(string[] args, CancellationToken cancellationToken);
}
