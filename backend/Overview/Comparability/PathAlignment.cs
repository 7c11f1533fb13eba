// Candidate ways to line up the selected models' paths so that the same operation lands in the same slot
// (a slot becomes one or more variables). Finding the alignment with the cheapest variables exactly is a
// multiple-sequence alignment (NP-hard in general), so the explainer scores a few good candidates instead:
// step by step (right for siblings and for trees whose depth means stage), and a progressive alignment
// that lets paths of different lengths share the same operation (cnn-int8 with cnn-prune50-int8).
namespace CompressCompare.Backend.Overview.Comparability;

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
    public static AlignedSlots Progressive(IReadOnlyList<ProvenancePath> paths, IReadOnlyList<int> order)
    {
        var columns = new List<Column>();
        var assigned = new Column[paths.Count][];
        var aligned = 0;
        foreach (var m in order)
        {
            var steps = paths[m].Steps;
            int rows = steps.Count + 1, cols = columns.Count + 1;
            var cost = new double[rows, cols];
            var move = new Move[rows, cols];
            for (var i = 0; i < rows; i++)
                for (var j = 0; j < cols; j++)
                {
                    if (i == 0 && j == 0) continue;
                    var best = double.PositiveInfinity;
                    if (i > 0 && j > 0) Consider(ref best, ref move[i, j], cost[i - 1, j - 1] + MatchCost(steps[i - 1], columns[j - 1]), Move.Match);
                    if (j > 0) Consider(ref best, ref move[i, j], cost[i, j - 1] + SkipCost(columns[j - 1], aligned), Move.Skip);
                    if (i > 0) Consider(ref best, ref move[i, j], cost[i - 1, j] + (aligned > 0 ? VariableCosts.Presence : 0), Move.Insert);
                    cost[i, j] = best;
                }

            var next = new List<Column>(cols);
            var mine = new Column[steps.Count];
            for (int i = rows - 1, j = cols - 1; i > 0 || j > 0;)
            {
                switch (move[i, j])
                {
                    case Move.Match:
                        var column = columns[--j];
                        column.Add(steps[--i].Operation);
                        mine[i] = column;
                        next.Add(column);
                        break;
                    case Move.Skip:
                        next.Add(columns[--j]);
                        break;
                    default:
                        var opened = new Column();
                        opened.Add(steps[--i].Operation);
                        mine[i] = opened;
                        next.Add(opened);
                        break;
                }
            }
            next.Reverse();
            columns = next;
            assigned[m] = mine;
            aligned++;
        }

        for (var c = 0; c < columns.Count; c++) columns[c].Index = c;
        var slots = columns.Select(_ => new ProvenanceStep?[paths.Count]).ToList();
        for (var m = 0; m < paths.Count; m++)
            for (var i = 0; i < assigned[m].Length; i++)
                slots[assigned[m][i].Index][m] = paths[m].Steps[i];
        return new AlignedSlots(slots);
    }

    // Ties keep the first move considered: matching before skipping before opening a slot.
    static void Consider(ref double best, ref Move chosen, double cost, Move move)
    {
        if (cost < best) { best = cost; chosen = move; }
    }

    static double MatchCost(ProvenanceStep step, Column column)
    {
        if (column.Operations.Contains(step.Operation)) return 0;
        // A slot of one operation turns into an operation variable; one that already mixes only gains a level.
        return column.Operations.Count == 1 ? VariableCosts.Operation : VariableCosts.MergePenalty;
    }

    static double SkipCost(Column column, int aligned) =>
        column.Filled < aligned ? 0 : column.Operations.Count == 1 ? VariableCosts.Presence : VariableCosts.MergePenalty;

    enum Move : byte { Match, Skip, Insert }

    sealed class Column
    {
        public HashSet<string> Operations { get; } = new(StringComparer.Ordinal);
        public int Filled { get; private set; }
        public int Index { get; set; }

        public void Add(string operation)
        {
            Operations.Add(operation);
            Filled++;
        }
    }
}
