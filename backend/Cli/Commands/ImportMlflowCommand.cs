// `import mlflow --store PATH/mlruns --out SPEC [--experiment NAME|ID] [--metrics a,b] [--force]`: writes or refreshes
// a spec from an MLflow file store (ImportService); prints {"spec", "models", "added", "updated", "skipped"}.
using System.CommandLine;
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ImportMlflowCommand(ImportService imports, CliOutput output) : CliCommand
{
    readonly ImportOptions _shared = new();
    readonly Option<string> _store = CliSymbols.Text("--store", "PATH/mlruns", "MLflow's file store (read only; no server is contacted)", required: true);
    readonly Option<string> _experiment = CliSymbols.Text("--experiment", "NAME|ID", "import this experiment only (default: every live one)");

    public override string Name => "import mlflow";
    public override string Description => "write or refresh a spec from MLflow's file store: runs become models, parent runs their bases";
    public override string Prints => ImportOptions.Prints;
    public override IReadOnlyList<Symbol> Symbols => [_store, _shared.Out, _experiment, _shared.Metrics, _shared.Force];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var request = _shared.Request(parse, parse.GetValue(_store)!, "import mlflow --store mlruns --out models.json --force", parse.GetValue(_experiment));
        output.Write(await imports.ImportMlflowAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
