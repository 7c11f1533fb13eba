// Selections the view can send that are not a tidy experiment: too few models, ids the spec lacks or repeats,
// roots without operations, broken provenance (missing or cyclic bases), and parameters set on some models only.
using static Backend.Tests.ModelMap.SelectionDetails.ExplainerSpecs;
using CompressCompare.Protocol.ModelMap;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class SelectionExplainerDegenerateTests
{
    [Fact]
    public void A_single_model_has_nothing_to_differ_in()
    {
        var result = Explain(DemoTree(), "cnn-prune50");
        Assert.Equal(["cnn-prune50"], result.ModelIds);
        Assert.Empty(result.Variables);
        Assert.Empty(result.UnknownIds);
    }

    [Fact]
    public void An_empty_selection_gives_an_empty_explanation()
    {
        var result = Explain(DemoTree());
        Assert.Empty(result.ModelIds);
        Assert.Empty(result.Variables);
    }

    [Fact]
    public void Unknown_ids_are_reported_and_repeated_ids_count_once()
    {
        var result = Explain(DemoTree(), "cnn-prune50", "nope", "cnn-prune50", "cnn-prune90", "nope", "also-missing");
        Assert.Equal(["cnn-prune50", "cnn-prune90"], result.ModelIds);
        Assert.Equal(["nope", "also-missing"], result.UnknownIds);
        Assert.Equal([0, 1], Assert.Single(result.Variables).Values);
    }

    [Fact]
    public void A_spec_with_a_repeated_id_explains_the_first_model_of_that_id()
    {
        var spec = Summary([Root("r"), Model("a", "r", Op("Prune", """{"amount": 0.5}""")), Model("a", "r", Op("Prune", """{"amount": 0.9}""")),
            Model("b", "r", Op("Prune", """{"amount": 0.7}"""))]);
        var amount = Assert.Single(Explain(spec, "a", "b").Variables);
        Assert.Equal(["0.5", "0.7"], LevelsOf(amount));
    }

    [Fact]
    public void Roots_of_a_forest_differ_only_in_their_base_model()
    {
        var result = Explain(Summary([Root("a"), Root("b"), Root("c")]), "c", "a", "b");
        var root = Assert.Single(result.Variables);
        Assert.Equal(("Base model", VariableKind.Base), (root.Name, root.Kind));
        Assert.Equal(["c", "a", "b"], root.Levels);
    }

    [Fact]
    public void A_model_without_an_operation_is_its_base_as_far_as_provenance_tells()
    {
        var result = Explain(Summary([Root("r"), Model("copy", "r", null)]), "r", "copy");
        Assert.Equal(["r", "copy"], result.ModelIds);
        Assert.Empty(result.Variables);
    }

    [Fact]
    public void Models_below_a_missing_base_share_that_base_and_differ_in_their_steps()
    {
        var spec = Summary([Model("x", "ghost", Op("Prune", """{"amount": 0.5}""")), Model("y", "ghost", Op("Prune", """{"amount": 0.7}""")),
            Model("z", "other", Op("Prune", """{"amount": 0.5}"""))]);
        Assert.Equal(["Prune · amount"], Explain(spec, "x", "y").Variables.Select(v => v.Name));
        var result = Explain(spec, "x", "y", "z");
        Assert.Equal(["Prune · amount", "Base model"], result.Variables.Select(v => v.Name));
        Assert.Equal(["ghost", "ghost", "other"], LevelsOf(result.Variables[1]));
    }

    [Fact]
    public void Models_in_a_base_cycle_are_explained_without_looping()
    {
        var spec = Summary([Root("r"), Model("a", "b", Op("Prune", """{"amount": 0.5}""")), Model("b", "a", Op("Quantize")),
            Model("self", "self", Op("Prune", """{"amount": 0.9}"""))]);
        var result = Explain(spec, "a", "b", "self", "r");
        Assert.Equal(["a", "b", "self", "r"], result.ModelIds);
        var root = Assert.Single(result.Variables, v => v.Kind == VariableKind.Base);
        // Every member of one cycle reports the same origin: its smallest id.
        Assert.Equal(["a", "a", "self", "r"], LevelsOf(root));
    }

    [Fact]
    public void A_parameter_set_on_some_models_only_counts_absent_as_a_level_of_its_own()
    {
        var spec = Summary([Root("r"), Model("plain", "r", Op("Prune", """{"amount": 0.5}""")),
            Model("layer", "r", Op("Prune", """{"amount": 0.5, "scope": "layer"}""")), Model("global", "r", Op("Prune", """{"amount": 0.5, "scope": "global"}""")),
            Model("global2", "r", Op("Prune", """{"amount": 0.5, "scope": "global"}"""))]);
        var scope = Assert.Single(Explain(spec, "layer", "plain", "global", "global2").Variables);
        Assert.Equal(("Prune · scope", VariableKind.Parameter), (scope.Name, scope.Kind));
        Assert.Equal(["none", "layer", "global"], scope.Levels);
        Assert.Equal([1, 0, 2, 2], scope.Values);
    }

    [Fact]
    public void Numbers_are_levels_by_value_in_compact_text_and_booleans_read_as_the_parameter_or_no_parameter()
    {
        var spec = Summary([Root("r"),
            Model("a", "r", Op("Prune", """{"amount": 0.50, "bias": true}""")), Model("b", "r", Op("Prune", """{"amount": 5e-1, "bias": false}""")),
            Model("c", "r", Op("Prune", """{"amount": 0.25, "bias": true}""")), Model("d", "r", Op("Prune", """{"amount": 0.25, "bias": false}"""))]);
        var result = Explain(spec, "a", "b", "c", "d");
        var amount = Assert.Single(result.Variables, v => v.Name == "Prune · amount");
        Assert.Equal(["0.25", "0.5"], amount.Levels);
        Assert.True(amount.Numeric);
        var bias = Assert.Single(result.Variables, v => v.Name == "Prune · bias");
        Assert.Equal(["no bias", "bias"], bias.Levels);
        Assert.False(bias.Numeric);
    }

    [Fact]
    public void Integers_keep_every_digit_and_a_whole_decimal_reads_as_the_integer()
    {
        var spec = Summary([Root("r"), Model("a", "r", Op("Tune", """{"seed": 9007199254740993, "epochs": 5.0}""")),
            Model("b", "r", Op("Tune", """{"seed": 9007199254740992, "epochs": 5}"""))]);
        var seed = Assert.Single(Explain(spec, "a", "b").Variables);
        Assert.Equal(["9007199254740992", "9007199254740993"], seed.Levels);
        Assert.Equal([1, 0], seed.Values);
    }

    [Fact]
    public void Variables_constant_over_the_selection_never_appear()
    {
        var result = Explain(DemoTree(), "cnn-sprune50", "cnn-sprune70", "cnn-sprune90");
        // scope and exclude are the same on all three; only the amount differs.
        Assert.Equal(["Magnitude Prune · amount"], result.Variables.Select(v => v.Name));
    }
}
