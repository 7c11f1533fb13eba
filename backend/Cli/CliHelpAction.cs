// --help as System.CommandLine writes it, followed, for a declared command, by what it prints on stdout and its exit
// codes: scripts need both, and the lists of commands stay one line per command.
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CompressCompare.Backend.Cli;

internal sealed class CliHelpAction(HelpAction help, IReadOnlyDictionary<Command, CliCommand> declared) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exit = help.Invoke(parseResult);
        if (declared.TryGetValue(parseResult.CommandResult.Command, out var command))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Prints on stdout:");
            output.WriteLine($"  {command.Prints}");
            output.WriteLine();
            output.WriteLine("Exit codes:");
            output.WriteLine($"  {command.ExitCodes}");
            output.WriteLine();
        }
        return exit;
    }
}
