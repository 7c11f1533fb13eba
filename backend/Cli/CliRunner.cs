// The headless CLI: finds the command the arguments name in the table (CliCommands) and runs it. Prints exactly
// one JSON object on stdout; logs go to stderr.
using CompressCompare.Backend.Errors;

namespace CompressCompare.Backend.Cli;

public sealed class CliRunner(IEnumerable<ICliCommand> commands, CliOutput output)
{
    public const int ExitOk = 0;
    /// <summary>The input had errors (printed as diagnostics).</summary>
    public const int ExitSpecErrors = 1;
    /// <summary>The command could not run (bad arguments, unreadable file).</summary>
    public const int ExitFailure = 2;

    readonly IReadOnlyList<ICliCommand> _commands = [.. commands];

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var command in _commands)
            {
                var words = command.Name.Split(' ');
                if (args.Length < words.Length || !args.AsSpan(0, words.Length).SequenceEqual(words)) continue;
                if (command.TryRun(args[words.Length..], cancellationToken) is { } run) return await run;
            }
            return output.Fail("usage", $"Unknown command or wrong arguments: '{string.Join(' ', args)}'.",
                "Commands:\n  " + string.Join("\n  ", _commands.Select(c => c.Usage)));
        }
        catch (BackendException e)
        {
            return output.Fail(e.Code.ToString(), e.Message, e.ErrorData.Hint);
        }
    }
}
