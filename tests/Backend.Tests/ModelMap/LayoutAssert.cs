// Builders and invariants shared by the Model Map layout tests.
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.ModelMap;

internal static class LayoutAssert
{
    /// <summary>A model with only what the layout reads: id, base and operation name (null: no operation).</summary>
    public static ModelSummary M(string id, string? baseId = null, string? operation = null) => new()
    {
        Id = id,
        Base = baseId,
        Operation = operation is null ? null : new OperationApplication { Name = operation, Parameters = new Dictionary<string, System.Text.Json.JsonElement>() },
        Metrics = new Dictionary<string, double?>(),
        Line = 1,
        Column = 1,
    };

    /// <summary>A model made by <paramref name="operation"/> with the parameters of <paramref name="parameters"/> (an anonymous object: amount = 0.5).</summary>
    public static ModelSummary M(string id, string baseId, string operation, object parameters) => M(id, baseId, operation) with
    {
        Operation = new OperationApplication
        {
            Name = operation,
            Parameters = System.Text.Json.JsonSerializer.SerializeToElement(parameters).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        },
    };

    /// <summary>Ids top to bottom, as drawn.</summary>
    public static string[] TopToBottom(MapLayout layout, params string[] ids) => [.. ids.OrderBy(id => Node(layout, id).Row)];

    public static LayoutNode Node(MapLayout layout, string id) =>
        layout.Nodes.SingleOrDefault(n => n.Id == id) ?? throw new Xunit.Sdk.XunitException($"no node {id}");

    public static string ColumnLabel(MapLayout layout, string id) => layout.Columns[Node(layout, id).Column].Label;

    public static string[] Labels(MapLayout layout) => layout.Columns.Select(c => c.Label).ToArray();

    public static void EdgesRightward(MapLayout layout)
    {
        var byId = layout.Nodes.ToDictionary(n => n.Id);
        foreach (var n in layout.Nodes.Where(n => n.Parent is not null))
            Assert.True(byId[n.Parent!].Column < n.Column, $"{n.Parent} → {n.Id} is not rightward");
    }

    /// <summary>Every subtree's rows form one contiguous band, disjoint from its siblings' bands; no two nodes share a cell.</summary>
    public static void SubtreesContiguous(MapLayout layout)
    {
        var byId = layout.Nodes.ToDictionary(n => n.Id);
        var children = layout.Nodes.Where(n => n.Parent is not null).GroupBy(n => n.Parent!).ToDictionary(g => g.Key, g => g.Select(n => n.Id).ToList());
        var rows = new Dictionary<string, (int Min, int Max, int Count)>();
        // Reverse pre-order meets every child before its parent, so no recursion is needed.
        foreach (var n in layout.Nodes.Reverse())
        {
            var kids = children.GetValueOrDefault(n.Id) ?? [];
            var distinct = new HashSet<int> { n.Row };
            var (min, max) = (n.Row, n.Row);
            var count = 1;
            for (var i = 0; i < kids.Count; i++)
            {
                var band = rows[kids[i]];
                if (i > 0) Assert.True(band.Min > rows[kids[i - 1]].Max, $"{kids[i - 1]} and {kids[i]} overlap");
                (min, max) = (Math.Min(min, band.Min), Math.Max(max, band.Max));
                count += band.Count - (band.Min <= n.Row && n.Row <= band.Max ? 1 : 0);
            }
            Assert.True(max - min + 1 == count, $"rows of {n.Id}'s subtree are not contiguous: {min}..{max} holds {count} rows");
            rows[n.Id] = (min, max, count);
        }
        var cells = layout.Nodes.Select(n => (n.Column, n.Row)).ToList();
        Assert.True(cells.Distinct().Count() == cells.Count, "two nodes share a cell");
    }
}
