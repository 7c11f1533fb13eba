// `check`'s verdicts (GateService): a drop follows the metric's direction, "1%" is relative to the base, values may
// carry the metric's unit, an unknown metric or model is an error naming it, a missing value fails with a reason.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Gates;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.DependencyInjection;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Gates;

public sealed class GateServiceTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-gates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A base and a pruned child: accuracy 0.90 → 0.885, latency 10 → 10.5 ms, size 8 MB → 2 MB; the child has no F1.</summary>
    string Spec()
    {
        var path = Path.Combine(_dir, "models.json");
        File.WriteAllText(path, """
            {
              "metrics": [
                {"name": "Top-1 Accuracy", "min": 0, "max": 1, "format": ".2~%"},
                {"name": "Latency", "min": 0, "unit": "ms"},
                {"name": "Model Size", "min": 0, "format": ".3~s", "unit": "B"},
                {"name": "F1"}
              ],
              "models": [
                {"id": "base", "metrics": {"Top-1 Accuracy": 0.90, "Latency": 10, "Model Size": 8000000, "F1": 0.8}},
                {"id": "pruned", "base": "base", "metrics": {"Top-1 Accuracy": 0.885, "Latency": 10.5, "Model Size": 2000000}}
              ]
            }
            """);
        return path;
    }

    async Task<GateReport> Check(params (GateKind Kind, string Text)[] thresholds)
    {
        using var services = TestBackend.Services(s => s.AddSingleton<GateService>());
        return await services.GetRequiredService<GateService>().CheckAsync(new GateRequest(Spec(), "base", "pruned", thresholds, Measure: false),
            NoProgress.Instance, CancellationToken.None);
    }

    [Fact]
    public async Task A_fall_in_accuracy_is_a_drop_and_passes_within_its_limit_even_at_exactly_the_limit()
    {
        var report = await Check((GateKind.MaxDrop, "Top-1 Accuracy=0.015"), (GateKind.MaxDrop, "top-1 accuracy=0.01"));
        Assert.False(report.Passed);
        var (exact, tight) = (report.Checks[0], report.Checks[1]);
        Assert.True(exact.Passed, "a drop equal to its limit passes (0.90 − 0.885 is not exactly 0.015 in floating point)");
        Assert.Equal(0.015, exact.Drop!.Value, 9);
        Assert.Equal((0.90, 0.885, "higher", "max-drop", "spec"), (exact.BaseValue, exact.Value, exact.Direction, exact.Kind, exact.Source));
        Assert.False(tight.Passed);
        Assert.Equal("Top-1 Accuracy", tight.Metric);
    }

    [Fact]
    public async Task For_latency_and_size_a_rise_is_the_drop_and_a_fall_is_no_drop()
    {
        var report = await Check((GateKind.MaxDrop, "Latency=0.4"), (GateKind.MaxDrop, "Model Size=0"));
        var (latency, size) = (report.Checks[0], report.Checks[1]);
        Assert.Equal(("lower", 0.5), (latency.Direction, latency.Drop!.Value));
        Assert.False(latency.Passed);
        Assert.Equal(-6_000_000, size.Drop);
        Assert.True(size.Passed, "a smaller model is better, not a drop");
    }

    [Fact]
    public async Task A_percentage_drop_is_relative_to_the_base_value()
    {
        var report = await Check((GateKind.MaxDrop, "Latency=5%"), (GateKind.MaxDrop, "Latency=4%"));
        Assert.Equal([true, false], report.Checks.Select(c => c.Passed));
        Assert.Equal(0.5, report.Checks[0].Threshold!.Value, 9);
        Assert.Equal(0.05, report.Checks[0].Relative);
        Assert.Equal(0.4, report.Checks[1].Threshold!.Value, 9);
    }

    [Fact]
    public async Task Max_and_min_read_the_metric_s_unit_with_an_SI_prefix_and_percentages_of_percent_formatted_metrics()
    {
        var report = await Check((GateKind.Max, "Model Size=2MB"), (GateKind.Max, "Latency=10ms"), (GateKind.Min, "Top-1 Accuracy=88%"), (GateKind.Min, "Model Size=2.5M"));
        Assert.Equal([2_000_000, 10, 0.88, 2_500_000], report.Checks.Select(c => c.Threshold!.Value));
        Assert.Equal([true, false, true, false], report.Checks.Select(c => c.Passed));
        Assert.All(report.Checks, c => Assert.Null(c.BaseValue));
    }

    [Fact]
    public async Task Every_threshold_holding_passes_the_gate()
    {
        var report = await Check((GateKind.MaxDrop, "Top-1 Accuracy=0.02"), (GateKind.Max, "Model Size=4MB"));
        Assert.True(report.Passed);
        Assert.Equal(("base", "pruned"), (report.Base, report.Model));
    }

    [Fact]
    public async Task A_value_missing_from_the_spec_fails_its_check_with_a_reason_naming_the_model_and_metric()
    {
        var report = await Check((GateKind.MaxDrop, "F1=0.1"), (GateKind.Max, "Latency=20"));
        Assert.False(report.Passed);
        var missing = report.Checks[0];
        Assert.Equal((null, false), (missing.Value, missing.Passed));
        Assert.Contains("\"pruned\"", missing.Reason);
        Assert.Contains("\"F1\"", missing.Reason);
        Assert.Contains("--measure", missing.Reason);
        Assert.True(report.Checks[1].Passed);
        Assert.Null(report.Checks[1].Reason);
    }

    [Theory]
    [InlineData("Accuracy=0.01", "no metric \"Accuracy\"", "\"Top-1 Accuracy\", \"Latency\", \"Model Size\", \"F1\"")]
    [InlineData("Top-1 Accuracy", "not METRIC=VALUE", "For example")]
    [InlineData("Latency=fast", "\"fast\" is not a number in ms", "Latency=")]
    [InlineData("Latency=5s", "is not a number in ms", "optionally with k, M, G or T")]
    [InlineData("Latency=-1", "negative drop", "0 allows no drop")]
    public async Task A_threshold_that_does_not_fit_the_spec_is_refused_naming_it(string text, string message, string hint)
    {
        var e = await Assert.ThrowsAsync<BackendException>(() => Check((GateKind.MaxDrop, text)));
        Assert.Equal(RpcErrorCodes.InvalidRequest, e.Code);
        Assert.Contains(message, e.Message);
        Assert.Contains(hint, e.ErrorData.Hint);
    }

    [Fact]
    public async Task A_percent_sign_on_a_metric_that_is_no_percentage_is_refused()
    {
        var e = await Assert.ThrowsAsync<BackendException>(() => Check((GateKind.Max, "Latency=5%")));
        Assert.Contains("not a percentage", e.Message);
    }

    [Fact]
    public async Task Unknown_models_and_a_gate_without_thresholds_are_refused_naming_what_to_pass()
    {
        using var services = TestBackend.Services(s => s.AddSingleton<GateService>());
        var gates = services.GetRequiredService<GateService>();
        var spec = Spec();
        var e = await Assert.ThrowsAsync<BackendException>(() => gates.CheckAsync(new GateRequest(spec, "base", "Pruned", [(GateKind.Max, "Latency=1")], false), NoProgress.Instance, default));
        Assert.Contains("no model \"Pruned\" (--model)", e.Message);
        Assert.Contains("base, pruned", e.ErrorData.Hint);
        e = await Assert.ThrowsAsync<BackendException>(() => gates.CheckAsync(new GateRequest(spec, "base", "pruned", [], false), NoProgress.Instance, default));
        Assert.Contains("--max-drop", e.ErrorData.Hint);
    }

    [Fact]
    public async Task Measure_judges_the_models_files_on_the_dataset_and_leaves_the_spec_as_it_was()
    {
        // Two ONNX models over a labelled dataset, no metrics declared or recorded: only measuring can judge them.
        var spec = Diagnose.DiagnoseModels.Write(_dir, Diagnose.DiagnoseModels.Fc1Storage.Float);
        var before = File.ReadAllBytes(spec);
        using var services = TestBackend.Services(s => s.AddSingleton<GateService>());
        var report = await services.GetRequiredService<GateService>().CheckAsync(new GateRequest(spec, "base", "pruned",
            [(GateKind.MaxDrop, "Top-1 Accuracy=1"), (GateKind.Max, "Model Size=1GB"), (GateKind.MaxDrop, "Sparsity=0")], Measure: true), NoProgress.Instance, default);
        Assert.All(report.Checks, c => Assert.Equal("measured", c.Source));
        Assert.All(report.Checks, c => Assert.NotNull(c.Value));
        Assert.InRange(report.Checks[0].BaseValue!.Value, 0, 1);
        Assert.Equal(new FileInfo(Path.Combine(_dir, "pruned.onnx")).Length, report.Checks[1].Value);
        // Sparsity is higher-is-better by name (pruning more is the goal), so the pruned model's sparsity is no drop.
        Assert.True(report.Checks[2].Passed);
        Assert.Equal(before, File.ReadAllBytes(spec));
    }

    [Theory]
    [InlineData("Top-1 Accuracy", null, false)]
    [InlineData("Model Size", "B", true)]
    [InlineData("Latency p90", "ms", true)]
    [InlineData("modelSize", null, true)]
    [InlineData("top1_error", null, true)]
    [InlineData("Sparsity", null, false)]
    [InlineData("F1", "%", false)]
    public void Direction_is_read_from_the_metric_s_name_and_unit_as_the_scatterplot_reads_it(string name, string? unit, bool lowerBetter) =>
        Assert.Equal(lowerBetter, MetricDirection.IsLowerBetter(new() { Name = name, Unit = unit }));
}
