// Columns of the Model Map as the paper's layout (Compress and Compare, map_layout.ts at commit 165f07e)
// assigns them: root-to-leaf paths are aligned one at a time, longest first, and a model reuses the first
// column of its operation that lies right of its parent before a new column is made for it.
//
// Path order: longer paths first, then paths whose operation sequences sort first (ordinal names), then
// leaves in file order. For each path, the models not yet placed are a suffix below an already placed
// ancestor (every earlier path was placed whole). Pass one gives each of them, top-down, the first column
// of its operation right of the last model placed on the path, skipping the ones that find none; pass two
// inserts a new column for each skipped model just right of its parent. That keeps every edge rightward
// and makes a column only where no existing one could take the model: the paper's column counts, without
// its copying of the whole column list per path (which made its layout take minutes at 10,000 models).
//
// Roots all go in our own "Base" column, column 0 (the paper puts a root in the column of the operation
// it records, if any).
namespace CompressCompare.Backend.ModelMap.Layout;

internal sealed class PathColumnAligner
{
    sealed class Column(int operation)
    {
        /// <summary>Interned operation, or -1 for the roots' column.</summary>
        public int Operation { get; } = operation;
        public int Index { get; set; }
    }

    readonly ProvenanceForest tree;
    readonly List<Column> columns = [new(-1)];
    /// <summary>Each operation's columns, left to right.</summary>
    readonly List<Column>[] columnsOf;
    readonly Column?[] columnOf;

    public PathColumnAligner(ProvenanceForest tree)
    {
        this.tree = tree;
        columnsOf = new List<Column>[tree.OperationNames.Count];
        for (var i = 0; i < columnsOf.Length; i++) columnsOf[i] = [];
        columnOf = new Column?[tree.Count];
        var suffix = new List<int>();
        var skipped = new List<int>();
        foreach (var leaf in LeavesInPathOrder()) PlacePath(leaf, suffix, skipped);
    }

    /// <summary>Final column index of every model, by model index.</summary>
    public int[] ColumnIndices() => [.. columnOf.Select(c => c!.Index)];

    /// <summary>The columns left to right, with their headers.</summary>
    public IReadOnlyList<CompressCompare.Protocol.Spec.LayoutColumn> Columns() =>
        [.. columns.Select(c =>
        {
            var operation = c.Operation < 0 ? null : tree.OperationNames[c.Operation];
            return new CompressCompare.Protocol.Spec.LayoutColumn { Index = c.Index, Operation = operation, Label = operation ?? MapLayoutBuilder.BaseColumnLabel };
        })];

    void PlacePath(int leaf, List<int> suffix, List<int> skipped)
    {
        suffix.Clear();
        skipped.Clear();
        for (var m = leaf; m >= 0 && columnOf[m] is null; m = tree.Parent(m)) suffix.Add(m);
        suffix.Reverse();
        var anchor = tree.Parent(suffix[0]);
        var lower = anchor < 0 ? 0 : columnOf[anchor]!.Index + 1;
        foreach (var m in suffix)
        {
            if (tree.Parent(m) < 0)
            {
                columnOf[m] = columns[0];
                lower = 1;
                continue;
            }
            var found = FirstAtOrAfter(tree.Operation(m), lower);
            if (found is null)
            {
                skipped.Add(m);
                continue;
            }
            columnOf[m] = found;
            lower = found.Index + 1;
        }
        // Top-down, so each skipped model's parent has its column by now.
        foreach (var m in skipped) columnOf[m] = Insert(tree.Operation(m), columnOf[tree.Parent(m)]!.Index + 1);
    }

    Column? FirstAtOrAfter(int operation, int index)
    {
        var at = PositionAtOrAfter(columnsOf[operation], index);
        return at < columnsOf[operation].Count ? columnsOf[operation][at] : null;
    }

    Column Insert(int operation, int index)
    {
        var column = new Column(operation);
        columns.Insert(index, column);
        for (var i = index; i < columns.Count; i++) columns[i].Index = i;
        // The operation's columns right of the new one have all moved on by one.
        var list = columnsOf[operation];
        list.Insert(PositionAtOrAfter(list, index + 1), column);
        return column;
    }

    /// <summary>Position in <paramref name="list"/> (sorted by index) of the first column at or right of <paramref name="index"/>.</summary>
    static int PositionAtOrAfter(List<Column> list, int index)
    {
        var (lo, hi) = (0, list.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Index < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Leaves, longest path first, then by the ordinal order of their paths' operation names, then in file order.</summary>
    int[] LeavesInPathOrder()
    {
        var (trieOf, rankOfNode) = OperationSequenceTrie();
        // The models of one trie node share their path's length and rank, so sorting the (few) trie nodes and dealing
        // each node's leaves out in file order gives the three-key order without sorting the leaves themselves
        // (at 100,000 models that sort was a tenth of the layout).
        var depthOf = new int[rankOfNode.Length];
        var leavesOf = new int[rankOfNode.Length];
        var leafCount = 0;
        for (var m = 0; m < tree.Count; m++)
        {
            depthOf[trieOf[m]] = tree.Depth(m);
            if (tree.Children(m).Length > 0) continue;
            leavesOf[trieOf[m]]++;
            leafCount++;
        }
        // Ranks are distinct, so (longer first, then rank) is a total order of the nodes.
        var nodeOfRank = new int[rankOfNode.Length];
        var keys = new long[rankOfNode.Length];
        for (var node = 0; node < keys.Length; node++)
        {
            nodeOfRank[rankOfNode[node]] = node;
            keys[node] = ((long)(int.MaxValue - depthOf[node]) << 32) | (uint)rankOfNode[node];
        }
        Array.Sort(keys);
        var next = new int[rankOfNode.Length];
        var placed = 0;
        foreach (var key in keys)
        {
            var node = nodeOfRank[(int)(key & uint.MaxValue)];
            next[node] = placed;
            placed += leavesOf[node];
        }
        var leaves = new int[leafCount];
        for (var m = 0; m < tree.Count; m++)
            if (tree.Children(m).Length == 0) leaves[next[trieOf[m]]++] = m;
        return leaves;
    }

    /// <summary>
    /// Each model's node in a trie of the operation sequences of its path, and each node's rank: its pre-order position
    /// when the trie's branches are sorted by name, so sequences of equal length compare by rank as the paper compares
    /// them, name by name from the root.
    /// </summary>
    (int[] TrieOf, int[] RankOfNode) OperationSequenceTrie()
    {
        var trieOf = new int[tree.Count];
        var branches = new List<List<(int Operation, int Node)>> { new() };
        var branchOf = new Dictionary<(int Node, int Operation), int>();
        foreach (var model in tree.PreorderAsRead)
        {
            if (tree.Parent(model) < 0)
            {
                trieOf[model] = 0;
                continue;
            }
            var from = trieOf[tree.Parent(model)];
            var operation = tree.Operation(model);
            if (!branchOf.TryGetValue((from, operation), out var node))
            {
                node = branches.Count;
                branches.Add([]);
                branches[from].Add((operation, node));
                branchOf.Add((from, operation), node);
            }
            trieOf[model] = node;
        }
        // The paper sorts a missing operation as the empty name, before every other.
        string Name(int operation) => tree.OperationNames[operation] == MapLayoutBuilder.NoOperation ? "" : tree.OperationNames[operation];
        var rankOfNode = new int[branches.Count];
        var next = 0;
        var stack = new Stack<int>([0]);
        // One delegate for the walk: a lambda in the loop was a new one per trie node.
        Comparison<(int Operation, int Node)> byName = (a, b) => string.CompareOrdinal(Name(a.Operation), Name(b.Operation));
        while (stack.TryPop(out var node))
        {
            rankOfNode[node] = next++;
            var kids = branches[node];
            kids.Sort(byName);
            for (var k = kids.Count - 1; k >= 0; k--) stack.Push(kids[k].Node);
        }
        return (trieOf, rankOfNode);
    }
}
