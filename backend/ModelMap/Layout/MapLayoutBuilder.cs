// The Model Map's "columns by operation" layout: pure, so it is unit-tested without a webview and timed
// on its own by `bench overview`. It follows the paper's layout (Compress and Compare, commit 165f07e),
// checked against vectors of the paper's own output in tests/fixtures/paper/vectors/layout/.
//
// Columns (PathColumnAligner): roots sit in our "Base" column 0; root-to-leaf paths are aligned longest
// first, each model taking the first column of its operation right of its parent's before a new column is
// inserted just right of the parent, so a column is reused for the same operation and every edge points
// rightward.
//
// Rows: siblings are ordered as the paper orders them (SiblingOrder: by parameter value, then columns,
// then the longer path on top); leaves take consecutive rows in that depth-first order and a parent shares
// the row of its first child. Each subtree therefore owns a contiguous band of rows, the first-child chain
// reads as a straight line and the other children branch off below it.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Layout;

public static class MapLayoutBuilder
{
    public const string BaseColumnLabel = "Base";
    /// <summary>Column of a model that has a base but names no operation (an invalid spec still draws).</summary>
    public const string NoOperation = "(no operation)";

    public static MapLayout Build(IReadOnlyList<ModelSummary> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var tree = ProvenanceForest.From(models);
        // Parameter values and then their labels on a second core, while this one aligns the columns and orders the
        // siblings: at 100,000 models each side took about 50 ms. Labels read the siblings as read, which SiblingOrder
        // leaves alone. The tasks need nothing from this thread: on a busy pool a wait may run one here, or waits for
        // a pool thread, never for this one.
        var parametersRead = Task.Run(() => new ParameterValues(tree));
        var labelled = parametersRead.ContinueWith(
            read => ParameterLabels.For(tree, read.GetAwaiter().GetResult()),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var columns = new PathColumnAligner(tree);
        var columnOf = columns.ColumnIndices();
        var parameters = parametersRead.GetAwaiter().GetResult();
        SiblingOrder.Apply(tree, columnOf, parameters);
        var order = tree.DepthFirst();
        var rows = AssignRows(order);
        var labels = labelled.GetAwaiter().GetResult();

        // The ids gathered in file order, where the models lie one after another in memory: read in walk order instead,
        // each model was a jump across the parse's whole heap (at 100,000 models, a third of this loop's time).
        var ids = new string[tree.Count];
        for (var m = 0; m < ids.Length; m++) ids[m] = tree.Models[m].Id;
        var nodes = new LayoutNode[order.Count];
        var stepCount = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var visit = order[i];
            nodes[i] = new LayoutNode
            {
                Id = ids[visit.Model],
                Column = columnOf[visit.Model],
                Row = rows[i],
                Depth = visit.Depth,
                Parent = visit.ParentVisit < 0 ? null : nodes[visit.ParentVisit].Id,
                ParameterLabel = labels[visit.Model],
            };
            stepCount = Math.Max(stepCount, visit.Depth + 1);
        }
        return new MapLayout
        {
            Nodes = nodes,
            Columns = columns.Columns(),
            RowCount = order.Count == 0 ? 0 : rows.Max() + 1,
            StepCount = stepCount,
        };
    }

    // In pre-order a node's first child, when it has one, is the very next visit; that makes both
    // passes linear.
    static int[] AssignRows(IReadOnlyList<ProvenanceForest.Visit> order)
    {
        var rows = new int[order.Count];
        var hasChild = new bool[order.Count];
        for (var i = 0; i + 1 < order.Count; i++) hasChild[i] = order[i + 1].ParentVisit == i;
        var next = 0;
        for (var i = 0; i < order.Count; i++) if (!hasChild[i]) rows[i] = next++;
        for (var i = order.Count - 1; i >= 0; i--) if (hasChild[i]) rows[i] = rows[i + 1];
        return rows;
    }
}
