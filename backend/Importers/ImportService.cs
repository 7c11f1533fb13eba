// `import mlflow` and `import dvc`: read where experiments already live (files only: no MLflow or DVC server or
// program is involved), then write or refresh a spec from them. The CLI commands are thin shells over this.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Importers.Dvc;
using CompressCompare.Backend.Importers.Mlflow;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Importers;

/// <param name="Source">The mlruns folder (MLflow) or the `dvc exp show --json` file (DVC).</param>
/// <param name="Spec">The spec to write or refresh.</param>
/// <param name="Metrics">The metrics to mark primary; null: every imported metric.</param>
/// <param name="Force">Import into a spec that was not written by this importer from this source.</param>
/// <param name="Experiment">MLflow only: one experiment's name or id; null imports them all.</param>
public sealed record ImportRequest(string Source, string Spec, IReadOnlyList<string>? Metrics, bool Force, string? Experiment = null);

public sealed class ImportService
{
    public async Task<ImportResult> ImportMlflowAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var store = Path.GetFullPath(request.Source);
        var runs = MlflowStoreReader.Read(store, request.Experiment, cancellationToken);
        return await WriteAsync(request, ImportSource.For("mlflow", "store", store, request.Spec), runs, "import mlflow", cancellationToken);
    }

    public async Task<ImportResult> ImportDvcAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var input = Path.GetFullPath(request.Source);
        var runs = await DvcExpShowReader.ReadAsync(input, cancellationToken);
        return await WriteAsync(request, ImportSource.For("dvc", "input", input, request.Spec), runs, "import dvc", cancellationToken);
    }

    static Task<ImportResult> WriteAsync(ImportRequest request, ImportSource source, ImportedRuns runs, string command, CancellationToken cancellationToken)
    {
        if (request.Metrics is { } wanted)
        {
            var known = runs.Runs.SelectMany(r => r.Metrics.Keys).ToHashSet(StringComparer.Ordinal);
            if (wanted.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"--metrics names \"{unknown}\", which no imported run logged.",
                    new RpcErrorData { Hint = known.Count == 0 ? "The runs logged no metrics; leave --metrics out." : "Choose among: " + string.Join(", ", known.Order(StringComparer.Ordinal)) + "." });
        }
        return ImportedSpecFile.WriteAsync(request.Spec, source, runs, request.Metrics, request.Force, command, cancellationToken);
    }
}
