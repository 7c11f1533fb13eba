// The short label the Model Map draws beside a model: the parameter values that set it apart from its siblings
// made by the same operation ("50%", "int8", "epochs 5", "attention · 30%"). The column already names the
// operation, so a model with no such sibling, or whose siblings share all its values, gets no label.
using System.Globalization;
using System.Text.Json;

namespace CompressCompare.Backend.ModelMap.Layout;

internal static class ParameterLabels
{
    /// <summary>The label of every model by model index; null where there is nothing to say.</summary>
    public static string?[] For(ProvenanceForest tree)
    {
        var labels = new string?[tree.Count];
        var group = new List<int>();
        void LabelSiblings(ReadOnlySpan<int> siblings)
        {
            if (siblings.Length < 2) return;
            var byOperation = siblings.ToArray();
            // Stable, so each operation's run keeps the siblings' order.
            var sorted = byOperation.OrderBy(tree.Operation).ToArray();
            for (var start = 0; start < sorted.Length;)
            {
                var end = start;
                while (end < sorted.Length && tree.Operation(sorted[end]) == tree.Operation(sorted[start])) end++;
                group.Clear();
                for (var i = start; i < end; i++) if (tree.Models[sorted[i]].Operation is not null) group.Add(sorted[i]);
                if (group.Count > 1) LabelGroup(tree, group, labels);
                start = end;
            }
        }
        LabelSiblings(tree.Roots);
        for (var m = 0; m < tree.Count; m++) LabelSiblings(tree.Children(m));
        return labels;
    }

    static void LabelGroup(ProvenanceForest tree, List<int> group, string?[] labels)
    {
        var parameters = group.Select(m => tree.Models[m].Operation!.Parameters).ToList();
        var names = parameters.SelectMany(p => p.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var parts = group.Select(_ => new List<string>()).ToList();
        foreach (var name in names)
        {
            var values = parameters.Select(p => p.TryGetValue(name, out var v) ? (JsonElement?)v : null).ToList();
            if (values.Select(Canonical).Distinct().Count() < 2) continue;
            var percent = AllFractions(values);
            for (var i = 0; i < group.Count; i++)
                if (values[i] is { } value) parts[i].Add(Text(name, value, percent));
        }
        for (var i = 0; i < group.Count; i++) labels[group[i]] = parts[i].Count == 0 ? null : string.Join(" · ", parts[i]);
    }

    /// <summary>Equal for equal values however the spec wrote them (0.5 and 0.50); a missing value is a value of its own.</summary>
    static string Canonical(JsonElement? value) => value switch
    {
        null => "\u0000missing",
        { ValueKind: JsonValueKind.Number } number when number.TryGetDouble(out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        { } other => other.GetRawText(),
    };

    /// <summary>Every value given is a number from 0 to 1 and one is not whole: amounts like 0.5 read best as "50%".</summary>
    static bool AllFractions(List<JsonElement?> values)
    {
        var present = values.OfType<JsonElement>().ToList();
        return present.All(v => v.ValueKind == JsonValueKind.Number && v.GetDouble() is >= 0 and <= 1)
            && present.Any(v => v.GetDouble() % 1 != 0);
    }

    static string Text(string name, JsonElement value, bool percent) => value.ValueKind switch
    {
        JsonValueKind.Number when percent => $"{Percent(value.GetDouble())}%",
        JsonValueKind.Number => $"{name} {Number(value)}",
        JsonValueKind.String when value.GetString() is { Length: > 0 } text => text,
        JsonValueKind.String => $"{name} (empty)",
        JsonValueKind.True => name,
        JsonValueKind.False => $"no {name}",
        JsonValueKind.Null => $"{name} none",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
        _ => $"{name} {value.GetRawText()}",
    };

    static string Number(JsonElement value) =>
        value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString(CultureInfo.InvariantCulture);

    // Decimal, so 0.07 reads "7", not the double product 7.000000000000001.
    static string Percent(double fraction) => ((decimal)fraction * 100).ToString("0.############", CultureInfo.InvariantCulture);
}
