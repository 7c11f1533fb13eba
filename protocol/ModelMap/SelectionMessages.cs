// Parameters and result of `selection/explain`: what Selection Details shows for the models selected in the Model Map.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.ModelMap;

/// <summary>Explain how the selected models of one spec differ (the Selection Details view).</summary>
public sealed record ExplainSelectionParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>The file's content when the editor holds unsaved changes; null reads the file from disk.</summary>
    public string? Text { get; init; }
    /// <summary>Ids of the selected models, in the order the view lists them.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>The smallest, simplest set of variables that tells the selected models apart.</summary>
public sealed record SelectionExplanation
{
    /// <summary>The explained models: the requested ids found in the spec, in the order requested.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>Requested ids the spec does not contain; they are left out of the explanation.</summary>
    public required IReadOnlyList<string> UnknownIds { get; init; }
    /// <summary>The variables, simplest and most telling first; the first two are the default chart axes (x, then colour). Empty when the models do not differ or fewer than two are selected.</summary>
    public required IReadOnlyList<ComparisonVariable> Variables { get; init; }
}

/// <summary>One way in which the selected models differ, with each model's value.</summary>
public sealed record ComparisonVariable
{
    /// <summary>Display name, e.g. "Magnitude Prune · amount", "Calibrate", "Operation at step 2".</summary>
    public required string Name { get; init; }
    /// <summary>"parameter" (an operation's parameter value), "presence" (an operation applied or not), "ordered" (cumulative presence variables collapsed: "none", "A", "A + B"), "operation" (which operation was applied), "base" (which root model the models descend from, when they span several trees) or "merged" (two variables that determine each other, levels joined with " · ").</summary>
    public required VariableKind Kind { get; init; }
    /// <summary>The distinct values in display order (numbers ascending, "false" before "true", "none" first).</summary>
    public required IReadOnlyList<string> Levels { get; init; }
    /// <summary>For each explained model, in ModelIds order, the index of its value in Levels.</summary>
    public required IReadOnlyList<int> Values { get; init; }
    /// <summary>True when the levels are numbers (a continuous axis is meaningful).</summary>
    public bool Numeric { get; init; }
    /// <summary>Names of the simpler variables this one was built from (ordered and merged kinds); empty otherwise.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}

/// <summary>What a comparison variable records (ComparisonVariable.Kind).</summary>
[JsonConverter(typeof(WireEnumConverter<VariableKind>))]
public enum VariableKind
{
    /// <summary>An operation's parameter value.</summary>
    Parameter,
    /// <summary>Whether an operation was applied.</summary>
    Presence,
    /// <summary>Cumulative presence variables collapsed into one ("none", "A", "A + B").</summary>
    Ordered,
    /// <summary>Which operation was applied at a step.</summary>
    Operation,
    /// <summary>Which root model the models descend from, when they span several trees.</summary>
    Base,
    /// <summary>Two variables that determine each other, their levels joined with " · ".</summary>
    Merged,
}
