// The examples on the demo tree, both as planned and as the built demo records its operations
// (every parameter, defaults included), since the view explains the latter.
using CompressCompare.Backend.ModelMap.SelectionDetails;
using static Backend.Tests.ModelMap.SelectionDetails.ExplainerSpecs;
using CompressCompare.Protocol.ModelMap;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class SelectionExplainerDemoTests
{
    public static TheoryData<bool> Recorded => new() { false, true };

    [Theory, MemberData(nameof(Recorded))]
    public void Siblings_differing_only_in_amount_give_one_numeric_amount_variable(bool recorded)
    {
        var result = Explain(DemoTree(recorded), "cnn-prune10", "cnn-prune30", "cnn-prune50", "cnn-prune70", "cnn-prune90", "cnn-prune99");
        var amount = Assert.Single(result.Variables);
        Assert.Equal("Magnitude Prune · amount", amount.Name);
        Assert.Equal(VariableKind.Parameter, amount.Kind);
        Assert.True(amount.Numeric);
        Assert.Equal(["0.1", "0.3", "0.5", "0.7", "0.9", "0.99"], amount.Levels);
        Assert.Equal([0, 1, 2, 3, 4, 5], amount.Values);
        Assert.Empty(amount.Parts);
    }

    [Theory, MemberData(nameof(Recorded))]
    public void Two_pruning_subtrees_one_calibrated_give_amount_on_x_and_calibrate_as_colour(bool recorded)
    {
        var result = Explain(DemoTree(recorded), "cnn-prune50", "cnn-prune70", "cnn-prune90", "cnn-prune50-cal", "cnn-prune70-cal", "cnn-prune90-cal");
        Assert.Equal(2, result.Variables.Count);
        var (amount, calibrate) = (result.Variables[0], result.Variables[1]);
        Assert.Equal(("Magnitude Prune · amount", VariableKind.Parameter, true), (amount.Name, amount.Kind, amount.Numeric));
        Assert.Equal(["0.5", "0.7", "0.9", "0.5", "0.7", "0.9"], LevelsOf(amount));
        Assert.Equal(("Calibrate", VariableKind.Presence, false), (calibrate.Name, calibrate.Kind, calibrate.Numeric));
        Assert.Equal(["no Calibrate", "Calibrate"], calibrate.Levels);
        Assert.Equal([0, 0, 0, 1, 1, 1], calibrate.Values);
    }

    [Theory, MemberData(nameof(Recorded))]
    public void Amount_and_exclude_merge_and_calibrate_then_int8_collapse_into_an_ordered_variable(bool recorded)
    {
        var result = Explain(DemoTree(recorded), "cnn-sprune70", "cnn-sprune70-cal", "cnn-sprune70-cal-int8", "cnn-prune90", "cnn-prune90-cal", "cnn-prune90-cal-int8");
        Assert.Equal(2, result.Variables.Count);
        var recipe = Assert.Single(result.Variables, v => v.Kind == VariableKind.Merged);
        Assert.Equal(["Magnitude Prune · amount", "Magnitude Prune · exclude"], recipe.Parts);
        Assert.Equal("Magnitude Prune · amount & exclude", recipe.Name);
        Assert.Equal(["amount: 0.7 · exclude: features.0.*", "amount: 0.9 · exclude: none"], recipe.Levels);
        Assert.Equal([0, 0, 0, 1, 1, 1], recipe.Values);
        var pipeline = Assert.Single(result.Variables, v => v.Kind == VariableKind.Ordered);
        Assert.Equal(["Calibrate", "Int8 Quantize"], pipeline.Parts);
        Assert.Equal(["none", "Calibrate", "Calibrate + Int8 Quantize"], pipeline.Levels);
        Assert.Equal([0, 1, 2, 0, 1, 2], pipeline.Values);
    }

    [Fact]
    public void Different_operations_at_the_first_step_give_one_operation_variable()
    {
        var result = Explain(DemoTree(), "cnn-int8", "cnn-pal4", "cnn-prune50");
        var operation = Assert.Single(result.Variables);
        Assert.Equal(("Operation at step 1", VariableKind.Operation), (operation.Name, operation.Kind));
        // Each operation keeps the parameters its models share, as the paper does ("Train 50").
        Assert.Equal(["Int8 Quantize", "Palettize (bits: 4)", "Magnitude Prune (amount: 0.5, scope: global)"], operation.Levels);
        Assert.Equal([0, 1, 2], operation.Values);
    }

    [Fact]
    public void Palettization_bits_stay_a_parameter_beside_the_operation_variable_when_they_vary()
    {
        var result = Explain(DemoTree(), "cnn-int8", "cnn-pal2", "cnn-pal4", "cnn-prune50");
        Assert.Equal(["Palettize · bits", "Operation at step 1"], result.Variables.Select(v => v.Name));
        Assert.Equal(["none", "2", "4", "none"], LevelsOf(result.Variables[0]));
        Assert.False(result.Variables[0].Numeric);
    }

    [Fact]
    public void Bits_that_also_tell_the_operation_merge_with_it_bits_first()
    {
        var result = Explain(DemoTree(), "cnn-int8", "cnn-pal2", "cnn-pal4", "cnn-pal6");
        var merged = Assert.Single(result.Variables);
        Assert.Equal(("Palettize · bits & Operation at step 1", VariableKind.Merged), (merged.Name, merged.Kind));
        Assert.Equal(["bits: none · Int8 Quantize", "bits: 2 · Palettize", "bits: 4 · Palettize", "bits: 6 · Palettize"], merged.Levels);
        Assert.Equal(["Palettize · bits", "Operation at step 1"], merged.Parts);
    }

    [Fact]
    public void The_same_operation_after_a_different_prefix_is_aligned_to_one_slot()
    {
        // By step, Int8 would sit at step 1 for one model and step 2 for the other: an operation variable and a
        // presence variable. Aligned, only the pruning step differs.
        var result = Explain(DemoTree(), "cnn-int8", "cnn-prune50-int8");
        var prune = Assert.Single(result.Variables);
        Assert.Equal(("Magnitude Prune", VariableKind.Presence), (prune.Name, prune.Kind));
        Assert.Equal(["no Magnitude Prune", "Magnitude Prune"], LevelsOf(prune));
    }

    [Fact]
    public void Pruning_and_int8_alone_and_chained_read_as_two_presences_not_an_operation_variable()
    {
        // Step by step this is "Operation at step 1" (prune or int8) plus Int8 presence at step 2; aligning the
        // longest path first puts each operation in its own slot, which is cheaper and says what happened.
        var result = Explain(DemoTree(), "cnn-prune50", "cnn-int8", "cnn-prune50-int8");
        Assert.Equal(["Magnitude Prune", "Int8 Quantize"], result.Variables.Select(v => v.Name));
        Assert.All(result.Variables, v => Assert.Equal(VariableKind.Presence, v.Kind));
        Assert.Equal(["Magnitude Prune", "no Magnitude Prune", "Magnitude Prune"], LevelsOf(result.Variables[0]));
        Assert.Equal(["no Int8 Quantize", "Int8 Quantize", "Int8 Quantize"], LevelsOf(result.Variables[1]));
    }

    [Fact]
    public void A_model_and_its_ancestors_give_one_ordered_pipeline()
    {
        var result = Explain(DemoTree(), "cnn", "cnn-prune50", "cnn-prune50-ft", "cnn-prune50-ft-prune80");
        var pipeline = Assert.Single(result.Variables);
        Assert.Equal(VariableKind.Ordered, pipeline.Kind);
        Assert.Equal(["none", "Magnitude Prune (step 1)", "Magnitude Prune (step 1) + Fine-Tune", "Magnitude Prune (step 1) + Fine-Tune + Magnitude Prune (step 3)"],
            pipeline.Levels);
        Assert.Equal([0, 1, 2, 3], pipeline.Values);
    }

    [Fact]
    public void Fine_tune_epochs_with_none_for_unrecovered_models_replace_the_fine_tune_presence()
    {
        var result = Explain(DemoTree(), "cnn-prune70", "cnn-prune70-ft", "cnn-prune50-ft", "cnn-prune90-ft", "cnn-prune90");
        Assert.Equal(["Magnitude Prune · amount", "Fine-Tune · epochs"], result.Variables.Select(v => v.Name));
        Assert.Equal(["none", "3", "2", "3", "none"], LevelsOf(result.Variables[1]));
        Assert.Equal(["none", "2", "3"], result.Variables[1].Levels);
    }

    [Fact]
    public void Models_of_both_trees_add_a_base_model_variable()
    {
        var result = Explain(DemoTree(), "cnn-prune50", "cnn-prune90", "mlp-prune50", "mlp-prune90");
        Assert.Equal(["Magnitude Prune · amount", "Base model"], result.Variables.Select(v => v.Name));
        var root = result.Variables[1];
        Assert.Equal(VariableKind.Base, root.Kind);
        Assert.Equal(["cnn", "mlp"], root.Levels);
        Assert.Equal([0, 0, 1, 1], root.Values);
    }

    [Fact]
    public void The_two_roots_differ_only_in_their_base_model()
    {
        var result = Explain(DemoTree(), "cnn", "mlp");
        var root = Assert.Single(result.Variables);
        Assert.Equal(("Base model", VariableKind.Base), (root.Name, root.Kind));
    }

    [Fact]
    public void The_demo_has_the_calibrated_siblings_of_cnn_prune90_cal()
    {
        var byId = DemoTree().Models.ToDictionary(m => m.Id);
        foreach (var id in new[] { "cnn-prune50", "cnn-prune70", "cnn-prune90" })
            Assert.Equal((id, "Calibrate"), (byId[$"{id}-cal"].Base, byId[$"{id}-cal"].Operation!.Name));
    }
}
