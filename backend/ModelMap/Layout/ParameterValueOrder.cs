// How the paper's Model Map orders two sibling models made by the same operation: parameter by parameter,
// names in ordinal order, the first parameter whose values differ decides. Values compare as JavaScript's
// `==` and `<` compare them (the paper's ModelMap.svelte does `if (v1 == v2) continue; return v1 < v2 ? -1 : 1`),
// so numbers compare as numbers, strings by UTF-16 code units, a number and a numeric string as numbers, and
// a value that does not compare (a missing parameter, text against a number) sorts after.
using System.Globalization;
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap.Layout;

internal static class ParameterValueOrder
{
    /// <summary>
    /// -1 or 1 when a parameter decides, 0 when every parameter of <paramref name="first"/> is loosely equal in
    /// <paramref name="second"/> (parameters only <paramref name="second"/> has are not looked at, as in the paper).
    /// </summary>
    public static int Compare(OperationApplication first, OperationApplication second, string[] firstNamesInOrder)
    {
        foreach (var name in firstNamesInOrder)
        {
            JsonElement? a = first.Parameters[name];
            JsonElement? b = second.Parameters.TryGetValue(name, out var value) ? value : null;
            if (LooselyEqual(a, b)) continue;
            return Less(a, b) ? -1 : 1;
        }
        return 0;
    }

    /// <summary>The parameter names of <paramref name="operation"/> in the order the paper reads them (JavaScript's default sort).</summary>
    public static string[] NamesInOrder(OperationApplication operation)
    {
        var names = operation.Parameters.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    // A missing value (null here) is JavaScript's undefined; a JSON null is JsonValueKind.Null.
    static bool LooselyEqual(JsonElement? a, JsonElement? b)
    {
        if (a is null || b is null) return (a ?? b) is not { } other || other.ValueKind == JsonValueKind.Null;
        var (x, y) = (a.Value, b.Value);
        if (x.ValueKind == JsonValueKind.Null || y.ValueKind == JsonValueKind.Null) return x.ValueKind == y.ValueKind;
        // Two arrays or objects are equal only when they are the same object, which values of two models never are.
        if (IsObject(x) && IsObject(y)) return false;
        if (x.ValueKind == JsonValueKind.String && y.ValueKind == JsonValueKind.String) return x.GetString() == y.GetString();
        if (IsObject(x) || IsObject(y))
        {
            var (primitive, other) = IsObject(x) ? (Primitive(x), y) : (Primitive(y), x);
            return other.ValueKind == JsonValueKind.String ? primitive == other.GetString() : ToNumber(primitive!) == Number(other);
        }
        return Number(x) == Number(y);
    }

    static bool Less(JsonElement? a, JsonElement? b)
    {
        if (a is not { } x || b is not { } y) return false;
        var px = Primitive(x);
        var py = Primitive(y);
        if (px is not null && py is not null) return string.CompareOrdinal(px, py) < 0;
        var nx = px is null ? Number(x) : ToNumber(px);
        var ny = py is null ? Number(y) : ToNumber(py);
        return nx < ny;
    }

    static bool IsObject(JsonElement value) => value.ValueKind is JsonValueKind.Array or JsonValueKind.Object;

    /// <summary>The text a string, array or object becomes in a comparison; null for numbers, booleans and null.</summary>
    static string? Primitive(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(e => Primitive(e) ?? (e.ValueKind == JsonValueKind.Null ? "" : JsText(e)))),
        JsonValueKind.Object => "[object Object]",
        _ => null,
    };

    static string JsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => Number(value).ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>A number, boolean or null as JavaScript's ToNumber reads it.</summary>
    static double Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => 1,
        JsonValueKind.False or JsonValueKind.Null => 0,
        JsonValueKind.String => ToNumber(value.GetString()!),
        _ => ToNumber(Primitive(value)!),
    };

    /// <summary>JavaScript's Number(text) for decimal text: blank is 0, anything else that is not a number is NaN.</summary>
    static double ToNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return 0;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
    }
}
