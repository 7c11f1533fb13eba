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
    /// <summary>How the view charts the models by default so that no bar averages two different recipes: "grouped" (Variables[0] on x, Variables[1] as colour; models in one bar share every variable's value), "perModel" (one bar per model: too few models for two variables to tell them apart) or "refine" (too many variables for one chart; the view asks the user to refine the comparison).</summary>
    public ComparisonChart Chart { get; init; } = ComparisonChart.Grouped;
}

/// <summary>How Selection Details charts the models (SelectionExplanation.Chart).</summary>
[JsonConverter(typeof(WireEnumConverter<ComparisonChart>))]
public enum ComparisonChart
{
    /// <summary>Bars grouped by the first variable and coloured by the second; each bar holds models of one recipe.</summary>
    Grouped,
    /// <summary>One bar per model, labelled with what sets it apart: a small selection differing in more than two variables.</summary>
    PerModel,
    /// <summary>No chart until the user restricts the models or picks the variables: a bar would average different recipes.</summary>
    Refine,
}

/// <summary>One way in which the selected models differ, with each model's value.</summary>
public sealed record ComparisonVariable
{
    /// <summary>Display name, e.g. "Magnitude Prune · amount", "Calibrate", "Operation at step 2" (the models' own step, counted from their root).</summary>
    public required string Name { get; init; }
    /// <summary>"parameter" (an operation's parameter value), "presence" (an operation applied or not), "ordered" (cumulative presence variables collapsed: "none", "A", "A + B"), "operation" (which operation was applied), "base" (which root model the models descend from, when they span several trees) or "merged" (two variables that determine each other, levels joined with " · ", each part read as "name: value").</summary>
    public required VariableKind Kind { get; init; }
    /// <summary>The distinct values in display order (numbers ascending, "none" first). Never a bare true/false: a presence reads "no Calibrate" / "Calibrate", a boolean parameter "no layernorms" / "layernorms"; an operation level keeps the parameters fixed among its models ("Train (epochs: 50)").</summary>
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
