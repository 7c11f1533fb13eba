// One CLI command, declared once: its words, what it does, what it prints, and its arguments and options as
// System.CommandLine symbols. The same declaration parses the command line, writes --help, suggests completions and
// builds the usage line `Commands:` lists, so none of them can drift from what the command accepts.
//
// How to declare a command:
//   1. `public sealed class XCommand(XService service, CliOutput output) : CliCommand` in Cli/Commands/XCommand.cs.
//   2. Name ("x", or "bench x"), Description (one line), Prints (the JSON fields on stdout) and, when it differs from
//      the default, ExitCodes.
//   3. One field per argument and option, made with CliSymbols (CliSymbols.Spec(), CliSymbols.Text("--models", "A,B",
//      "…", required: true), CliSymbols.Flag, CliSymbols.Repeated, CliSymbols.ExecutionProvider()), listed in Symbols.
//      Options are read as text and converted with CliOptions (Int, Ids, UseExecutionProvider): their errors name the
//      option and give an example, as they always did.
//   4. RunAsync(parse, ct): read the values with parse.GetValue(field), make one service call, output.Write(result),
//      return CliRunner.ExitOk (or ExitSpecErrors when the command reports a failure); return null for arguments that
//      parse but do not fit together (the runner prints the usage error, exit 2). Throw BackendException for errors.
//   5. Register it with one line in CliCommands.cs: services.AddSingleton<CliCommand, XCommand>().
using System.CommandLine;

namespace CompressCompare.Backend.Cli;

public abstract class CliCommand
{
    /// <summary>The words that pick the command: "summarize", or "bench overview".</summary>
    public abstract string Name { get; }

    /// <summary>What it does, in one line: the usage line's and --help's description.</summary>
    public abstract string Description { get; }

    /// <summary>What it prints on stdout, for --help: "one JSON object: {field, …}".</summary>
    public abstract string Prints { get; }

    /// <summary>Its exit codes, for --help.</summary>
    public virtual string ExitCodes => "0 done; 2 wrong arguments, or it could not run (stdout then holds {\"error\": {code, message, hint}})";

    /// <summary>Its arguments and options, in usage order.</summary>
    public abstract IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>
    /// Runs the command on what <paramref name="parse"/> holds, returning the exit code; null when the arguments parse but
    /// do not fit together (the runner then prints the usage).
    /// </summary>
    public abstract Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken);

    /// <summary>The line `Commands:` lists: the name, the symbols as the command line writes them, the description.</summary>
    public string Usage => CliUsage.Line(Name, Symbols, Description);
}
