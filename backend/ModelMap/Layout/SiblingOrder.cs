// Which sibling goes on top on the Model Map, as the paper orders them (Compress and Compare at commit 165f07e:
// layoutModels in map_layout.ts with ModelMap.svelte's sortByOperation). The paper sorts root-to-leaf paths and
// lays out a subtree's first path on its top row; a sibling's place is that of its best path, which is the
// sibling followed by the best path of its own first child: its "spine". Two siblings compare by their spines:
//   1. step by step down both spines, the first pair of models made by the same operation whose parameters differ
//      decides, smaller values first (ParameterValueOrder); a pair where neither names an operation stops this;
//   2. else the spine whose columns, step by step, are further right first;
//   3. else the longer spine first; else file order.
// Roots compare from rule 2 on (the paper compares parameters only below a shared root); roots promoted out of a
// base cycle stay below the others.
// Children are sorted bottom-up, so every spine is known before its parent's children are compared.
namespace CompressCompare.Backend.ModelMap.Layout;

internal sealed class SiblingOrder
{
    readonly ProvenanceForest tree;
    readonly int[] column;
    /// <summary>The first child once sorted, -1 for a leaf.</summary>
    readonly int[] spine;
    /// <summary>Number of models on the spine, the model included.</summary>
    readonly int[] spineLength;
    readonly ParameterValues parameters;
    int[] scratch = [];

    SiblingOrder(ProvenanceForest tree, int[] column, ParameterValues parameters)
    {
        this.tree = tree;
        this.column = column;
        this.parameters = parameters;
        spine = new int[tree.Count];
        spineLength = new int[tree.Count];
    }

    /// <summary>Sorts every model's children, and the roots, in place in <paramref name="tree"/>.</summary>
    public static void Apply(ProvenanceForest tree, int[] column, ParameterValues parameters)
    {
        var order = new SiblingOrder(tree, column, parameters);
        // Children before their parents: the as-read pre-order backwards (sorting children does not change who they are).
        var walk = tree.PreorderAsRead;
        for (var i = walk.Length - 1; i >= 0; i--)
        {
            var model = walk[i];
            var children = tree.Children(model);
            if (children.Length > 1) order.Sort(children, sameParent: true);
            order.spine[model] = children.Length > 0 ? children[0] : -1;
            order.spineLength[model] = children.Length > 0 ? 1 + order.spineLength[children[0]] : 1;
        }
        order.Sort(tree.Roots.AsSpan(0, tree.BaselessRootCount), sameParent: false);
        order.Sort(tree.Roots.AsSpan(tree.BaselessRootCount), sameParent: false);
    }

    void Sort(Span<int> siblings, bool sameParent)
    {
        if (scratch.Length < siblings.Length) scratch = new int[siblings.Length];
        // A struct comparer rather than a Comparison delegate: no delegate per family of siblings for the GC to sweep
        // (tens of thousands at 100,000 models), and MergeSort's calls no longer go through one.
        MergeSort(siblings, scratch.AsSpan(0, siblings.Length), new Comparer(this, sameParent));
    }

    readonly struct Comparer(SiblingOrder order, bool sameParent)
    {
        public int Compare(int a, int b) => sameParent ? order.CompareSiblings(a, b) : order.CompareRoots(a, b);
    }

    int CompareSiblings(int a, int b)
    {
        var byParameters = CompareParameters(a, b);
        return byParameters != 0 ? byParameters : CompareRoots(a, b);
    }

    int CompareRoots(int a, int b)
    {
        for (int x = a, y = b; x >= 0 && y >= 0; x = spine[x], y = spine[y])
            if (column[x] != column[y]) return column[y].CompareTo(column[x]);
        var byLength = spineLength[b].CompareTo(spineLength[a]);
        return byLength != 0 ? byLength : a.CompareTo(b);
    }

    int CompareParameters(int a, int b)
    {
        for (int x = a, y = b; x >= 0 && y >= 0; x = spine[x], y = spine[y])
        {
            // Interned operation ids are equal exactly when the names are; models without an operation share one.
            var (first, second) = (tree.Operation(x), tree.Operation(y));
            if (first != second) continue;
            if (first == tree.NoOperation) return 0;
            var decided = ParameterValueOrder.Compare(parameters, x, y);
            if (decided != 0) return decided;
        }
        return 0;
    }

    /// <summary>
    /// Stable, and safe with a comparison that is not a strict order (JavaScript's comparisons are not, across
    /// mixed types), which Array.Sort does not promise; the paper's engine sorts with a merge-based sort too.
    /// </summary>
    static void MergeSort(Span<int> items, Span<int> buffer, Comparer compare)
    {
        if (items.Length < 2) return;
        if (items.Length <= 8)
        {
            for (var i = 1; i < items.Length; i++)
            {
                var item = items[i];
                var j = i - 1;
                for (; j >= 0 && compare.Compare(items[j], item) > 0; j--) items[j + 1] = items[j];
                items[j + 1] = item;
            }
            return;
        }
        var half = items.Length / 2;
        MergeSort(items[..half], buffer[..half], compare);
        MergeSort(items[half..], buffer[half..], compare);
        items.CopyTo(buffer);
        int left = 0, right = half, at = 0;
        while (left < half && right < items.Length)
            items[at++] = compare.Compare(buffer[right], buffer[left]) < 0 ? buffer[right++] : buffer[left++];
        while (left < half) items[at++] = buffer[left++];
        while (right < items.Length) items[at++] = buffer[right++];
    }
}
