// A comparison variable while the explainer works on it: per-model level indices plus what the ordering,
// merging and naming passes need (its cost, the slot it came from). Becomes a ComparisonVariable at the end.
using CompressCompare.Protocol.ModelMap;
using System.Runtime.CompilerServices;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal sealed class Variable
{
    public required VariableKind Kind { get; init; }
    public required string Name { get; set; }
    /// <summary>The aligned step the variable describes; -1 for the base model, the smallest part's slot when built from several.</summary>
    public required int Slot { get; init; }
    /// <summary>For parameter variables: the operation and parameter, so a merge of two can be named "Op · a & b".</summary>
    public string? Operation { get; init; }
    public string? Parameter { get; init; }
    /// <summary>"step 3" (or "steps 3–5" where aligned models reached the slot at different depths): the models' own step, for names.</summary>
    public string? Step { get; init; }
    /// <summary>Simplicity: lower is simpler (see <see cref="VariableCosts"/>).</summary>
    public required double Cost { get; init; }
    public required IReadOnlyList<string> Levels { get; set; }
    /// <summary>Per explained model, the index of its value in <see cref="Levels"/>.</summary>
    public required int[] Values { get; init; }
    public bool Numeric { get; init; }
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>A variable from each model's value text; levels ordered as the view shows them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static Variable FromTexts(VariableKind kind, string name, int slot, IReadOnlyList<string> texts,
        string? operation = null, string? parameter = null, string? step = null)
    {
        // One hash per model: number the values by first appearance, then map those numbers to display order.
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var values = new int[texts.Count];
        for (var m = 0; m < texts.Count; m++)
        {
            if (!firstSeen.TryGetValue(texts[m], out var seen))
            {
                firstSeen[texts[m]] = seen = distinct.Count;
                distinct.Add(texts[m]);
            }
            values[m] = seen;
        }
        var (levels, numeric) = LevelOrdering.Order(distinct);
        var position = new int[distinct.Count];
        for (var i = 0; i < levels.Count; i++) position[firstSeen[levels[i]]] = i;
        for (var m = 0; m < values.Length; m++) values[m] = position[values[m]];
        return new Variable
        {
            Kind = kind,
            Name = name,
            Slot = slot,
            Operation = operation,
            Parameter = parameter,
            Step = step,
            Cost = VariableCosts.Of(kind),
            Levels = levels,
            Values = values,
            Numeric = numeric,
        };
    }

    public ComparisonVariable ToMessage() => new()
    {
        Name = Name,
        Kind = Kind,
        Levels = Levels,
        Values = Values,
        Numeric = Numeric,
        Parts = Parts,
    };
}
