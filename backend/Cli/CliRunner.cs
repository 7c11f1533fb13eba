// The headless CLI: parses the arguments against every command's declaration (CliTree) and runs the command they
// name. Prints exactly one JSON object on stdout (--help, --version, completion scripts and [suggest] print text);
// logs go to stderr. A usage error names what was wrong and the closest valid name, and lists the commands.
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CompressCompare.Backend.Errors;

namespace CompressCompare.Backend.Cli;

public sealed class CliRunner(IEnumerable<CliCommand> commands, CliOutput output)
{
    public const int ExitOk = 0;
    /// <summary>The command ran and reports a failure: the input had errors, a gate did not pass.</summary>
    public const int ExitSpecErrors = 1;
    /// <summary>The command could not run (bad arguments, unreadable file).</summary>
    public const int ExitFailure = 2;

    readonly IReadOnlyList<CliCommand> _commands = [.. commands];

    /// <summary>Every command's usage line, in registration order.</summary>
    public IEnumerable<string> UsageLines => _commands.Select(c => c.Usage);

    /// <summary>The command tree, for completion and help: parse against it with Parse(args).</summary>
    public RootCommand Root() => CliTree.Build(_commands, RunAsync);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var configuration = new ParserConfiguration { EnablePosixBundling = false, ResponseFileTokenReplacer = null };
        var parse = Root().Parse(args, configuration);
        // --help, --version and [suggest] clear parse errors: their actions run and print text.
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            return Usage(CliUsageErrors.Describe(parse));
        var invocation = new InvocationConfiguration { Output = output.Text, Error = TextWriter.Null, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        finally
        {
            output.Text.Flush();
        }
    }

    async Task<int> RunAsync(CliCommand command, ParseResult parse, CancellationToken cancellationToken)
    {
        try
        {
            return command.RunAsync(parse, cancellationToken) is { } run ? await run
                : Usage($"Wrong arguments for {command.Name}: '{string.Join(' ', parse.Tokens.Select(t => t.Value))}'.");
        }
        catch (BackendException e)
        {
            return output.Fail(e.Code.ToString(), e.Message, e.ErrorData.Hint);
        }
    }


    int Usage(string message) =>
        output.Fail("usage", message, "Commands (add --help to any for its options and output):\n  " + string.Join("\n  ", UsageLines));
}
