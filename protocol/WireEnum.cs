// How a protocol enum is spelled on the wire: one converter for the RPC, the CLI and contract.json, so a C# enum
// reads and writes the exact strings the fields held when they were strings, and an unknown string is refused by name.
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol;

public static class WireEnum
{
    /// <summary>
    /// The wire names of an enum's members in declaration order: the member's [JsonStringEnumMemberName] when it has
    /// one (for spellings camelCase cannot give, such as "torchsharp"), else its camelCase name.
    /// </summary>
    public static IReadOnlyList<(string Name, object Value)> Members(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(f.Name),
                f.GetValue(null)!))];

    /// <summary>The wire name of one value.</summary>
    public static string Name<T>(T value) where T : struct, Enum => WireEnumConverter<T>.NameOf(value);

    /// <summary>The member whose wire name is <paramref name="name"/> (case-sensitive), for words read from elsewhere (a spec file).</summary>
    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum => WireEnumConverter<T>.TryParse(name, out value);

    /// <summary>"\"a\", \"b\" or \"c\"": the allowed values, for messages that tell the user what to send.</summary>
    public static string AllowedValues(Type enumType)
    {
        var names = Members(enumType).Select(m => $"\"{m.Name}\"").ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}

/// <summary>
/// Reads and writes an enum as its wire name, case-sensitively and never as a number (the wire held these strings
/// before they were enums, and a client sending 2 or "Flips" has a bug worth hearing about).
/// </summary>
public sealed class WireEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    static readonly FrozenDictionary<string, T> ByName =
        WireEnum.Members(typeof(T)).ToFrozenDictionary(m => m.Name, m => (T)m.Value, StringComparer.Ordinal);
    static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    internal static bool TryParse(string? name, out T value)
    {
        value = default;
        return name is not null && ByName.TryGetValue(name, out value);
    }

    internal static string NameOf(T value) =>
        ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no member {value}.");

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && ByName.TryGetValue(text, out var value)) return value;
        var got = text is null ? $"a JSON {reader.TokenType.ToString().ToLowerInvariant()}" : $"\"{text}\"";
        throw new JsonException($"{got} is not a {typeof(T).Name}; use {WireEnum.AllowedValues(typeof(T))}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}
