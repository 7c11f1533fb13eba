// Candidate ways to line up the selected models' paths so that the same operation lands in the same slot
// (a slot becomes one or more variables). Finding the alignment with the cheapest variables exactly is a
// multiple-sequence alignment (NP-hard in general), so the explainer scores a few good candidates instead:
// step by step (right for siblings and for trees whose depth means stage), and a progressive alignment
// that lets paths of different lengths share the same operation (cnn-int8 with cnn-prune50-int8).
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

/// <summary>Slot × model: the step each model has in each slot, or null where the model lacks it.</summary>
internal sealed record AlignedSlots(IReadOnlyList<ProvenanceStep?[]> Slots);

internal static class PathAlignment
{
    public static IEnumerable<AlignedSlots> Candidates(IReadOnlyList<ProvenancePath> paths)
    {
        yield return ByStep(paths);
        var selectionOrder = Enumerable.Range(0, paths.Count).ToArray();
        yield return Progressive(paths, selectionOrder);
        // Longest paths first give the profile every slot up front, so shorter paths only choose which to skip.
        var longestFirst = selectionOrder.OrderByDescending(m => paths[m].Steps.Count).ToArray();
        if (!longestFirst.SequenceEqual(selectionOrder)) yield return Progressive(paths, longestFirst);
    }

    /// <summary>Step k of every path in slot k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static AlignedSlots ByStep(IReadOnlyList<ProvenancePath> paths)
    {
        var depth = paths.Count == 0 ? 0 : paths.Max(p => p.Steps.Count);
        var slots = new List<ProvenanceStep?[]>(depth);
        for (var k = 0; k < depth; k++)
        {
            var slot = new ProvenanceStep?[paths.Count];
            for (var m = 0; m < paths.Count; m++)
                if (k < paths[m].Steps.Count) slot[m] = paths[m].Steps[k];
            slots.Add(slot);
        }
        return new AlignedSlots(slots);
    }

    /// <summary>
    /// Adds paths one at a time to a growing list of slots with an edit-distance alignment whose costs estimate
    /// the variables each choice creates: reusing a slot of the same operation is free, mixing operations in a
    /// slot makes an operation variable, and skipping a slot every earlier path had or opening a new one makes
    /// a presence variable.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static AlignedSlots Progressive(IReadOnlyList<ProvenancePath> paths, IReadOnlyList<int> order)
    {
        var operationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var pathOperations = new int[paths.Count][];
        for (var m = 0; m < paths.Count; m++)
        {
            var steps = paths[m].Steps;
            var ids = pathOperations[m] = new int[steps.Count];
            for (var i = 0; i < ids.Length; i++)
                if (!operationIds.TryGetValue(steps[i].Operation, out ids[i]))
                    operationIds[steps[i].Operation] = ids[i] = operationIds.Count;
        }

        // Models with the same operation sequence align the same way: align each sequence once, weighted by its models.
        var sequences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var m in order)
        {
            var key = string.Join(',', pathOperations[m]);
            if (!sequences.TryGetValue(key, out var members)) sequences[key] = members = [];
            members.Add(m);
        }

        var columns = new List<Column>();
        var assigned = new Column[paths.Count][];
        var cost = Array.Empty<double>();
        var move = Array.Empty<Move>();
        var skip = Array.Empty<double>();
        var aligned = 0;
        foreach (var members in sequences.Values)
        {
            var steps = pathOperations[members[0]];
            int rows = steps.Length + 1, cols = columns.Count + 1;
            if (cost.Length < rows * cols) { cost = new double[rows * cols * 2]; move = new Move[rows * cols * 2]; }
            if (skip.Length < cols) skip = new double[cols * 2];
            for (var j = 1; j < cols; j++) skip[j] = SkipCost(columns[j - 1], aligned);
            var insert = aligned > 0 ? VariableCosts.Presence : 0;
            for (var i = 0; i < rows; i++)
                for (var j = 0; j < cols; j++)
                {
                    var at = i * cols + j;
                    if (at == 0) { cost[0] = 0; continue; }
                    var best = double.PositiveInfinity;
                    var chosen = Move.Match;
                    // Ties keep the first move considered: matching before skipping before opening a slot.
                    if (i > 0 && j > 0) Consider(ref best, ref chosen, cost[at - cols - 1] + MatchCost(steps[i - 1], columns[j - 1]), Move.Match);
                    if (j > 0) Consider(ref best, ref chosen, cost[at - 1] + skip[j], Move.Skip);
                    if (i > 0) Consider(ref best, ref chosen, cost[at - cols] + insert, Move.Insert);
                    cost[at] = best;
                    move[at] = chosen;
                }

            var next = new List<Column>(cols);
            var mine = new Column[steps.Length];
            for (int i = rows - 1, j = cols - 1; i > 0 || j > 0;)
            {
                switch (move[i * cols + j])
                {
                    case Move.Match:
                        var column = columns[--j];
                        column.Add(steps[--i], members.Count);
                        mine[i] = column;
                        next.Add(column);
                        break;
                    case Move.Skip:
                        next.Add(columns[--j]);
                        break;
                    default:
                        var opened = new Column(operationIds.Count);
                        opened.Add(steps[--i], members.Count);
                        mine[i] = opened;
                        next.Add(opened);
                        break;
                }
            }
            next.Reverse();
            columns = next;
            foreach (var m in members) assigned[m] = mine;
            aligned += members.Count;
        }

        for (var c = 0; c < columns.Count; c++) columns[c].Index = c;
        var slots = new List<ProvenanceStep?[]>(columns.Count);
        for (var c = 0; c < columns.Count; c++) slots.Add(new ProvenanceStep?[paths.Count]);
        for (var m = 0; m < paths.Count; m++)
            for (var i = 0; i < assigned[m].Length; i++)
                slots[assigned[m][i].Index][m] = paths[m].Steps[i];
        return new AlignedSlots(slots);
    }

    static void Consider(ref double best, ref Move chosen, double cost, Move move)
    {
        if (cost < best) { best = cost; chosen = move; }
    }

    static double MatchCost(int operation, Column column)
    {
        if (column.Has(operation)) return 0;
        // A slot of one operation turns into an operation variable; one that already mixes only gains a level.
        return column.Operations == 1 ? VariableCosts.Operation : VariableCosts.MergePenalty;
    }

    static double SkipCost(Column column, int aligned) =>
        column.Filled < aligned ? 0 : column.Operations == 1 ? VariableCosts.Presence : VariableCosts.MergePenalty;

    enum Move : byte { Match, Skip, Insert }

    /// <summary>A slot being built: which operations (by id) it holds and how many paths have a step in it.</summary>
    sealed class Column(int operationCount)
    {
        readonly bool[] has = new bool[operationCount];
        public int Operations { get; private set; }
        public int Filled { get; private set; }
        public int Index { get; set; }

        public bool Has(int operation) => has[operation];

        public void Add(int operation, int models)
        {
            if (!has[operation]) { has[operation] = true; Operations++; }
            Filled += models;
        }
    }
}
