// The models as the Model Map draws them: distinct ids, each linked to its base, walked depth-first.
// Works on indices and interned operation names so that 10,000 models lay out in a few milliseconds.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Layout;

internal sealed class ProvenanceForest
{
    /// <summary>One model reached by the walk: its index in Models, the index of its parent's visit (-1 for a root) and its depth.</summary>
    public readonly record struct Visit(int Model, int ParentVisit, int Depth);

    /// <summary>The distinct models, first occurrence of each id, in file order.</summary>
    public IReadOnlyList<ModelSummary> Models { get; }
    /// <summary>Interned operation names; index into it with Operation.</summary>
    public IReadOnlyList<string> OperationNames { get; }

    readonly int[] parent;
    readonly int[] operation;
    readonly List<int>?[] children;

    ProvenanceForest(IReadOnlyList<ModelSummary> models, int[] parent, int[] operation, List<string> operationNames)
    {
        Models = models;
        this.parent = parent;
        this.operation = operation;
        OperationNames = operationNames;
        children = new List<int>?[models.Count];
        for (var i = 0; i < models.Count; i++)
            if (parent[i] >= 0) (children[parent[i]] ??= []).Add(i);
    }

    public static ProvenanceForest From(IReadOnlyList<ModelSummary> all)
    {
        // A duplicated id is a spec error reported by the parser; drawing the first keeps ids unique on the map.
        var indexById = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        var models = new List<ModelSummary>(all.Count);
        foreach (var model in all)
            if (indexById.TryAdd(model.Id, models.Count)) models.Add(model);

        var parent = new int[models.Count];
        var operation = new int[models.Count];
        var operationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var operationNames = new List<string>();
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            parent[i] = model.Base is { } baseId && baseId != model.Id && indexById.TryGetValue(baseId, out var p) ? p : -1;
            var name = model.Operation?.Name ?? MapLayoutBuilder.NoOperation;
            if (!operationIds.TryGetValue(name, out var id))
            {
                id = operationNames.Count;
                operationIds.Add(name, id);
                operationNames.Add(name);
            }
            operation[i] = id;
        }
        return new ProvenanceForest(models, parent, operation, operationNames);
    }

    /// <summary>The interned operation that made the model at <paramref name="model"/>.</summary>
    public int Operation(int model) => operation[model];

    /// <summary>
    /// Pre-order walk from the roots in file order, children in file order. Models caught in a base cycle
    /// are unreachable from any root; the first of them in file order is promoted to a root so that
    /// every model is drawn.
    /// </summary>
    public List<Visit> DepthFirst()
    {
        var visited = new bool[Models.Count];
        var order = new List<Visit>(Models.Count);
        // Explicit stack, because a long chain of fine-tunes would overflow the call stack.
        var stack = new Stack<Visit>();
        void Walk(int root)
        {
            stack.Push(new Visit(root, -1, 0));
            while (stack.TryPop(out var item))
            {
                if (visited[item.Model]) continue;
                visited[item.Model] = true;
                var visitIndex = order.Count;
                order.Add(item);
                if (children[item.Model] is not { } kids) continue;
                for (var k = kids.Count - 1; k >= 0; k--)
                    if (!visited[kids[k]]) stack.Push(new Visit(kids[k], visitIndex, item.Depth + 1));
            }
        }
        for (var i = 0; i < Models.Count; i++) if (parent[i] < 0) Walk(i);
        for (var i = 0; i < Models.Count; i++) if (!visited[i]) Walk(i);
        return order;
    }
}
