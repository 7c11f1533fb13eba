// The variable kinds as the wire spells them (ComparisonVariable.Kind) and what each costs: the issue asks for
// the simplest explanation, and "simplest" needs a number to compare alignments and to order the result.
namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableKinds
{
    public const string Parameter = "parameter";
    public const string Presence = "presence";
    public const string Ordered = "ordered";
    public const string Operation = "operation";
    public const string Merged = "merged";
    public const string Base = "base";
}

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

    public static double Of(string kind) => kind switch
    {
        VariableKinds.Parameter => Parameter,
        VariableKinds.Presence or VariableKinds.Ordered => Presence,
        _ => Operation,
    };
}
