// Each model's operation parameters read once, names in ordinal order and values as JavaScript would compare them,
// so that sorting siblings and labelling them never re-parses a JSON number or looks a name up in a dictionary
// per comparison (at 10,000 models that re-reading cost more than the rest of the layout).
using System.Globalization;
using System.Text.Json;
using CompressCompare.Backend.Spec;

namespace CompressCompare.Backend.ModelMap.Layout;

/// <summary>
/// One parameter value: its JSON kind (Undefined when the model lacks the parameter), the number JavaScript's
/// ToNumber makes of it (NaN when none) and, for strings, arrays and objects, the text a comparison reads.
/// </summary>
internal readonly record struct ParameterValue(JsonValueKind Kind, double Number, string? Text)
{
    public static readonly ParameterValue Missing = new(JsonValueKind.Undefined, double.NaN, null);

    public static ParameterValue Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => new(JsonValueKind.Number, value.GetDouble(), null),
        JsonValueKind.True => new(JsonValueKind.True, 1, null),
        JsonValueKind.False => new(JsonValueKind.False, 0, null),
        JsonValueKind.Null => new(JsonValueKind.Null, 0, null),
        _ => FromText(value.ValueKind, Primitive(value)),
    };

    static ParameterValue FromText(JsonValueKind kind, string text) => new(kind, ToNumber(text), text);

    /// <summary>The text a string, array or object becomes when JavaScript compares it.</summary>
    static string Primitive(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => e.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            _ => Primitive(e),
        })),
        _ => "[object Object]",
    };

    /// <summary>JavaScript's Number(text) for decimal text: blank is 0, anything else that is not a number is NaN.</summary>
    static double ToNumber(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty) return 0;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
    }
}

/// <summary>The parameters of every model of a forest, all read up front into one array.</summary>
/// <remarks>
/// One array of values for the whole forest, each model's a run in it: an array per model was 100,000 more young
/// objects at 100,000 models, and the layout's time went largely to the collections they caused.
/// </remarks>
internal sealed class ParameterValues
{
    readonly string[][] names;
    readonly int[] start;
    readonly ParameterValue[] values;
    // The parser gives models with the same parameter names one shared key array: per such array, the names sorted
    // and where each came from. Sorting once per shape instead of once per model also makes models of one shape
    // share their Names array, which ParameterLabels and ParameterValueOrder compare by reference first.
    readonly Dictionary<string[], (string[] Sorted, int[] From)> shapes = new(ReferenceEqualityComparer.Instance);

    public ParameterValues(ProvenanceForest tree)
    {
        names = new string[tree.Count][];
        start = new int[tree.Count + 1];
        var total = 0;
        for (var m = 0; m < tree.Count; m++) total += tree.Models[m].Operation?.Parameters?.Count ?? 0;
        values = new ParameterValue[total];
        var at = 0;
        for (var m = 0; m < tree.Count; m++)
        {
            start[m] = at;
            at += Read(tree.Models[m].Operation?.Parameters, m, values.AsSpan(at));
        }
        start[tree.Count] = at;
    }

    /// <summary>The model's parameter names in ordinal order (JavaScript's default sort); empty without an operation.</summary>
    public string[] Names(int model) => names[model];

    /// <summary>The values of Names(model), in the same order.</summary>
    public ReadOnlySpan<ParameterValue> Values(int model) => values.AsSpan(start[model], start[model + 1] - start[model]);

    /// <summary>The model's value of <paramref name="name"/>, Missing when it has none.</summary>
    public ParameterValue ValueOf(int model, string name)
    {
        var at = Array.IndexOf(names[model], name);
        return at < 0 ? ParameterValue.Missing : values[start[model] + at];
    }

    /// <summary>Reads the model's parameters into <paramref name="into"/>; how many there are.</summary>
    int Read(IReadOnlyDictionary<string, JsonElement>? parameters, int model, Span<ParameterValue> into)
    {
        if (parameters is null || parameters.Count == 0)
        {
            names[model] = [];
            return 0;
        }
        if (parameters is SharedKeyDictionary<JsonElement> shared)
        {
            var (sorted, from) = ShapeOf(shared.KeyArray);
            var given = shared.ValueSpan;
            for (var k = 0; k < sorted.Length; k++) into[k] = ParameterValue.Of(given[from[k]]);
            names[model] = sorted;
            return sorted.Length;
        }
        var keys = new string[parameters.Count];
        var read = new ParameterValue[parameters.Count];
        var i = 0;
        foreach (var (name, value) in parameters)
        {
            keys[i] = name;
            read[i++] = ParameterValue.Of(value);
        }
        Array.Sort(keys, read, StringComparer.Ordinal);
        names[model] = keys;
        read.CopyTo(into);
        return read.Length;
    }

    (string[] Sorted, int[] From) ShapeOf(string[] keys)
    {
        if (shapes.TryGetValue(keys, out var shape)) return shape;
        var sorted = (string[])keys.Clone();
        var from = new int[keys.Length];
        for (var k = 0; k < from.Length; k++) from[k] = k;
        // The keys of one dictionary are distinct, so the unstable sort is as deterministic as Read's own.
        Array.Sort(sorted, from, StringComparer.Ordinal);
        shapes.Add(keys, shape = (sorted, from));
        return shape;
    }
}
