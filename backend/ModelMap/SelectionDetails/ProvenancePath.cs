// A selected model's provenance as the explainer reads it: where its tree starts and the operations that
// lead from there to the model, parameters already formatted as the levels the view will show.

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

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
internal sealed record ProvenancePath(string Origin, IReadOnlyList<ProvenanceStep> Steps);
