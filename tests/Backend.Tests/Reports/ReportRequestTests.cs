// Bad input to a report is refused by name before anything is written: unknown ids, budgets that do not parse,
// metrics the spec lacks, units that do not convert. And budgets that do parse convert units within a family.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Reports;

public sealed class ReportRequestTests
{
    static readonly MetricDefinition[] Metrics =
    [
        new() { Name = "Model Size", Unit = "B" },
        new() { Name = "Latency", Unit = "ms" },
        new() { Name = "Accuracy" },
    ];

    [Theory]
    [InlineData("Model Size<=5MB", "<=", 5e6)]
    [InlineData("model size < 2 MiB", "<", 2097152)]
    [InlineData("Latency>=1.5s", ">=", 1500)]
    [InlineData("Latency > 250us", ">", 0.25)]
    [InlineData("ACCURACY>=0.9", ">=", 0.9)]
    [InlineData("Accuracy>1e-1", ">", 0.1)]
    public void Budgets_parse_and_convert_units_within_a_family(string text, string op, double value)
    {
        var budget = Budget.Parse(text, Metrics, "/s.json");
        Assert.Equal(op, budget.Operator);
        Assert.Equal(value, budget.Value, 9);
    }

    [Theory]
    [InlineData("Accuracy", 0.9, true)]
    [InlineData("Accuracy", 0.89, false)]
    public void A_budget_allows_values_on_its_side_and_never_a_missing_one(string metric, double value, bool allowed)
    {
        var budget = Budget.Parse($"{metric}>=0.9", Metrics, "/s.json");
        Assert.Equal(allowed, budget.Allows(value));
        Assert.False(budget.Allows(null));
    }

    [Theory]
    [InlineData("Size<=5MB", "\"Size\"", "\"Model Size\", \"Latency\", \"Accuracy\"")]
    [InlineData("Model Size=5", "does not parse", "\"Model Size\"")]
    [InlineData("Model Size<=five", "does not parse", "\"Accuracy\"")]
    [InlineData("Accuracy>=90%", "does not convert", "plain number")]
    [InlineData("Latency<=5MB", "does not convert", "plain number")]
    public void A_bad_budget_is_refused_naming_it_and_listing_what_fits(string text, string inMessage, string inHint)
    {
        var e = Assert.Throws<BackendException>(() => Budget.Parse(text, Metrics, "/s.json"));
        Assert.Equal(RpcErrorCodes.InvalidRequest, e.Code);
        Assert.Contains(text, e.Message);
        Assert.Contains(inMessage, e.Message + e.ErrorData.Hint);
        Assert.Contains(inHint, e.ErrorData.Hint);
    }

    [Fact]
    public async Task Unknown_models_bases_and_budget_metrics_are_refused_before_anything_is_written()
    {
        using var folder = new ReportSpecFolder();
        var service = ReportSpecFolder.Service();
        var unknown = await Assert.ThrowsAsync<BackendException>(() => service.WriteAsync(folder.Request("r.html", "B", "nope"), CancellationToken.None));
        Assert.Contains("\"nope\"", unknown.Message);
        Assert.Equal("nope", unknown.ErrorData.ModelId);
        Assert.Contains("A, B, C, D", unknown.ErrorData.Hint);
        var badBase = await Assert.ThrowsAsync<BackendException>(() => service.WriteAsync(folder.Request("r.html", "B") with { BaseId = "Z" }, CancellationToken.None));
        Assert.Contains("base model \"Z\"", badBase.Message);
        var badMetric = await Assert.ThrowsAsync<BackendException>(() => service.WriteAsync(folder.Request("r.html", "B") with { Budgets = ["Energy<=3"] }, CancellationToken.None));
        Assert.Contains("\"Energy\"", badMetric.Message);
        Assert.Contains("\"Model Size\"", badMetric.ErrorData.Hint);
        var none = await Assert.ThrowsAsync<BackendException>(() => service.WriteAsync(folder.Request("r.html"), CancellationToken.None));
        Assert.Contains("--models A,B", none.ErrorData.Hint);
        Assert.False(File.Exists(folder.Out("r.html")));
    }

    [Fact]
    public void The_scatter_puts_a_cost_on_x_and_a_quality_on_y()
    {
        var (x, y) = ReportService.Axes([new() { Name = "Accuracy", Primary = true }, new() { Name = "Latency", Unit = "ms", Primary = true }, new() { Name = "Model Size", Unit = "B" }]);
        Assert.Equal(("Latency", "Accuracy"), (x!.Name, y!.Name));
        Assert.Equal((null, null), ReportService.Axes([new() { Name = "Accuracy" }]));
    }
}
