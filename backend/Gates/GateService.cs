// `check`: judges a model against its base on the spec's metrics (or measured ones) with the thresholds a pipeline
// gives, so a build can fail when a compressed model got too much worse. The CLI command is a thin shell over this.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Gates;

public sealed class GateService(SpecService specs)
{
    public async Task<GateReport> CheckAsync(GateRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var spec = await specs.ReadAsync(request.SpecPath, null, cancellationToken);
        var baseModel = Find(spec, request.BaseId, "--base");
        var model = Find(spec, request.ModelId, "--model");
        if (request.Thresholds.Count == 0)
            throw new BackendException(RpcErrorCodes.InvalidRequest, "check needs at least one threshold to judge the model by.",
                new RpcErrorData { File = spec.Path, Hint = "Add --max-drop \"METRIC=0.01\", --max \"METRIC=VALUE\" or --min \"METRIC=VALUE\" (repeat each as needed)." });
        // Every threshold is read before anything runs: a typo fails in a second, not after measuring.
        var metrics = MetricsOf(spec, request.Measure);
        var thresholds = request.Thresholds.Select(t => GateThreshold.Parse(t.Kind, t.Text, metrics)).ToList();

        IReadOnlyDictionary<string, double?>? measuredBase = null, measuredModel = null;
        if (request.Measure)
        {
            WorkspacePolicy.Current.RequireTrusted("Measuring models");
            progress.Begin($"Measuring {baseModel.Id} and {model.Id}");
            measuredBase = GateMeasurer.Measure(spec, baseModel, progress, cancellationToken);
            measuredModel = GateMeasurer.Measure(spec, model, progress, cancellationToken);
            progress.End($"Measured {baseModel.Id} and {model.Id}");
        }
        var checks = thresholds.Select(t => GateJudge.Judge(t, ValuesOf(t.Metric.Name, baseModel, model, measuredBase, measuredModel), baseModel.Id, model.Id)).ToList();
        return new GateReport(spec.Path, baseModel.Id, model.Id, checks.All(c => c.Passed), checks);
    }

    /// <summary>
    /// The metrics a threshold may name: the declared ones; for a spec that declares none, those its models record, and with
    /// --measure those measuring records (with their units, so "5MB" reads as it does for a spec `demo` wrote).
    /// </summary>
    static IReadOnlyList<MetricDefinition> MetricsOf(ParsedSpec spec, bool measure)
    {
        if (spec.Metrics.Count > 0) return spec.Metrics;
        var measured = measure ? ExperimentMetrics.Declarations(spec.Dataset?.Classes ?? []) : [];
        var recorded = spec.Models.SelectMany(m => m.Metrics.Keys).Distinct(StringComparer.Ordinal)
            .Where(name => !measured.Any(m => m.Name == name)).Select(name => new MetricDefinition { Name = name });
        return [.. measured, .. recorded];
    }

    /// <summary>Measured values where the measurement has the metric; the spec's for the metrics measuring cannot give (F1, a custom score).</summary>
    static GateValues ValuesOf(string metric, ModelSummary baseModel, ModelSummary model,
        IReadOnlyDictionary<string, double?>? measuredBase, IReadOnlyDictionary<string, double?>? measuredModel) =>
        measuredModel is not null && measuredModel.ContainsKey(metric)
            ? new GateValues(measuredModel[metric], measuredBase!.GetValueOrDefault(metric), "measured")
            : new GateValues(model.Metrics.GetValueOrDefault(metric), baseModel.Metrics.GetValueOrDefault(metric), "spec");

    static ModelSummary Find(ParsedSpec spec, string id, string flag) =>
        spec.Models.FirstOrDefault(m => m.Id == id)
        ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec has no model \"{id}\" ({flag}).",
            new RpcErrorData
            {
                File = spec.Path,
                ModelId = id,
                Hint = $"Ids are case-sensitive; pass one of the spec's models with {flag}"
                    + (spec.Models.Count is > 0 and <= 20 ? $": {string.Join(", ", spec.Models.Select(m => m.Id))}." : " (`summarize` lists them)."),
            });
}
