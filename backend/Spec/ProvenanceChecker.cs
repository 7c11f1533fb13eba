// Checks the base links between models: every base must name a model and no chain may loop.
// Afterwards following Base from any model always ends at a model listed in Roots.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class ProvenanceChecker
{
    // A cycle message lists its ids; past this many the list stops helping.
    private const int MaxIdsInCycleMessage = 8;

    /// <summary>
    /// The models with unresolvable base links cut (Base = null, so they show as roots), with each one's parent index,
    /// and the root ids in file order. <paramref name="indexById"/> maps each draft's id to its index.
    /// </summary>
    public static (ParsedModels Models, List<string> Roots) Resolve(List<ModelDraft> drafts, IReadOnlyDictionary<string, int> indexById, SpecDiagnosticSink sink)
    {
        var parent = new int[drafts.Count];
        var cut = new bool[drafts.Count];
        // Built only when some base is unknown, to suggest an id that differs in case alone.
        Dictionary<string, string>? idByFoldedId = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            parent[i] = drafts[i].Parent;
            if (parent[i] >= 0 || drafts[i].Model.Base is not { } baseId) continue;
            if (indexById.TryGetValue(baseId, out var p)) parent[i] = p;
            else
            {
                idByFoldedId ??= FoldedIds(drafts);
                ReportUnknownBase(drafts[i], baseId, idByFoldedId, sink);
                cut[i] = true;
            }
        }

        BreakCycles(drafts, parent, cut, sink);

        var models = new ModelSummary[drafts.Count];
        var roots = new List<string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var model = cut[i] ? drafts[i].Model with { Base = null } : drafts[i].Model;
            models[i] = model;
            if (model.Base is null) roots.Add(model.Id);
        }
        return (new ParsedModels(models, parent, indexById), roots);
    }

    private static void ReportUnknownBase(
        ModelDraft draft, string baseId, Dictionary<string, string> idByFoldedId, SpecDiagnosticSink sink)
    {
        var id = draft.Model.Id;
        var hint = !idByFoldedId.TryGetValue(baseId, out var nearMiss) ? "" : $" Did you mean \"{nearMiss}\"? Ids are case-sensitive.";
        sink.Error(DiagnosticCodes.UnknownBase, draft.BaseHead,
            $"Base model \"{baseId}\" of model \"{id}\" is not in this spec.{hint} " +
            $"Fix the id or add a model with id \"{baseId}\"; \"{id}\" is shown as a root until then.", id);
    }

    // Ids are compared exactly; a case slip is the likeliest cause of an unknown base, so name the near miss.
    private static Dictionary<string, string> FoldedIds(List<ModelDraft> drafts)
    {
        var folded = new Dictionary<string, string>(drafts.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts) folded.TryAdd(draft.Model.Id, draft.Model.Id);
        return folded;
    }

    // Each model has at most one parent, so walking up from every unvisited model finds each cycle exactly once.
    private static void BreakCycles(List<ModelDraft> drafts, int[] parent, bool[] cut, SpecDiagnosticSink sink)
    {
        const byte Unvisited = 0, OnPath = 1, Done = 2;
        var state = new byte[drafts.Count];
        var path = new List<int>();
        for (var start = 0; start < drafts.Count; start++)
        {
            path.Clear();
            var at = start;
            while (at >= 0 && state[at] == Unvisited)
            {
                state[at] = OnPath;
                path.Add(at);
                at = parent[at];
            }
            if (at >= 0 && state[at] == OnPath)
            {
                var from = path.IndexOf(at); // once per cycle found, over this walk's path only: linear overall
                var cycle = path.GetRange(from, path.Count - from);
                ReportCycle(drafts, cycle, sink);
                foreach (var member in cycle)
                {
                    parent[member] = -1;
                    cut[member] = true;
                }
            }
            foreach (var visited in path) state[visited] = Done;
        }
    }

    private static void ReportCycle(List<ModelDraft> drafts, List<int> cycle, SpecDiagnosticSink sink)
    {
        for (var k = 0; k < cycle.Count; k++)
        {
            var draft = drafts[cycle[k]];
            var id = draft.Model.Id;
            // Each message starts the loop at its own model, following the base links: a → its base → … → a.
            // Only the ids shown are gathered: a message per member listing all of them was quadratic (a 20,000-model
            // loop took 11 s), and past a few ids the list stops helping anyway.
            var chain = cycle.Count > MaxIdsInCycleMessage
                ? string.Join(" → ", Enumerable.Range(0, MaxIdsInCycleMessage).Select(j => Quote(drafts[cycle[(k + j) % cycle.Count]].Model.Id))) +
                  $" → … ({cycle.Count} models) → {Quote(id)}"
                : string.Join(" → ", Enumerable.Range(0, cycle.Count + 1).Select(j => Quote(drafts[cycle[(k + j) % cycle.Count]].Model.Id)));
            var what = cycle.Count == 1 ? $"Model \"{id}\" names itself as its base" : $"Model \"{id}\" is in a base cycle: {chain}";
            sink.Error(DiagnosticCodes.Cycle, draft.BaseHead,
                $"{what}. A model cannot descend from itself: change a \"{SpecFields.Model.Base}\" in the loop so the chain ends at a root model. " +
                $"\"{id}\" is shown as a root until then.", id);
        }
    }

    private static string Quote(string id) => $"\"{id}\"";
}
