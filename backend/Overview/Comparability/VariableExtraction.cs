// Turns aligned paths into the raw variables, before any simplification: per slot, whether the step ran
// (presence) or which operation ran (operation), and each parameter that varies among the models that ran
// that operation there; plus the base model when the selection spans several trees.
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Overview.Comparability;

internal static class VariableExtraction
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static List<Variable> Extract(AlignedSlots aligned, IReadOnlyList<ProvenancePath> paths)
    {
        var variables = new List<Variable>();
        var origins = new string[paths.Count];
        for (var m = 0; m < origins.Length; m++) origins[m] = paths[m].Origin;
        if (Varies(origins))
            variables.Add(Variable.FromTexts(VariableKinds.Base, "Base model", -1, origins));

        var texts = new string?[paths.Count];
        for (var s = 0; s < aligned.Slots.Count; s++)
        {
            var slot = aligned.Slots[s];
            var operations = new List<string>();
            var missing = false;
            foreach (var step in slot)
                if (step is null) missing = true;
                else if (!operations.Contains(step.Operation)) operations.Add(step.Operation);
            if (operations.Count == 0) continue;

            if (operations.Count > 1)
            {
                var names = new string[slot.Length];
                for (var m = 0; m < slot.Length; m++) names[m] = slot[m]?.Operation ?? ParameterText.None;
                variables.Add(Variable.FromTexts(VariableKinds.Operation, $"Operation at step {s + 1}", s, names));
            }

            // "none" in a parameter already says the step did not run, unless a model that ran it lacks the parameter.
            var presenceShown = false;
            foreach (var operation in operations)
                foreach (var key in ParameterKeys(slot, operation))
                {
                    var everyRunSetsIt = true;
                    for (var m = 0; m < slot.Length; m++)
                    {
                        var step = slot[m];
                        texts[m] = step is null || step.Operation != operation ? null : step.Parameter(key);
                        if (step is not null && step.Operation == operation && texts[m] is null) { everyRunSetsIt = false; texts[m] = ParameterText.None; }
                    }
                    // A value shared by every model that ran the operation here says nothing the presence or operation does not.
                    if (!Varies(texts)) continue;
                    var values = new string[slot.Length];
                    for (var m = 0; m < slot.Length; m++) values[m] = texts[m] ?? ParameterText.None;
                    variables.Add(Variable.FromTexts(VariableKinds.Parameter, $"{operation} · {key}", s, values, operation, key));
                    presenceShown |= everyRunSetsIt;
                }

            if (operations.Count == 1 && missing && !presenceShown)
            {
                var present = new string[slot.Length];
                for (var m = 0; m < slot.Length; m++) present[m] = slot[m] is null ? "false" : "true";
                variables.Add(Variable.FromTexts(VariableKinds.Presence, operations[0], s, present));
            }
        }
        return variables;
    }

    /// <summary>Whether the non-null texts take more than one value.</summary>
    static bool Varies(string?[] texts)
    {
        string? first = null;
        foreach (var text in texts)
        {
            if (text is null) continue;
            if (first is null) first = text;
            else if (text != first) return true;
        }
        return false;
    }

    /// <summary>Parameter names of <paramref name="operation"/> in <paramref name="slot"/>, in first-appearance order.</summary>
    static List<string> ParameterKeys(ProvenanceStep?[] slot, string operation)
    {
        var keys = new List<string>();
        foreach (var step in slot)
            if (step is not null && step.Operation == operation)
                foreach (var (key, _) in step.Parameters)
                    if (!keys.Contains(key)) keys.Add(key);
        return keys;
    }

    /// <summary>What an alignment would show, to compare alignments: the sum of its variables' costs.</summary>
    public static double Cost(IReadOnlyList<Variable> variables) => variables.Sum(v => v.Cost);
}
