// How the paper's Model Map orders two sibling models made by the same operation: parameter by parameter,
// names in ordinal order, the first parameter whose values differ decides. Values compare as JavaScript's
// `==` and `<` compare them (the paper's ModelMap.svelte does `if (v1 == v2) continue; return v1 < v2 ? -1 : 1`),
// so numbers compare as numbers, strings by UTF-16 code units, a number and a numeric string as numbers, and
// a value that does not compare (a missing parameter, text against a number) sorts after.
using System.Text.Json;

namespace CompressCompare.Backend.ModelMap.Layout;

internal static class ParameterValueOrder
{
    /// <summary>
    /// -1 or 1 when a parameter decides, 0 when every parameter of <paramref name="first"/> is loosely equal in
    /// <paramref name="second"/> (parameters only <paramref name="second"/> has are not looked at, as in the paper).
    /// </summary>
    public static int Compare(ParameterValues parameters, int first, int second)
    {
        var names = parameters.Names(first);
        var values = parameters.Values(first);
        // Models of one operation usually name the same parameters (one shared array): then values line up without a look-up.
        var secondNames = parameters.Names(second);
        var aligned = ReferenceEquals(secondNames, names) || secondNames.AsSpan().SequenceEqual(names);
        var others = parameters.Values(second);
        for (var i = 0; i < names.Length; i++)
        {
            var (a, b) = (values[i], aligned ? others[i] : parameters.ValueOf(second, names[i]));
            if (LooselyEqual(a, b)) continue;
            return Less(a, b) ? -1 : 1;
        }
        return 0;
    }

    static bool LooselyEqual(ParameterValue a, ParameterValue b)
    {
        if (a.Kind is JsonValueKind.Undefined or JsonValueKind.Null || b.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
            return IsNullish(a) && IsNullish(b);
        // Two arrays or objects are equal only when they are the same object, which values of two models never are.
        if (IsObject(a) && IsObject(b)) return false;
        if (a.Kind == JsonValueKind.String && b.Kind == JsonValueKind.String) return a.Text == b.Text;
        if ((IsObject(a) && b.Kind == JsonValueKind.String) || (IsObject(b) && a.Kind == JsonValueKind.String)) return a.Text == b.Text;
        return a.Number == b.Number;
    }

    static bool Less(ParameterValue a, ParameterValue b)
    {
        if (a.Kind == JsonValueKind.Undefined || b.Kind == JsonValueKind.Undefined) return false;
        if (a.Text is not null && b.Text is not null) return string.CompareOrdinal(a.Text, b.Text) < 0;
        return a.Number < b.Number;
    }

    static bool IsNullish(ParameterValue value) => value.Kind is JsonValueKind.Undefined or JsonValueKind.Null;

    static bool IsObject(ParameterValue value) => value.Kind is JsonValueKind.Array or JsonValueKind.Object;
}
