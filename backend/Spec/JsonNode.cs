// The nodes of a JSON document that remember where they are, so every spec diagnostic can point at its token.
using System.Text.Json;

namespace CompressCompare.Backend.Spec;

/// <summary>A JSON value and its UTF-8 byte span [Start, End) in the spec text.</summary>
internal abstract class JsonNode(int start)
{
    public int Start { get; } = start;
    public int End { get; internal set; } = start;
    public abstract JsonValueKind Kind { get; }

    /// <summary>The value's kind as a message says it: "found a string".</summary>
    public string Description => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    public bool IsNull => Kind == JsonValueKind.Null;

    /// <summary>
    /// Where a diagnostic about this value should point: a scalar as a whole, a container at its opening
    /// bracket only, because underlining a whole object or array can cover most of the file.
    /// </summary>
    public (int Start, int End) Head => this is JsonScalarNode ? (Start, End) : (Start, Start + 1);
}

/// <summary>A JSON object; properties in file order.</summary>
internal sealed class JsonObjectNode(int start) : JsonNode(start)
{
    public List<JsonPropertyNode> Properties { get; } = [];
    public override JsonValueKind Kind => JsonValueKind.Object;

    /// <summary>The value of a property, or null when absent. A repeated key resolves to its last occurrence, as JavaScript's JSON.parse does.</summary>
    public JsonNode? Find(string name)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal)) return Properties[i].Value;
        return null;
    }
}

/// <summary>One property of an object: its decoded name, where the name's quoted token is, and its value.</summary>
internal sealed record JsonPropertyNode(string Name, int NameStart, int NameEnd, JsonNode Value);

/// <summary>A JSON array; items in file order.</summary>
internal sealed class JsonArrayNode(int start) : JsonNode(start)
{
    public List<JsonNode> Items { get; } = [];
    public override JsonValueKind Kind => JsonValueKind.Array;
}

/// <summary>A string, number, true, false or null.</summary>
internal sealed class JsonScalarNode : JsonNode
{
    public JsonScalarNode(int start, int end, JsonValueKind kind, string? text, double? number) : base(start)
    {
        End = end;
        Kind = kind;
        Text = text;
        Number = number;
    }

    public override JsonValueKind Kind { get; }
    /// <summary>The decoded string, for strings only.</summary>
    public string? Text { get; }
    /// <summary>The value, for numbers that fit a double; null for 1e999 and the like.</summary>
    public double? Number { get; }
}
