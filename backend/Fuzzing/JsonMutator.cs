// JSON-aware mutations of a spec or a safetensors header, on its text: numbers become huge, negative, NaN or not
// numbers; strings become "\u0000", very long, "../" paths or device names; values become deeply nested arrays or
// huge arrays; lines are duplicated (duplicate keys and models) or deleted. Tokens are found by pattern, not parsed,
// so the edits also land in broken JSON.
using System.Text;
using System.Text.RegularExpressions;

namespace CompressCompare.Backend.Fuzzing;

public static partial class JsonMutator
{
    static readonly string[] Numbers = ["1e400", "-1e400", "-1", "-0", "NaN", "Infinity", "0.5", "1e-400", "9223372036854775807", "-9223372036854775808",
        "18446744073709551616", "4294967296", "2147483648", "99999999999999999999999999999", "1.7976931348623157e308", "0", "\"1\"", "null", "true", "{}", "[]"];
    static readonly string[] Strings = [@"\u0000", "../../../../etc/passwd", "/dev/zero", "..", "", @"\ud800", "a\\nb", "C:\\\\Windows", "%s%n", "models/../../x.onnx",
        "🦀", @"\u202e", "F32", "I64", "BOOL", "F8_E4M3", "__metadata__"];

    public static (string Text, string Mutation) Mutate(string text, Random random)
    {
        var done = new List<string>();
        for (int i = 0, n = random.Next(1, 3); i < n; i++)
        {
            var (next, what) = MutateOnce(text, random);
            text = next;
            done.Add(what);
        }
        return (text, string.Join(" + ", done));
    }

    static (string, string) MutateOnce(string text, Random random)
    {
        switch (random.Next(8))
        {
            case 0 or 1:
                {
                    var replacement = Numbers[random.Next(Numbers.Length)];
                    return Replace(text, NumberToken(), random, _ => replacement, $"number → {replacement}");
                }
            case 2 or 3:
                {
                    var replacement = random.Next(6) == 0 ? new string('a', random.Next(1_000, 200_000)) : Strings[random.Next(Strings.Length)];
                    return Replace(text, StringToken(), random, _ => $"\"{replacement}\"", $"string → \"{(replacement.Length > 40 ? $"a×{replacement.Length}" : replacement)}\"");
                }
            case 4:
                {
                    var depth = new[] { 63, 65, 1_000, 20_000 }[random.Next(4)];
                    var nested = new StringBuilder().Append('[', depth).Append(']', depth).ToString();
                    return Replace(text, ValueToken(), random, _ => nested, $"value → nesting {depth}");
                }
            case 5:
                {
                    var count = random.Next(1_000, 100_000);
                    var huge = "[" + string.Join(",", Enumerable.Repeat("1", count)) + "]";
                    return Replace(text, ValueToken(), random, _ => huge, $"value → array of {count}");
                }
            case 6:
                {
                    var lines = text.Split('\n').ToList();
                    var at = random.Next(lines.Count);
                    var times = random.Next(1, 4);
                    for (var k = 0; k < times; k++) lines.Insert(at, lines[at]);
                    return (string.Join('\n', lines), $"duplicate line {at + 1} ×{times}");
                }
            default:
                {
                    var lines = text.Split('\n').ToList();
                    var at = random.Next(lines.Count);
                    lines.RemoveAt(at);
                    return (string.Join('\n', lines), $"delete line {at + 1}");
                }
        }
    }

    static (string, string) Replace(string text, Regex pattern, Random random, Func<string, string> replacement, string what)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return (text, what + " (no token)");
        var match = matches[random.Next(matches.Count)];
        return (string.Concat(text.AsSpan(0, match.Index), replacement(match.Value), text.AsSpan(match.Index + match.Length)), what);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][+-]?\d+)?")] private static partial Regex NumberToken();
    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")] private static partial Regex StringToken();
    // A value: after a colon or an opening bracket/comma, a scalar token.
    [GeneratedRegex(@"(?<=[:\[,]\s*)(""(?:[^""\\]|\\.)*""|-?\d[\d.eE+-]*|null|true|false)")] private static partial Regex ValueToken();
}
