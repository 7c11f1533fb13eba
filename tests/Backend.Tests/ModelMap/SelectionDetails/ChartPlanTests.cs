// The default chart of Selection Details: grouped while two variables tell every recipe apart, one bar per model for
// a small selection that needs more, and "refine" for a larger one, so no bar ever averages two recipes.
using static Backend.Tests.ModelMap.SelectionDetails.ExplainerSpecs;
using CompressCompare.Protocol.ModelMap;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class ChartPlanTests
{
    /// <summary>Every combination of prune amount, bits and epochs over one root: three independent variables.</summary>
    static (CompressCompare.Backend.Spec.ParsedSpec Spec, string[] Ids) Grid()
    {
        var models = new List<CompressCompare.Protocol.Spec.ModelSummary> { Root("r") };
        foreach (var amount in new[] { 0.5, 0.9 })
            foreach (var bits in new[] { 4, 8 })
                foreach (var epochs in new[] { 1, 2 })
                    models.Add(Model($"a{amount}-b{bits}-e{epochs}", "r", Op("Prune", $$"""{"amount": {{amount}}, "bits": {{bits}}, "epochs": {{epochs}}}""")));
        return (Summary(models), [.. models.Skip(1).Select(m => m.Id)]);
    }

    [Fact]
    public void Two_variables_chart_grouped()
    {
        var (spec, ids) = Grid();
        var result = Explain(spec, [.. ids.Where(id => id.EndsWith("e1", StringComparison.Ordinal))]);
        Assert.Equal(2, result.Variables.Count);
        Assert.Equal(ComparisonChart.Grouped, result.Chart);
    }

    [Fact]
    public void Eight_models_in_three_independent_variables_ask_to_refine()
    {
        var (spec, ids) = Grid();
        var result = Explain(spec, ids);
        Assert.Equal(3, result.Variables.Count);
        Assert.Equal(ComparisonChart.Refine, result.Chart);
    }

    [Fact]
    public void Fewer_than_six_models_in_three_variables_get_one_bar_each()
    {
        var (spec, ids) = Grid();
        var result = Explain(spec, "a0.5-b4-e1", "a0.5-b4-e2", "a0.9-b4-e2", "a0.5-b8-e2", "a0.9-b8-e1");
        Assert.Equal(3, result.Variables.Count);
        Assert.Equal(ComparisonChart.PerModel, result.Chart);
    }

    [Fact]
    public void A_third_variable_fixed_by_the_charted_two_keeps_the_grouped_chart()
    {
        // Epochs 2 only where amount 0.9 and bits 8: every bar still holds one recipe.
        var (spec, _) = Grid();
        var result = Explain(spec, "a0.5-b4-e1", "a0.9-b4-e1", "a0.5-b8-e1", "a0.9-b8-e2");
        Assert.Equal(3, result.Variables.Count);
        Assert.Equal(ComparisonChart.Grouped, result.Chart);
    }
}
