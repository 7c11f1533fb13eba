// `import dvc --input exp.json --out SPEC [--metrics a,b] [--force]`: writes or refreshes a spec from the output of
// `dvc exp show --json` (ImportService); prints {"spec", "models", "added", "updated", "skipped"}.
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ImportDvcCommand(ImportService imports, CliOutput output) : ICliCommand
{
    public string Name => "import dvc";
    public string Usage => "import dvc --input exp.json --out SPEC [--metrics a,b] [--force]   write or refresh a spec from `dvc exp show --json` output";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        ImportOptions.TryParse(args, "--input", [], out var request) ? RunAsync(request, cancellationToken) : null;

    async Task<int> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        output.Write(await imports.ImportDvcAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
