// A selected model's provenance as the explainer reads it: where its tree starts and the operations that
// lead from there to the model, parameters already formatted as the levels the view will show.
using CompressCompare.Protocol.Spec;

using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Overview.Comparability;

/// <summary>One operation on a path, with its parameter values as display text.</summary>
internal sealed record ProvenanceStep(string Operation, KeyValuePair<string, string>[] Parameters)
{
    /// <summary>The parameter's text, or null when the step does not set it. A linear scan: steps have a handful of parameters.</summary>
    public string? Parameter(string key)
    {
        for (var i = 0; i < Parameters.Length; i++)
            if (Parameters[i].Key == key) return Parameters[i].Value;
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
    /// the spec says nothing about how they differ from their base. Selected models share most of their
    /// ancestors, so each ancestor's path is computed once through <paramref name="known"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static ProvenancePath Of(ModelSummary model, IReadOnlyDictionary<string, ModelSummary> byId, Dictionary<string, ProvenancePath> known)
    {
        if (known.TryGetValue(model.Id, out var done)) return done;
        var chain = new List<ModelSummary>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = model;
        ProvenancePath above;
        var cyclic = false;
        while (true)
        {
            if (seen.TryGetValue(current.Id, out var cycleStart))
            {
                above = new ProvenancePath(chain.Skip(cycleStart).Select(m => m.Id).Min(StringComparer.Ordinal)!, []);
                cyclic = true;
                break;
            }
            seen[current.Id] = chain.Count;
            chain.Add(current);
            if (current.Base is null) { above = new ProvenancePath(current.Id, []); break; }
            if (known.TryGetValue(current.Base, out var cached)) { above = cached; break; }
            if (!byId.TryGetValue(current.Base, out var parent)) { above = new ProvenancePath(current.Base, []); break; }
            current = parent;
        }

        var path = above;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].Operation is { } operation)
                path = path with { Steps = [.. path.Steps, Step(operation)] };
            // A cycle's members see its steps in different orders, so their paths are not shared.
            if (!cyclic) known[chain[i].Id] = path;
        }
        return path;
    }

    static ProvenanceStep Step(OperationApplication operation) =>
        new(operation.Name, [.. operation.Parameters.Select(p => KeyValuePair.Create(p.Key, ParameterText.Of(p.Value)))]);
}
