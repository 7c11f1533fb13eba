// Turns aligned paths into the raw variables, before any simplification: per slot, whether the step ran
// (presence) or which operation ran (operation), and each parameter that varies among the models that ran
// that operation there; plus the base model when the selection spans several trees.
using System.Runtime.CompilerServices;

using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableExtraction
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static List<Variable> Extract(AlignedSlots aligned, IReadOnlyList<ProvenancePath> paths)
    {
        var variables = new List<Variable>();
        var origins = new string[paths.Count];
        for (var m = 0; m < origins.Length; m++) origins[m] = paths[m].Origin;
        if (Varies(origins))
            variables.Add(Variable.FromTexts(VariableKind.Base, "Base model", -1, origins));

        for (var s = 0; s < aligned.Slots.Count; s++)
        {
            var slot = aligned.Slots[s];
            // Models by the operation they ran here, so each parameter is read only from the models that have it.
            var operations = new List<string>();
            var runs = new List<List<int>>();
            var missing = false;
            for (var m = 0; m < slot.Length; m++)
            {
                if (slot[m] is not { } step) { missing = true; continue; }
                var o = operations.IndexOf(step.Operation);
                if (o < 0) { o = operations.Count; operations.Add(step.Operation); runs.Add([]); }
                runs[o].Add(m);
            }
            if (operations.Count == 0) continue;
            var stepText = StepNumbers.Of(slot, paths);

            if (operations.Count > 1)
            {
                // Each operation reads with the parameters its models share here ("Train (epochs: 50)"), as the
                // paper keeps them; the parameters that vary get variables of their own below.
                var labels = new string[operations.Count];
                for (var o = 0; o < labels.Length; o++) labels[o] = OperationLabels.WithFixedParameters(operations[o], slot, runs[o]);
                var names = new string[slot.Length];
                for (var m = 0; m < slot.Length; m++) names[m] = slot[m] is { } ran ? labels[operations.IndexOf(ran.Operation)] : ParameterText.None;
                variables.Add(Variable.FromTexts(VariableKind.Operation, $"Operation at {stepText}", s, names, step: stepText));
            }

            // "none" in a parameter already says the step did not run, unless a model that ran it lacks the parameter.
            var presenceShown = false;
            for (var o = 0; o < operations.Count; o++)
                foreach (var key in ParameterKeys(slot, runs[o]))
                {
                    // A value shared by every model that ran the operation here says nothing the presence or operation does not.
                    if (!Varies(slot, runs[o], key, out var everyRunSetsIt)) continue;
                    var values = new string[slot.Length];
                    Array.Fill(values, ParameterText.None);
                    foreach (var m in runs[o]) values[m] = slot[m]!.Parameter(key) ?? ParameterText.None;
                    variables.Add(Variable.FromTexts(VariableKind.Parameter, $"{operations[o]} · {key}", s, values, operations[o], key, stepText));
                    presenceShown |= everyRunSetsIt;
                }

            if (operations.Count == 1 && missing && !presenceShown)
            {
                var present = new string[slot.Length];
                for (var m = 0; m < slot.Length; m++) present[m] = slot[m] is null ? "false" : "true";
                variables.Add(Variable.FromTexts(VariableKind.Presence, operations[0], s, present, step: stepText));
            }
        }
        return variables;
    }

    /// <summary>Whether the models <paramref name="runs"/> take more than one value of <paramref name="key"/> (absent counting as one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static bool Varies(ProvenanceStep?[] slot, List<int> runs, string key, out bool everyRunSetsIt)
    {
        everyRunSetsIt = true;
        var first = slot[runs[0]]!.Parameter(key);
        var varies = false;
        foreach (var m in runs)
        {
            var text = slot[m]!.Parameter(key);
            everyRunSetsIt &= text is not null;
            varies |= text != first;
        }
        return varies;
    }

    static bool Varies(string[] texts)
    {
        foreach (var text in texts)
            if (text != texts[0]) return true;
        return false;
    }

    /// <summary>Parameter names the models <paramref name="runs"/> set in <paramref name="slot"/>, in first-appearance order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static List<string> ParameterKeys(ProvenanceStep?[] slot, List<int> runs)
    {
        var keys = new List<string>();
        foreach (var m in runs)
            foreach (var (key, _) in slot[m]!.Parameters)
                if (!keys.Contains(key)) keys.Add(key);
        return keys;
    }

    /// <summary>What an alignment would show, to compare alignments: the sum of its variables' costs.</summary>
    public static double Cost(IReadOnlyList<Variable> variables) => variables.Sum(v => v.Cost);
}
