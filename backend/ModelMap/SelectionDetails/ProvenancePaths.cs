// Builds the provenance paths of one request's models. Selected models share most of their ancestors, so each
// ancestor's path is built once and extended by one step for each child.
using System.Runtime.CompilerServices;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

/// <param name="find">The model with a given id, null when there is none.</param>
internal sealed class ProvenancePaths(Func<string, ModelSummary?> find)
{
    readonly Dictionary<string, ProvenancePath> known = new(StringComparer.Ordinal);
    // Operation and parameter names are shared instances: the explainer compares them for every model in every
    // slot, and equal references compare at once.
    readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>
    /// Walks from <paramref name="model"/> up its bases. Specs with errors still reach the view, so a missing base
    /// ends the walk at the name written (the model's tree is "that base"), and a cycle ends it at the cycle's
    /// smallest id, so every member of one cycle reports the same origin. Models without an operation add no step:
    /// the spec says nothing about how they differ from their base.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public ProvenancePath Of(ModelSummary model)
    {
        if (known.TryGetValue(model.Id, out var done)) return done;
        // Walks stop at the first ancestor already built, so the chain is short and a linear cycle check is cheap.
        var chain = new List<ModelSummary>();
        var current = model;
        ProvenancePath above;
        var cyclic = false;
        while (true)
        {
            var cycleStart = chain.FindIndex(m => ReferenceEquals(m, current));
            if (cycleStart >= 0)
            {
                above = new ProvenancePath(chain.Skip(cycleStart).Select(m => m.Id).Min(StringComparer.Ordinal)!, []);
                cyclic = true;
                break;
            }
            chain.Add(current);
            if (current.Base is null) { above = new ProvenancePath(current.Id, []); break; }
            if (known.TryGetValue(current.Base, out var cached)) { above = cached; break; }
            if (find(current.Base) is not { } parent) { above = new ProvenancePath(current.Base, []); break; }
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

    ProvenanceStep Step(OperationApplication operation)
    {
        var parameters = new KeyValuePair<string, string>[operation.Parameters.Count];
        var i = 0;
        foreach (var (key, value) in operation.Parameters)
            parameters[i++] = KeyValuePair.Create(Shared(key), ParameterText.Of(value));
        return new ProvenanceStep(Shared(operation.Name), parameters);
    }

    string Shared(string name)
    {
        if (names.TryGetValue(name, out var shared)) return shared;
        names[name] = name;
        return name;
    }
}
