// A selected model's provenance as the explainer reads it: where its tree starts and the operations that
// lead from there to the model, parameters already formatted as the levels the view will show.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Overview.Comparability;

/// <summary>One operation on a path, with its parameter values as display text.</summary>
internal sealed record ProvenanceStep(string Operation, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    public string? Parameter(string key)
    {
        foreach (var (name, value) in Parameters)
            if (name == key) return value;
        return null;
    }
}

/// <summary>The root a model descends from (<see cref="Origin"/>) and the steps root → model.</summary>
internal sealed record ProvenancePath(string Origin, IReadOnlyList<ProvenanceStep> Steps)
{
    /// <summary>
    /// Walks from <paramref name="model"/> up its bases. Specs with errors still reach the view, so a missing base
    /// ends the walk at the name written (the model's tree is "that base"), and a cycle ends it at the cycle's
    /// smallest id, so every member of one cycle reports the same origin. Models without an operation add no step:
    /// the spec says nothing about how they differ from their base.
    /// </summary>
    public static ProvenancePath Of(ModelSummary model, IReadOnlyDictionary<string, ModelSummary> byId)
    {
        var chain = new List<ModelSummary>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = model;
        string origin;
        while (true)
        {
            if (seen.TryGetValue(current.Id, out var cycleStart))
            {
                origin = chain.Skip(cycleStart).Select(m => m.Id).Min(StringComparer.Ordinal)!;
                break;
            }
            seen[current.Id] = chain.Count;
            chain.Add(current);
            if (current.Base is null) { origin = current.Id; break; }
            if (!byId.TryGetValue(current.Base, out var parent)) { origin = current.Base; break; }
            current = parent;
        }
        var steps = new List<ProvenanceStep>(chain.Count);
        for (var i = chain.Count - 1; i >= 0; i--)
            if (chain[i].Operation is { } operation)
                steps.Add(new ProvenanceStep(operation.Name,
                    [.. operation.Parameters.Select(p => KeyValuePair.Create(p.Key, ParameterText.Of(p.Value)))]));
        return new ProvenancePath(origin, steps);
    }
}
