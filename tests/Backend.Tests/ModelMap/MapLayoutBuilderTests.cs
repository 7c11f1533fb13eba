// The Model Map's "columns by operation" layout: columns aligned longest path first, siblings ordered as the
// paper orders them, plus forests, degenerate specs and a 10,000-model chain. Parameter order and labels have
// their own files (SiblingOrderTests, ParameterLabelTests); agreement with the paper's own output is PaperLayoutAgreementTests.
using System.Diagnostics;
using CompressCompare.Backend.ModelMap.Layout;
using CompressCompare.Protocol.Spec;
using Xunit.Abstractions;
using static Backend.Tests.ModelMap.LayoutAssert;

namespace Backend.Tests.ModelMap;

public sealed class MapLayoutBuilderTests(ITestOutputHelper output)
{
    [Fact]
    public void Roots_go_in_the_Base_column_and_the_longest_path_sets_the_first_columns()
    {
        var layout = MapLayoutBuilder.Build([M("base"), M("q", "base", "Quantize"), M("p", "base", "Prune"), M("qp", "q", "Prune"), M("qpd", "qp", "Distill")]);
        Assert.Equal([MapLayoutBuilder.BaseColumnLabel, "Quantize", "Prune", "Distill"], Labels(layout));
        Assert.Null(layout.Columns[0].Operation);
        Assert.Equal("Quantize", layout.Columns[1].Operation);
        Assert.Equal("Base", ColumnLabel(layout, "base"));
        Assert.Equal(1, Node(layout, "q").Column);
        Assert.Equal(2, Node(layout, "p").Column);
        Assert.Equal(2, Node(layout, "qp").Column);
        Assert.Equal(3, Node(layout, "qpd").Column);
        EdgesRightward(layout);
    }

    [Fact]
    public void A_column_a_shorter_path_needs_is_inserted_just_right_of_the_parent()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("a", "r", "Prune"), M("b", "r", "Quantize"), M("a1", "a", "Finetune")]);
        Assert.Equal(["Base", "Quantize", "Prune", "Finetune"], Labels(layout));
        EdgesRightward(layout);
    }

    [Fact]
    public void The_longest_path_is_aligned_first_so_a_shorter_path_reuses_its_columns()
    {
        // File order meets Quantize first; aligning depth-first in file order made Base, Quantize, Prune, Quantize.
        var layout = MapLayoutBuilder.Build([M("r"), M("a", "r", "Quantize"), M("b", "r", "Prune"), M("c", "b", "Quantize")]);
        Assert.Equal(["Base", "Prune", "Quantize"], Labels(layout));
        Assert.Equal(2, Node(layout, "a").Column);
        Assert.Equal(2, Node(layout, "c").Column);
        EdgesRightward(layout);
    }

    [Fact]
    public void A_model_whose_operation_column_is_left_of_its_parent_gets_a_column_right_of_the_parent()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("p", "r", "Prune"), M("pq", "p", "Quantize"), M("pqp", "pq", "Prune"),
            M("pqpq", "pqp", "Quantize"), M("pqd", "pq", "Distill"), M("pqpd", "pqp", "Distill"),
        ]);
        // The repeated Prune is inserted just right of Quantize, before Distill; the repeated Quantize after it.
        Assert.Equal(["Base", "Prune", "Quantize", "Prune", "Quantize", "Distill"], Labels(layout));
        Assert.Equal(3, Node(layout, "pqp").Column);
        Assert.Equal(4, Node(layout, "pqpq").Column);
        Assert.Equal(5, Node(layout, "pqd").Column);
        Assert.Equal(5, Node(layout, "pqpd").Column);
        Assert.Equal([0, 1, 2, 3, 4, 5], layout.Columns.Select(c => c.Index));
        EdgesRightward(layout);
    }

    [Fact]
    public void The_same_operation_twice_in_a_row_goes_one_column_further_right_and_siblings_reuse_it()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("f", "r", "Finetune"), M("ff1", "f", "Finetune"), M("ff2", "f", "Finetune")]);
        Assert.Equal(["Base", "Finetune", "Finetune"], Labels(layout));
        Assert.Equal(2, Node(layout, "ff1").Column);
        Assert.Equal(2, Node(layout, "ff2").Column);
        EdgesRightward(layout);
    }

    [Fact]
    public void Children_listed_before_their_parents_lay_out_as_if_in_tree_order()
    {
        var forward = MapLayoutBuilder.Build([M("r"), M("p", "r", "Prune"), M("pq", "p", "Quantize")]);
        var backward = MapLayoutBuilder.Build([M("pq", "p", "Quantize"), M("p", "r", "Prune"), M("r")]);
        Assert.Equal(forward.Nodes, backward.Nodes);
        Assert.Equal(forward.Columns, backward.Columns);
        Assert.Equal(["r", "p", "pq"], backward.Nodes.Select(n => n.Id));
        Assert.Equal([null, "r", "p"], backward.Nodes.Select(n => n.Parent));
    }

    [Fact]
    public void Multiple_roots_each_get_their_own_band_of_rows_in_file_order_when_their_paths_tie()
    {
        var layout = MapLayoutBuilder.Build([M("r1"), M("r2"), M("r1a", "r1", "Prune"), M("r2a", "r2", "Prune"), M("r1b", "r1", "Quantize"), M("r2b", "r2", "Quantize")]);
        Assert.Equal(0, Node(layout, "r1").Column);
        Assert.Equal(0, Node(layout, "r2").Column);
        Assert.True(Node(layout, "r1").Row < Node(layout, "r2").Row);
        // Quantize, aligned after Prune, is inserted just right of Base; siblings further right go on top, as in the paper.
        Assert.Equal(["Base", "Quantize", "Prune"], Labels(layout));
        Assert.Equal(["r1", "r1a", "r1b", "r2", "r2a", "r2b"], layout.Nodes.Select(n => n.Id));
        var r1Rows = new[] { "r1", "r1a", "r1b" }.Select(id => Node(layout, id).Row);
        var r2Rows = new[] { "r2", "r2a", "r2b" }.Select(id => Node(layout, id).Row);
        Assert.True(r1Rows.Max() < r2Rows.Min());
        Assert.Equal(4, layout.RowCount);
        SubtreesContiguous(layout);
    }

    [Fact]
    public void Rows_give_leaves_consecutive_rows_and_a_parent_shares_its_first_childs_row()
    {
        var layout = MapLayoutBuilder.Build([
            M("r"), M("a", "r", "Prune"), M("a1", "a", "Quantize"), M("a2", "a", "Quantize"),
            M("b", "r", "Prune"), M("b1", "b", "Finetune"), M("c", "r", "Quantize"),
        ]);
        // Columns Base, Prune, Quantize, Finetune: c (Quantize) is right of a and b; b's path runs further right than a's.
        Assert.Equal(["Base", "Prune", "Quantize", "Finetune"], Labels(layout));
        var rows = layout.Nodes.ToDictionary(n => n.Id, n => n.Row);
        Assert.Equal(new Dictionary<string, int> { ["r"] = 0, ["c"] = 0, ["b"] = 1, ["b1"] = 1, ["a"] = 2, ["a1"] = 2, ["a2"] = 3 }, rows);
        Assert.Equal(4, layout.RowCount);
        Assert.Equal(3, layout.StepCount);
        Assert.Equal([0, 1, 1, 2, 1, 2, 2], layout.Nodes.Select(n => n.Depth));
        SubtreesContiguous(layout);
        EdgesRightward(layout);
    }

    [Fact]
    public void A_bigger_tree_keeps_subtrees_contiguous_and_every_edge_rightward()
    {
        var models = RandomTree(120, seed: 7);
        var layout = MapLayoutBuilder.Build(models);
        Assert.Equal(models.Count, layout.Nodes.Count);
        Assert.Equal(models.Count - 2, layout.Nodes.Count(n => n.Parent is not null));
        EdgesRightward(layout);
        SubtreesContiguous(layout);
        var again = MapLayoutBuilder.Build(models);
        Assert.Equal(layout.Nodes, again.Nodes);
        Assert.Equal(layout.Columns, again.Columns);
    }

    [Fact]
    public void Missing_bases_cycles_duplicate_ids_and_missing_operations_still_draw_every_model_once()
    {
        var layout = MapLayoutBuilder.Build([
            M("orphan", "does-not-exist", "Prune"), M("x", "y", "Prune"), M("y", "x", "Quantize"),
            M("self", "self", "Prune"), M("orphan"), M("noop", "orphan"),
        ]);
        Assert.Equal(["noop", "orphan", "self", "x", "y"], layout.Nodes.Select(n => n.Id).Order());
        Assert.Equal(0, Node(layout, "orphan").Column);
        Assert.Equal(0, Node(layout, "self").Column);
        Assert.Null(Node(layout, "x").Parent);
        Assert.Equal("x", Node(layout, "y").Parent);
        Assert.Equal(MapLayoutBuilder.NoOperation, ColumnLabel(layout, "noop"));
        EdgesRightward(layout);
    }

    [Fact]
    public void An_empty_spec_lays_out_to_nothing_but_the_Base_column()
    {
        var layout = MapLayoutBuilder.Build([]);
        Assert.Empty(layout.Nodes);
        Assert.Equal(0, layout.RowCount);
        Assert.Equal(0, layout.StepCount);
        Assert.Equal([new LayoutColumn { Index = 0, Operation = null, Label = "Base" }], layout.Columns);
    }

    [Fact]
    public void A_single_model_is_one_root_in_the_Base_column_at_row_0()
    {
        var layout = MapLayoutBuilder.Build([M("only")]);
        Assert.Equal([new LayoutNode { Id = "only", Column = 0, Row = 0, Depth = 0, Parent = null }], layout.Nodes);
        Assert.Equal(1, layout.RowCount);
        Assert.Equal(1, layout.StepCount);
        Assert.Equal(["Base"], Labels(layout));
    }

    [Fact]
    public void A_forest_of_roots_without_children_stacks_them_in_file_order_in_one_column()
    {
        var layout = MapLayoutBuilder.Build([M("c"), M("a"), M("b")]);
        Assert.Equal(["c", "a", "b"], layout.Nodes.Select(n => n.Id));
        Assert.Equal([0, 1, 2], layout.Nodes.Select(n => n.Row));
        Assert.All(layout.Nodes, n => Assert.Equal(0, n.Column));
        Assert.Equal(3, layout.RowCount);
        Assert.Equal(1, layout.StepCount);
    }

    [Fact]
    public void A_forest_of_trees_shares_operation_columns_across_roots()
    {
        var layout = MapLayoutBuilder.Build([
            M("r1"), M("r1p", "r1", "Prune"), M("r1pq", "r1p", "Quantize"),
            M("r2"), M("r2q", "r2", "Quantize"), M("r2p", "r2", "Prune"),
        ]);
        Assert.Equal(["Base", "Prune", "Quantize"], Labels(layout));
        // r2's Quantize child sits in the one Quantize column even though its parent is in Base, not Prune.
        Assert.Equal(2, Node(layout, "r2q").Column);
        Assert.Equal(1, Node(layout, "r2p").Column);
        // r2's top path reaches the Quantize column one step sooner than r1's, so r2 goes on top, as in the paper.
        Assert.Equal(["r2", "r2q", "r2p", "r1", "r1p", "r1pq"], layout.Nodes.Select(n => n.Id));
        Assert.Equal(3, layout.RowCount);
        SubtreesContiguous(layout);
        EdgesRightward(layout);
    }

    [Fact]
    public void Models_with_a_base_but_no_operation_share_one_no_operation_column()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("a", "r"), M("b", "r"), M("p", "r", "Prune"), M("pa", "p")]);
        Assert.Equal(["Base", "Prune", MapLayoutBuilder.NoOperation], Labels(layout));
        Assert.Equal(2, Node(layout, "a").Column);
        Assert.Equal(2, Node(layout, "b").Column);
        Assert.Equal(2, Node(layout, "pa").Column);
        Assert.Equal(MapLayoutBuilder.NoOperation, layout.Columns[2].Operation);
        EdgesRightward(layout);
    }

    [Fact]
    public void A_cycle_promotes_its_first_model_in_file_order_to_a_root_and_hangs_the_rest_from_it()
    {
        // c → a → b → c, listed b, c, a: b comes first in the file, so it is the promoted root.
        var layout = MapLayoutBuilder.Build([M("root"), M("b", "a", "Prune"), M("c", "b", "Quantize"), M("a", "c", "Finetune"), M("k", "root", "Prune")]);
        Assert.Equal(["root", "k", "b", "c", "a"], layout.Nodes.Select(n => n.Id));
        Assert.Equal([null, "root", null, "b", "c"], layout.Nodes.Select(n => n.Parent));
        Assert.Equal([0, 1, 0, 1, 2], layout.Nodes.Select(n => n.Depth));
        Assert.Equal(0, Node(layout, "b").Column);
        Assert.Equal(3, layout.StepCount);
        SubtreesContiguous(layout);
        EdgesRightward(layout);
    }

    [Fact]
    public void Duplicate_ids_are_drawn_once_with_the_first_occurrences_base_and_operation()
    {
        var layout = MapLayoutBuilder.Build([M("r"), M("d", "r", "Prune"), M("d", "r", "Quantize"), M("e", "d", "Quantize")]);
        Assert.Equal(["r", "d", "e"], layout.Nodes.Select(n => n.Id));
        Assert.Equal("Prune", ColumnLabel(layout, "d"));
        Assert.Equal(["Base", "Prune", "Quantize"], Labels(layout));
    }

    // Timing belongs to `bench overview` (machines here are shared and noisy); these tests only log it.
    [Fact]
    public void A_10000_model_chain_lays_out_without_overflowing_the_stack()
    {
        var operations = new[] { "Prune", "Quantize", "Finetune" };
        var models = Enumerable.Range(0, 10_000).Select(i => i == 0 ? M("m0") : M($"m{i}", $"m{i - 1}", operations[i % 3])).ToList();
        MapLayoutBuilder.Build(models);
        var watch = Stopwatch.StartNew();
        var layout = MapLayoutBuilder.Build(models);
        watch.Stop();
        output.WriteLine($"10,000-model chain: {watch.Elapsed.TotalMilliseconds:F1} ms, {layout.Columns.Count} columns");
        Assert.Equal(10_000, layout.StepCount);
        Assert.Equal(1, layout.RowCount);
        Assert.Equal(9_999, layout.Nodes[^1].Depth);
        // Every step repeats an operation two steps back, so each model needs a column of its own.
        Assert.Equal(10_000, layout.Columns.Count);
        Assert.Equal(Enumerable.Range(0, 10_000), layout.Nodes.Select(n => n.Column));
    }

    [Fact]
    public void A_10000_model_bushy_tree_keeps_every_edge_rightward_and_every_subtree_contiguous()
    {
        var models = RandomTree(10_000, seed: 11);
        MapLayoutBuilder.Build(models);
        var watch = Stopwatch.StartNew();
        var layout = MapLayoutBuilder.Build(models);
        watch.Stop();
        output.WriteLine($"10,000-model random tree: {watch.Elapsed.TotalMilliseconds:F1} ms, {layout.Columns.Count} columns, {layout.RowCount} rows");
        Assert.Equal(10_000, layout.Nodes.Count);
        EdgesRightward(layout);
        SubtreesContiguous(layout);
    }

    // Deterministic pseudo-random tree with two roots, including repeated operations down a path (the
    // same generator as the webview's test).
    static List<ModelSummary> RandomTree(int count, long seed)
    {
        var operations = new[] { "Prune", "Quantize", "Finetune", "Distill" };
        var models = new List<ModelSummary> { M("root0"), M("root1") };
        int Rand(int n) => (int)((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
        for (var i = 0; i < count - 2; i++) models.Add(M($"n{i}", models[Rand(models.Count)].Id, operations[Rand(operations.Length)]));
        return models;
    }
}
