// The Model Map's "columns by operation" layout, computed by the backend so that the webview only draws.
namespace CompressCompare.Protocol.Spec;

/// <summary>Where each model sits on the Model Map: one column per operation step, one row band per subtree.</summary>
public sealed record MapLayout
{
    /// <summary>One node per distinct model id, in depth-first order, siblings top to bottom as drawn (ordered as the paper orders them: by parameter value, then by column, the longer path on top).</summary>
    public required IReadOnlyList<LayoutNode> Nodes { get; init; }
    /// <summary>The columns left to right; column 0 ("Base") holds the roots.</summary>
    public required IReadOnlyList<LayoutColumn> Columns { get; init; }
    /// <summary>Number of rows used (one past the largest row); 0 when there are no models.</summary>
    public required int RowCount { get; init; }
    /// <summary>Number of provenance steps: the largest depth plus one; 0 when there are no models.</summary>
    public required int StepCount { get; init; }
}

/// <summary>One model's place on the Model Map.</summary>
public sealed record LayoutNode
{
    /// <summary>The model's id.</summary>
    public required string Id { get; init; }
    /// <summary>Index into MapLayout.Columns; always greater than the parent's column.</summary>
    public required int Column { get; init; }
    /// <summary>0-based row; a parent shares its first child's row, so the first-child chain reads as a straight line.</summary>
    public required int Row { get; init; }
    /// <summary>Number of operations between the model and its root (0 for a root).</summary>
    public required int Depth { get; init; }
    /// <summary>Parent in the drawn tree; null for roots, including models whose base is missing or that were promoted out of a base cycle.</summary>
    public string? Parent { get; init; }
    /// <summary>Short text drawn beside the model: the parameter values that set it apart from its siblings made by the same operation, e.g. "50%", "int8", "epochs 5"; null when there is nothing to say.</summary>
    public string? ParameterLabel { get; init; }
}

/// <summary>One column of the Model Map.</summary>
public sealed record LayoutColumn
{
    /// <summary>Position from the left, equal to the column's index in MapLayout.Columns.</summary>
    public required int Index { get; init; }
    /// <summary>The operation every model in this column was made by; null for the roots' column.</summary>
    public string? Operation { get; init; }
    /// <summary>Header text: the operation, "Base" for the roots' column, "(no operation)" for models that name none.</summary>
    public required string Label { get; init; }
}
