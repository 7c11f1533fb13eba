// Which sibling goes on top: by parameter value as the paper compares values (JavaScript's == and <), then by
// how far right the siblings' paths run, then the longer path on top, then file order.
using CompressCompare.Backend.ModelMap.Layout;
using static Backend.Tests.ModelMap.LayoutAssert;

namespace Backend.Tests.ModelMap;

public sealed class SiblingOrderTests
{
    [Fact]
    public void A_pruning_sweep_listed_in_shuffled_order_is_stacked_by_amount_smallest_on_the_parents_row()
    {
        double[] amounts = [0.7, 0.99, 0.5, 0.1, 0.95, 0.3, 0.9];
        var layout = MapLayoutBuilder.Build([M("r"), .. amounts.Select(a => M($"p{a}", "r", "Prune", new { amount = a }))]);
        Assert.Equal(["p0.1", "p0.3", "p0.5", "p0.7", "p0.9", "p0.95", "p0.99"], TopToBottom(layout, [.. amounts.Select(a => $"p{a}")]));
        Assert.Equal(Node(layout, "r").Row, Node(layout, "p0.1").Row);
        SubtreesContiguous(layout);
    }

    [Fact]
    public void Parameters_are_read_in_ordinal_name_order_and_the_first_that_differs_decides()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"),
            M("a", "r", "Prune", new { method = "b", amount = 0.5 }),
            M("b", "r", "Prune", new { method = "a", amount = 0.5 }),
            M("c", "r", "Prune", new { method = "a", amount = 0.3 }),
        ]);
        // "amount" sorts before "method": amount decides between c and the others, method between a and b.
        Assert.Equal(["c", "b", "a"], TopToBottom(layout, "a", "b", "c"));
    }

    [Fact]
    public void Numbers_compare_as_numbers_and_strings_by_code_unit()
    {
        var numbers = MapLayoutBuilder.Build([M("r"), M("e10", "r", "Train", new { epochs = 10 }), M("e9", "r", "Train", new { epochs = 9 })]);
        Assert.Equal(["e9", "e10"], TopToBottom(numbers, "e10", "e9"));
        // Upper case sorts before lower case, and "int8" before "int16"'s second digit makes it larger: code units, not natural order.
        var strings = MapLayoutBuilder.Build([
            M("r"), M("lower", "r", "Quantize", new { bits = "int8" }), M("upper", "r", "Quantize", new { bits = "Int8" }), M("wide", "r", "Quantize", new { bits = "int16" }),
        ]);
        Assert.Equal(["upper", "wide", "lower"], TopToBottom(strings, "lower", "upper", "wide"));
        // A number against a numeric string compares as numbers (JavaScript's 9 < "10").
        var mixed = MapLayoutBuilder.Build([M("r"), M("text", "r", "Train", new { epochs = "10" }), M("number", "r", "Train", new { epochs = 9 })]);
        Assert.Equal(["number", "text"], TopToBottom(mixed, "text", "number"));
    }

    [Fact]
    public void A_sibling_missing_a_parameter_goes_above_one_that_has_it_whatever_the_file_order()
    {
        // JavaScript's 0.9 < undefined is false, so the paper sorts the model that has the value after.
        var full = M("full", "r", "Prune", new { amount = 0.9, method = "x" });
        var bare = M("bare", "r", "Prune", new { method = "x" });
        Assert.Equal(["bare", "full"], TopToBottom(MapLayoutBuilder.Build([M("r"), full, bare]), "bare", "full"));
        Assert.Equal(["bare", "full"], TopToBottom(MapLayoutBuilder.Build([M("r"), bare, full]), "bare", "full"));
    }

    [Fact]
    public void Siblings_with_equal_parameters_are_ordered_by_their_first_children()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("a", "r", "Prune", new { amount = 0.5 }), M("b", "r", "Prune", new { amount = 0.5 }),
            M("a1", "a", "Quantize", new { bits = 8 }), M("b1", "b", "Quantize", new { bits = 4 }),
        ]);
        Assert.Equal(["b", "a"], TopToBottom(layout, "a", "b"));
        SubtreesContiguous(layout);
    }

    [Fact]
    public void Siblings_of_different_operations_put_the_one_further_right_on_top_then_the_longer_path()
    {
        var columns = MapLayoutBuilder.Build([M("r"), M("p", "r", "Prune"), M("q", "r", "Quantize"), M("pq", "p", "Quantize")]);
        Assert.Equal(["Base", "Prune", "Quantize"], Labels(columns));
        Assert.Equal(["q", "p"], TopToBottom(columns, "p", "q"));
        var lengths = MapLayoutBuilder.Build([M("r"), M("short", "r", "Prune"), M("long", "r", "Prune"), M("long1", "long", "Finetune")]);
        // Equal parameters, and the same columns as far as both go: the longer path takes the top row.
        Assert.Equal(["long", "short"], TopToBottom(lengths, "short", "long"));
    }

    [Fact]
    public void Ties_keep_file_order()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("x", "r", "Prune", new { amount = 0.5 }), M("y", "r", "Prune", new { amount = 0.5 }), M("z", "r", "Prune", new { amount = 0.5 })]);
        Assert.Equal(["x", "y", "z"], layout.Nodes.Skip(1).Select(n => n.Id));
    }
}
