// The System.CommandLine tree of every command: multi-word names become nested commands ("bench" holds "overview"),
// each command gets its symbols and an action. Built per run,
// only for the CLI: serving JSON-RPC never loads System.CommandLine.
using System.CommandLine;
using System.CommandLine.Help;

namespace CompressCompare.Backend.Cli;

internal static class CliTree
{
    public const string RootDescription =
        "Compress & Compare's backend. With no arguments (or --stdio) it serves the extension over JSON-RPC on stdio; "
        + "with a command it prints one JSON object on stdout (logs go to stderr). Exit codes: 0 done; 1 the command ran and reports a failure "
        + "(a spec with errors, a gate not passed); 2 a usage error, or the command could not run. Add --help to any command for its options, output and exit codes.";

    /// <param name="run">Runs a declared command on the parse (the runner's error handling around it).</param>
    public static RootCommand Build(IEnumerable<CliCommand> commands, Func<CliCommand, ParseResult, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand(RootDescription);
        var help = root.Options.OfType<HelpOption>().Single();
        var declared = new Dictionary<Command, CliCommand>();
        help.Action = new CliHelpAction((HelpAction)help.Action!, declared);
        foreach (var command in commands)
        {
            var leaf = Leaf(root, command.Name, command.Description);
            declared[leaf] = command;
            foreach (var symbol in command.Symbols)
            {
                if (symbol is Argument argument) leaf.Arguments.Add(argument);
                else leaf.Options.Add((Option)symbol);
            }
            leaf.SetAction((parse, cancellationToken) => run(command, parse, cancellationToken));
        }
        return root;
    }

    /// <summary>The command the words of <paramref name="name"/> lead to, made with the groups above it ("bench").</summary>
    static Command Leaf(RootCommand root, string name, string description)
    {
        Command parent = root;
        var words = name.Split(' ');
        foreach (var word in words[..^1])
        {
            var group = parent.Subcommands.FirstOrDefault(c => c.Name == word);
            if (group is null)
            {
                group = new Command(word, GroupDescription(word));
                parent.Subcommands.Add(group);
            }
            parent = group;
        }
        var leaf = new Command(words[^1], description);
        parent.Subcommands.Add(leaf);
        return leaf;
    }

    static string GroupDescription(string word) => word == "bench"
        ? "Benchmarks: each prints ratios measured in one run (see its --help)."
        : $"The {word} commands.";
}
