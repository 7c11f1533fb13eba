// `completion bash|zsh|pwsh [--command NAME]`: prints a shell script that completes the CLI's commands and options by
// asking the CLI itself through System.CommandLine's [suggest] directive, so completion follows each command's declaration.
using System.CommandLine;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompletionCommand(CliOutput output) : CliCommand
{
    readonly Argument<string> _shell = Shells(CliSymbols.Positional("shell", "bash, zsh or pwsh"));
    readonly Option<string> _command = CliSymbols.Text("--command", "NAME", $"the command the script completes, as you type it (default {CompletionScripts.DefaultCommand})");

    public override string Name => "completion";
    public override string Description => "print a shell completion script: source it (bash, zsh) or dot-source it (pwsh), see README \"Pipelines\"";
    public override string Prints => "the script as text (not JSON)";
    public override IReadOnlyList<Symbol> Symbols => [_shell, _command];

    static Argument<string> Shells(Argument<string> shell)
    {
        shell.CompletionSources.Add([.. CompletionScripts.Shells]);
        return shell;
    }

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var shell = parse.GetValue(_shell)!;
        var script = CompletionScripts.For(shell, parse.GetValue(_command) ?? CompletionScripts.DefaultCommand)
            ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"There is no completion script for \"{shell}\".",
                new RpcErrorData { Hint = $"Use one of: {string.Join(", ", CompletionScripts.Shells)}, e.g. completion bash > ~/.cc-completion.bash" });
        output.WriteText(script);
        return Task.FromResult(CliRunner.ExitOk);
    }
}
