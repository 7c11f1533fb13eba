// The short label beside each model on the map: the parameter values that set it apart from its siblings made by
// the same operation, and nothing where nothing does.
using CompressCompare.Backend.ModelMap.Layout;
using static Backend.Tests.ModelMap.LayoutAssert;

namespace Backend.Tests.ModelMap;

public sealed class ParameterLabelTests
{
    static string? LabelOf(CompressCompare.Protocol.Spec.MapLayout layout, string id) => Node(layout, id).ParameterLabel;

    [Fact]
    public void Fractions_read_as_percentages_and_only_the_differing_parameter_is_named()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("a", "r", "Prune", new { amount = 0.5, method = "magnitude" }), M("b", "r", "Prune", new { amount = 0.07, method = "magnitude" }),
        ]);
        Assert.Equal("50%", LabelOf(layout, "a"));
        Assert.Equal("7%", LabelOf(layout, "b"));
    }

    [Fact]
    public void Text_values_read_as_they_are_and_whole_numbers_with_their_name()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("q8", "r", "Quantize", new { precision = "int8" }), M("q16", "r", "Quantize", new { precision = "float16" }),
            M("t5", "r", "Train", new { epochs = 5 }), M("t90", "r", "Train", new { epochs = 90 }),
        ]);
        Assert.Equal("int8", LabelOf(layout, "q8"));
        Assert.Equal("float16", LabelOf(layout, "q16"));
        Assert.Equal("epochs 5", LabelOf(layout, "t5"));
        Assert.Equal("epochs 90", LabelOf(layout, "t90"));
    }

    [Fact]
    public void Several_differing_parameters_are_joined_and_booleans_never_read_as_bare_true_or_false()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("a", "r", "Prune", new { layers = "attention", sparsity = 0.3, global = true }),
            M("b", "r", "Prune", new { layers = "feedforward", sparsity = 0.5, global = false }),
        ]);
        Assert.Equal("global · attention · 30%", LabelOf(layout, "a"));
        Assert.Equal("no global · feedforward · 50%", LabelOf(layout, "b"));
    }

    [Fact]
    public void Nothing_is_said_for_roots_lone_children_identical_recipes_or_siblings_of_other_operations()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("p", "r", "Prune", new { amount = 0.5 }), M("q", "r", "Quantize", new { bits = 8 }),
            M("p1", "p", "Train", new { epochs = 3 }), M("p2", "p", "Train", new { epochs = 3 }),
        ]);
        Assert.All(layout.Nodes, n => Assert.Null(n.ParameterLabel));
    }

    [Fact]
    public void A_sibling_without_the_parameter_gets_no_text_for_it()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("a", "r", "Prune", new { amount = 0.5 }), M("b", "r", "Prune", new { })]);
        Assert.Equal("50%", LabelOf(layout, "a"));
        Assert.Null(LabelOf(layout, "b"));
    }

    // Parsed models share one key array per parameter shape, and numbers are read as doubles: the label must still
    // spell each value as its JSON does, digits a double cannot hold included.
    [Fact]
    public void Parsed_numbers_arrays_and_objects_read_as_the_spec_writes_them()
    {
        string[] values = ["5.0", "1e2", "-0", "2.5", "12345678901234567", "[1, \"a\"]", "{\"k\": 1}"];
        var models = string.Join(",", values.Select((v, i) => "{\"id\": \"t" + i + "\", \"base\": \"r\", \"operation\": {\"name\": \"Train\", \"parameters\": {\"epochs\": " + v + "}}}"));
        var parsed = CompressCompare.Backend.Spec.SpecParser.Parse("/spec/models.json", $$"""{"models": [{"id": "r"}, {{models}}]}""", CancellationToken.None);
        var layout = MapLayoutBuilder.Build(parsed.Models);
        string[] expected = ["epochs 5", "epochs 100", "epochs 0", "epochs 2.5", "epochs 12345678901234567", "1, a", "epochs {\"k\": 1}"];
        Assert.Equal(expected, values.Select((_, i) => LabelOf(layout, $"t{i}")));
    }

    [Fact]
    public void Labels_do_not_depend_on_the_order_siblings_are_listed_in()
    {
        // The layout labels siblings as read while another thread sorts them, which is only sound if their order never matters.
        CompressCompare.Protocol.Spec.ModelSummary[] models = [
            M("r"), M("s"),
            M("a", "r", "Prune", new { amount = 0.5, scope = "global" }), M("b", "r", "Prune", new { amount = 0.3 }),
            M("c", "r", "Prune", new { amount = 0.5, scope = "local" }), M("q8", "r", "Quantize", new { bits = 8 }),
            M("q4", "r", "Quantize", new { bits = 4 }), M("t", "a", "Train", new { epochs = 5 }),
            M("u", "a", "Train", new { epochs = 5, rate = 0.1 }), M("v", "a", "Train", new { epochs = 90, rate = 0.1 }),
        ];
        static string[] LabelsById(CompressCompare.Protocol.Spec.MapLayout layout) =>
            [.. layout.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => $"{n.Id}={n.ParameterLabel}")];
        var expected = LabelsById(MapLayoutBuilder.Build(models));
        Assert.Contains("c=50% · local", expected);
        var random = new Random(17);
        for (var i = 0; i < 20; i++)
        {
            var shuffled = models.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, LabelsById(MapLayoutBuilder.Build(shuffled)));
        }
    }
}
