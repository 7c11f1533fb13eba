// `import dvc --input exp.json --out SPEC [--metrics a,b] [--force]`: writes or refreshes a spec from the output of
// `dvc exp show --json` (ImportService); prints {"spec", "models", "added", "updated", "skipped"}.
using System.CommandLine;
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ImportDvcCommand(ImportService imports, CliOutput output) : CliCommand
{
    readonly ImportOptions _shared = new();
    readonly Option<string> _input = CliSymbols.Text("--input", "exp.json", "the saved output of `dvc exp show --json` (DVC 3)", required: true);

    public override string Name => "import dvc";
    public override string Description => "write or refresh a spec from `dvc exp show --json` output: experiments become models of their baseline";
    public override string Prints => ImportOptions.Prints;
    public override IReadOnlyList<Symbol> Symbols => [_input, _shared.Out, _shared.Metrics, _shared.Force];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var request = _shared.Request(parse, parse.GetValue(_input)!, "import dvc --input exp.json --out models.json --force");
        output.Write(await imports.ImportDvcAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
