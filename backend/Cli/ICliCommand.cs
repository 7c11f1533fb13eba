// The legacy way to declare a command: words, a usage line, and a parser of its own. Prefer CliCommand (its header
// says how to convert one in minutes); a command written against this still runs, with its Usage as its --help and
// exit 2 when TryRun returns null.
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
