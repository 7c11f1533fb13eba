// Places each visit of the depth-first walk in a column (see MapLayoutBuilder for the rule).
//
// Columns form a linked list, so inserting one never shifts earlier placements. The answer to "first
// column right of column P that holds operation O" never changes once found: a later column for O is
// only ever inserted right of a column that has no O column to its right, which cannot lie between P and
// its answer. So each (column, operation) pair is searched once and then cached, and placing n models
// costs O(n) plus a search per distinct pair, instead of a scan of the columns per model.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Layout;

internal sealed class ColumnPlacer
{
    sealed class Slot(int operation)
    {
        /// <summary>Interned operation, or -1 for the roots' column.</summary>
        public int Operation { get; } = operation;
        public Slot? Next { get; set; }
        public int Index { get; set; }
    }

    readonly ProvenanceForest tree;
    readonly Slot first = new(-1);
    readonly Slot[] slotOfVisit;
    readonly Dictionary<(Slot Parent, int Operation), Slot> rightOf = [];

    public ColumnPlacer(ProvenanceForest tree, IReadOnlyList<ProvenanceForest.Visit> order)
    {
        this.tree = tree;
        CreateColumnsInFirstAppearanceOrder(order);
        slotOfVisit = new Slot[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var visit = order[i];
            slotOfVisit[i] = visit.ParentVisit < 0 ? first
                : Place(slotOfVisit[visit.ParentVisit], tree.Operation(visit.Model));
        }
        var index = 0;
        for (var slot = first; slot is not null; slot = slot.Next) slot.Index = index++;
    }

    public int ColumnOf(int visit) => slotOfVisit[visit].Index;

    public IReadOnlyList<LayoutColumn> Columns()
    {
        var columns = new List<LayoutColumn>();
        for (var slot = first; slot is not null; slot = slot.Next)
        {
            var operation = slot.Operation < 0 ? null : tree.OperationNames[slot.Operation];
            columns.Add(new LayoutColumn { Index = slot.Index, Operation = operation, Label = operation ?? MapLayoutBuilder.BaseColumnLabel });
        }
        return columns;
    }

    void CreateColumnsInFirstAppearanceOrder(IReadOnlyList<ProvenanceForest.Visit> order)
    {
        var seen = new bool[tree.OperationNames.Count];
        var last = first;
        foreach (var visit in order)
        {
            var operation = tree.Operation(visit.Model);
            if (visit.ParentVisit < 0 || seen[operation]) continue;
            seen[operation] = true;
            last = last.Next = new Slot(operation);
        }
    }

    Slot Place(Slot parent, int operation)
    {
        if (rightOf.TryGetValue((parent, operation), out var cached)) return cached;
        var slot = parent.Next;
        while (slot is not null && slot.Operation != operation) slot = slot.Next;
        if (slot is null)
        {
            slot = new Slot(operation) { Next = parent.Next };
            parent.Next = slot;
        }
        rightOf.Add((parent, operation), slot);
        return slot;
    }
}
