// What each variable kind (ComparisonVariable.Kind) costs: the issue asks for
// the simplest explanation, and "simplest" needs a number to compare alignments and to order the result.
using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableCosts
{
    /// <summary>A parameter reads as one axis of one operation: the simplest.</summary>
    public const double Parameter = 1;
    /// <summary>Presence asks the reader to know what the step does; a chain of presences (ordered) reads the same way.</summary>
    public const double Presence = 2;
    /// <summary>Which operation ran at a step compares unlike things; a different base model likewise.</summary>
    public const double Operation = 3;
    /// <summary>A merged variable reads like its simplest part plus the effort of reading a second value.</summary>
    public const double MergePenalty = 0.5;

    public static double Of(VariableKind kind) => kind switch
    {
        VariableKind.Parameter => Parameter,
        VariableKind.Presence or VariableKind.Ordered => Presence,
        _ => Operation,
    };
}
