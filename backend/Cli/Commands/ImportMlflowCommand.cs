// `import mlflow --store PATH/mlruns --out SPEC [--experiment NAME|ID] [--metrics a,b] [--force]`: writes or refreshes
// a spec from an MLflow file store (ImportService); prints {"spec", "models", "added", "updated", "skipped"}.
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ImportMlflowCommand(ImportService imports, CliOutput output) : ICliCommand
{
    public string Name => "import mlflow";
    public string Usage => "import mlflow --store PATH/mlruns --out SPEC [--experiment NAME|ID] [--metrics a,b] [--force]   write or refresh a spec from MLflow's file store";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        ImportOptions.TryParse(args, "--store", ["--experiment"], out var request) ? RunAsync(request, cancellationToken) : null;

    async Task<int> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        output.Write(await imports.ImportMlflowAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
