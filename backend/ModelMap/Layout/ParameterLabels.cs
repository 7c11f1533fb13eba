// The short label the Model Map draws beside a model: the parameter values that set it apart from its siblings
// made by the same operation ("50%", "int8", "epochs 5", "attention · 30%"). The column already names the
// operation, so a model with no such sibling, or whose siblings share all its values, gets no label.
using System.Globalization;
using System.Text.Json;
// Each distinct label text, made once per layout and shared by every model that shows it.
using LabelTexts = System.Collections.Generic.Dictionary<(string Name, System.Text.Json.JsonValueKind Kind, long Bits, string? Text, bool Percent), string?>;

namespace CompressCompare.Backend.ModelMap.Layout;

internal static class ParameterLabels
{
    /// <summary>The label of every model by model index; null where there is nothing to say.</summary>
    public static string?[] For(ProvenanceForest tree, ParameterValues parameters)
    {
        var labels = new string?[tree.Count];
        var sorted = new List<int>();
        var group = new List<int>();
        var names = new List<string>();
        var texts = new LabelTexts();
        // One delegate for the whole layout: a lambda inside LabelSiblings would be a new one per family.
        Comparison<int> byOperation = (a, b) => tree.Operation(a).CompareTo(tree.Operation(b));
        void LabelSiblings(ReadOnlySpan<int> siblings)
        {
            if (siblings.Length < 2) return;
            sorted.Clear();
            foreach (var m in siblings) if (tree.Operation(m) != tree.NoOperation) sorted.Add(m);
            sorted.Sort(byOperation);
            for (var start = 0; start < sorted.Count;)
            {
                var end = start + 1;
                while (end < sorted.Count && tree.Operation(sorted[end]) == tree.Operation(sorted[start])) end++;
                if (end - start > 1)
                {
                    group.Clear();
                    for (var i = start; i < end; i++) group.Add(sorted[i]);
                    LabelGroup(tree, parameters, group, names, texts, labels);
                }
                start = end;
            }
        }
        // Siblings as read: MapLayoutBuilder runs this while SiblingOrder sorts them, and a family's labels do not
        // depend on its order (each check below looks at the whole group, and the names are sorted).
        LabelSiblings(tree.RootsAsRead);
        for (var m = 0; m < tree.Count; m++) LabelSiblings(tree.ChildrenAsRead(m));
        return labels;
    }

    static void LabelGroup(
        ProvenanceForest tree, ParameterValues parameters, List<int> group, List<string> names,
        LabelTexts texts, string?[] labels)
    {
        // Every name any model of the group uses, once (they usually all use the same few, in one shared array); then
        // those whose values are not all the same across the group, in ordinal order.
        names.Clear();
        var shared = parameters.Names(group[0]);
        // Loops rather than TrueForAll and RemoveAll: their lambdas capture, so each group would allocate two
        // closures and two delegates, young garbage at every family of siblings.
        var allShared = true;
        foreach (var m in group) allShared &= ReferenceEquals(parameters.Names(m), shared);
        if (allShared) names.AddRange(shared);
        else
            foreach (var m in group)
                foreach (var name in parameters.Names(m))
                    if (!names.Contains(name)) names.Add(name);
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
            if (Differs(parameters, group, names[i])) names[kept++] = names[i];
        names.RemoveRange(kept, names.Count - kept);
        if (names.Count == 0) return;
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var percent = AllFractions(parameters, group, name);
            foreach (var m in group)
            {
                var value = parameters.ValueOf(m, name);
                if (value.Kind == JsonValueKind.Undefined) continue;
                // Siblings across the map repeat the same few values ("50%", "int8"): each text is made once and shared,
                // rather than a string per model formatted through decimal (at 100,000 models, ~100,000 young strings).
                var key = (name, value.Kind, BitConverter.DoubleToInt64Bits(value.Number), value.Text, percent);
                if (!texts.TryGetValue(key, out var made)) texts.Add(key, made = Text(name, value, percent));
                var text = made ?? Text(name, tree.Models[m].Operation!.Parameters[name]);
                labels[m] = labels[m] is { } before ? $"{before} · {text}" : text;
            }
        }
    }

    /// <summary>Whether two models of the group hold different values (0.5 and 0.50 are one value; a missing one is a value of its own).</summary>
    static bool Differs(ParameterValues parameters, List<int> group, string name)
    {
        var first = parameters.ValueOf(group[0], name);
        for (var i = 1; i < group.Count; i++)
        {
            var other = parameters.ValueOf(group[i], name);
            var same = first.Kind == other.Kind && first.Text == other.Text
                && (first.Number.Equals(other.Number) || first.Kind is not JsonValueKind.Number);
            if (!same) return true;
        }
        return false;
    }

    /// <summary>Every value given is a number from 0 to 1 and one is not whole: amounts like 0.5 read best as "50%".</summary>
    static bool AllFractions(ParameterValues parameters, List<int> group, string name)
    {
        var fraction = false;
        foreach (var m in group)
        {
            var value = parameters.ValueOf(m, name);
            if (value.Kind == JsonValueKind.Undefined) continue;
            if (value.Kind != JsonValueKind.Number || value.Number is < 0 or > 1) return false;
            fraction |= value.Number % 1 != 0;
        }
        return fraction;
    }

    /// <summary>The label text from the value as read; null for what only the JSON itself can say (arrays, objects, huge whole numbers).</summary>
    static string? Text(string name, ParameterValue value, bool percent) => value.Kind switch
    {
        JsonValueKind.Number when percent => $"{Percent(value.Number)}%",
        JsonValueKind.Number when Whole(value.Number) is { } whole => $"{name} {whole.ToString(CultureInfo.InvariantCulture)}",
        JsonValueKind.Number when value.Number % 1 != 0 => $"{name} {value.Number.ToString(CultureInfo.InvariantCulture)}",
        JsonValueKind.String when value.Text is { Length: > 0 } text => text,
        JsonValueKind.String => $"{name} (empty)",
        JsonValueKind.True => name,
        JsonValueKind.False => $"no {name}",
        JsonValueKind.Null => $"{name} none",
        _ => null,
    };

    // Below 2^53 a whole double is exactly the integer its JSON text spells, however it is written (5, 5.0, 5e0, -0);
    // above, the text may hold digits the double lost, so the JSON is read again.
    static long? Whole(double number) => number % 1 == 0 && Math.Abs(number) < 9007199254740992d ? (long)number : null;

    static string Text(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => $"{name} {Number(value)}",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
        _ => $"{name} {value.GetRawText()}",
    };

    static string Number(JsonElement value) =>
        value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString(CultureInfo.InvariantCulture);

    // Decimal, so 0.07 reads "7", not the double product 7.000000000000001.
    static string Percent(double fraction) => ((decimal)fraction * 100).ToString("0.############", CultureInfo.InvariantCulture);
}
