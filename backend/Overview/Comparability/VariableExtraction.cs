// Turns aligned paths into the raw variables, before any simplification: per slot, whether the step ran
// (presence) or which operation ran (operation), and each parameter that varies among the models that ran
// that operation there; plus the base model when the selection spans several trees.
namespace CompressCompare.Backend.Overview.Comparability;

internal static class VariableExtraction
{
    public static List<Variable> Extract(AlignedSlots aligned, IReadOnlyList<ProvenancePath> paths)
    {
        var variables = new List<Variable>();
        var origins = paths.Select(p => p.Origin).ToArray();
        if (origins.Distinct(StringComparer.Ordinal).Skip(1).Any())
            variables.Add(Variable.FromTexts(VariableKinds.Base, "Base model", -1, origins));

        for (var s = 0; s < aligned.Slots.Count; s++)
        {
            var slot = aligned.Slots[s];
            var operations = slot.Where(step => step is not null).Select(step => step!.Operation).Distinct(StringComparer.Ordinal).ToList();
            if (operations.Count == 0) continue;
            Variable? presence = null;
            if (operations.Count > 1)
                variables.Add(Variable.FromTexts(VariableKinds.Operation, $"Operation at step {s + 1}", s,
                    [.. slot.Select(step => step?.Operation ?? ParameterText.None)]));
            else if (slot.Any(step => step is null))
                presence = Variable.FromTexts(VariableKinds.Presence, operations[0], s,
                    [.. slot.Select(step => step is null ? "false" : "true")]);

            var parameters = new List<Variable>();
            foreach (var operation in operations)
                foreach (var key in ParameterKeys(slot, operation))
                {
                    var texts = slot.Select(step => step?.Operation == operation ? step.Parameter(key) ?? ParameterText.None : null).ToArray();
                    // A value shared by every model that ran the operation here says nothing the presence or operation does not.
                    if (texts.Where(t => t is not null).Distinct(StringComparer.Ordinal).Skip(1).Any())
                        parameters.Add(Variable.FromTexts(VariableKinds.Parameter, $"{operation} · {key}", s,
                            [.. texts.Select(t => t ?? ParameterText.None)], operation, key));
                }
            variables.AddRange(parameters);
            // "none" in a parameter already says the step did not run; the presence variable would repeat it.
            if (presence is not null && !parameters.Any(p => VariableRelations.Determines(p, presence)))
                variables.Add(presence);
        }
        return variables;
    }

    /// <summary>Parameter names of <paramref name="operation"/> in <paramref name="slot"/>, in first-appearance order.</summary>
    static IEnumerable<string> ParameterKeys(ProvenanceStep?[] slot, string operation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in slot)
            if (step?.Operation == operation)
                foreach (var (key, _) in step.Parameters)
                    if (seen.Add(key)) yield return key;
    }

    /// <summary>What an alignment would show, to compare alignments: the sum of its variables' costs.</summary>
    public static double Cost(IReadOnlyList<Variable> variables) => variables.Sum(v => v.Cost);
}
