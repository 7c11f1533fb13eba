// Levels as a reader sees them: never a bare true/false. A presence reads "no Calibrate" / "Calibrate" and a
// boolean parameter "no layernorms" / "layernorms", so a level makes sense on an axis or in a legend without its
// variable's name beside it (merged levels are read that way: "amount: 0.3 · layernorms · Retrain").
using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class ReadableLevels
{
    const string True = "true", False = "false";

    /// <summary>Relabels presence and boolean parameter levels in place; run after the cumulative pass, which reads true/false.</summary>
    public static void Apply(List<Variable> variables)
    {
        foreach (var variable in variables)
        {
            var word = variable.Kind switch
            {
                VariableKind.Presence => variable.Name,
                VariableKind.Parameter => variable.Parameter,
                _ => null,
            };
            if (word is null) continue;
            variable.Levels = [.. variable.Levels.Select(level => Boolean(word, level) ?? level)];
        }
    }

    /// <summary>A parameter value as text: booleans as the name or "no name"; others as "name: value" when <paramref name="withName"/>.</summary>
    public static string Parameter(string name, string value, bool withName) =>
        Boolean(name, value) ?? (withName ? $"{name}: {value}" : value);

    /// <summary>How one part of a merged level reads: a parameter's value with its name, so "0.3 · true" cannot happen.</summary>
    public static string Part(Variable variable, string level) =>
        variable.Kind == VariableKind.Parameter && variable.Parameter is { } name && level != name && level != $"no {name}"
            ? $"{name}: {level}"
            : level;

    static string? Boolean(string name, string value) => value switch
    {
        True => name,
        False => $"no {name}",
        _ => null,
    };
}
