// The synthetic specs `bench overview` times: valid, deterministic, shaped like a real sweep, with
// metrics that move the way compression moves them.
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.ModelMap;

public sealed class SyntheticSpecTests
{
    static readonly Lazy<ParsedSpec> Parsed = new(() => Parse(SyntheticSpec.Generate(3000, seed: 5)));
    static readonly Lazy<SpecSummary> Sweep = new(() => ModelMapService.Summarize(Parsed.Value));

    static double Metric(ModelSummary model, string name) => model.Metrics[name] ?? throw new InvalidOperationException($"{model.Id} has no {name}");

    [Fact]
    public void The_same_seed_gives_the_same_text_and_another_seed_another()
    {
        Assert.Equal(SyntheticSpec.Generate(300, seed: 3), SyntheticSpec.Generate(300, seed: 3));
        Assert.NotEqual(SyntheticSpec.Generate(300, seed: 3), SyntheticSpec.Generate(300, seed: 4));
    }

    [Fact]
    public void A_generated_spec_parses_without_diagnostics_and_has_exactly_the_requested_models()
    {
        var summary = Sweep.Value;
        NoDiagnostics(Parsed.Value);
        Assert.Equal(3000, summary.Models.Count);
        Assert.Equal(["resnet20", "mobilenet-v2", "vgg11"], summary.Roots);
        Assert.Equal(3000, summary.Layout.Nodes.Count);
        Assert.Equal([SyntheticSpec.Accuracy, SyntheticSpec.Size, SyntheticSpec.Latency, SyntheticSpec.Sparsity], summary.Metrics.Select(m => m.Name));
        var accuracy = summary.Metrics[0];
        Assert.True(accuracy.Primary);
        Assert.Equal(".2~%", accuracy.Format);
        Assert.Equal(("B", ".3~s"), (summary.Metrics[1].Unit, summary.Metrics[1].Format));
        Assert.Equal("ms", summary.Metrics[2].Unit);
        Assert.All(summary.Models, m => Assert.Equal(4, m.Metrics.Count(v => v.Value is not null)));
    }

    [Fact]
    public void Trees_reach_but_never_pass_depth_8_and_use_every_operation_with_varied_parameters()
    {
        var summary = Sweep.Value;
        Assert.Equal(SyntheticSpec.MaxDepth + 1, summary.Layout.StepCount);
        var operations = summary.Models.Where(m => m.Operation is not null).GroupBy(m => m.Operation!.Name).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(
            new[] { CompressionOperationNames.Calibrate, CompressionOperationNames.FineTune, CompressionOperationNames.Int8Quantize,
                CompressionOperationNames.MagnitudePrune, CompressionOperationNames.Palettize }.Order(),
            operations.Keys.Order());
        string[] Values(string operation, string parameter) =>
            [.. operations[operation].Select(m => m.Operation!.Parameters[parameter].ToString()).Distinct()];
        Assert.True(Values(CompressionOperationNames.MagnitudePrune, CompressionParameterKeys.Amount).Length > 10);
        Assert.Equal(["global", "per-layer"], Values(CompressionOperationNames.MagnitudePrune, CompressionParameterKeys.Scope).Order());
        Assert.Equal(["2", "4", "6"], Values(CompressionOperationNames.Palettize, CompressionParameterKeys.Bits).Order());
        Assert.True(Values(CompressionOperationNames.FineTune, CompressionParameterKeys.Epochs).Length > 5);
        Assert.True(Values(CompressionOperationNames.Calibrate, CompressionParameterKeys.Samples).Length > 3);
        // A root is not one long chain: some depth-1 model has a subtree of a few dozen models at least.
        Assert.True(OverviewBenchmark.LargestFirstStepSubtree(summary.Layout, int.MaxValue).Count > 50);
    }

    [Fact]
    public void Heavy_pruning_costs_accuracy_and_size_fine_tuning_wins_accuracy_back_and_int8_quarters_the_size()
    {
        var summary = Sweep.Value;
        var byId = summary.Models.ToDictionary(m => m.Id);
        var pruned = summary.Models.Where(m => m.Operation?.Name == CompressionOperationNames.MagnitudePrune && byId[m.Base!].Base is null).ToList();
        var light = pruned.Where(m => Metric(m, SyntheticSpec.Sparsity) <= 0.3).ToList();
        var heavy = pruned.Where(m => Metric(m, SyntheticSpec.Sparsity) >= 0.8).ToList();
        Assert.NotEmpty(light);
        Assert.NotEmpty(heavy);
        Assert.True(heavy.Average(m => Metric(m, SyntheticSpec.Accuracy)) < light.Average(m => Metric(m, SyntheticSpec.Accuracy)) - 0.05);
        Assert.All(pruned, m => Assert.True(Metric(m, SyntheticSpec.Size) < Metric(byId[m.Base!], SyntheticSpec.Size), $"{m.Id} is not smaller than its base"));

        var fineTunedAfterHeavyPrune = summary.Models.Where(m => m.Operation?.Name == CompressionOperationNames.FineTune
            && byId[m.Base!].Operation?.Name == CompressionOperationNames.MagnitudePrune && Metric(byId[m.Base!], SyntheticSpec.Sparsity) >= 0.7).ToList();
        Assert.NotEmpty(fineTunedAfterHeavyPrune);
        Assert.True(fineTunedAfterHeavyPrune.Average(m => Metric(m, SyntheticSpec.Accuracy) - Metric(byId[m.Base!], SyntheticSpec.Accuracy)) > 0.02);

        foreach (var m in summary.Models.Where(m => m.Operation?.Name == CompressionOperationNames.Int8Quantize && byId[m.Base!].Base is null))
            Assert.InRange(Metric(m, SyntheticSpec.Size) / Metric(byId[m.Base!], SyntheticSpec.Size), 0.24, 0.26);
    }
}
