// The nodes of a JSON document that remember where they are, so every spec diagnostic can point at its token.
// Nodes of one model entry can be reused for the next (JsonNodePool), so they are reinitialised in place rather than immutable.
using System.Text.Json;

namespace CompressCompare.Backend.Spec;

/// <summary>A JSON value and its UTF-8 byte span [Start, End) in the spec text.</summary>
internal abstract class JsonNode(int start)
{
    public int Start { get; private protected set; } = start;
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

    internal JsonObjectNode Reuse(int start)
    {
        (Start, End) = (start, start);
        Properties.Clear();
        return this;
    }

    /// <summary>The value of a property, or null when absent. A repeated key resolves to its last occurrence, as JavaScript's JSON.parse does.</summary>
    public JsonNode? Find(string name)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal)) return Properties[i].Value;
        return null;
    }
}

/// <summary>One property of an object: its decoded name, where the name's quoted token is, and its value.</summary>
internal sealed class JsonPropertyNode(string name, int nameStart, int nameEnd, JsonNode value)
{
    public string Name { get; private set; } = name;
    public int NameStart { get; private set; } = nameStart;
    public int NameEnd { get; private set; } = nameEnd;
    public JsonNode Value { get; private set; } = value;

    internal JsonPropertyNode Reuse(string name, int nameStart, int nameEnd, JsonNode value)
    {
        (Name, NameStart, NameEnd, Value) = (name, nameStart, nameEnd, value);
        return this;
    }
}

/// <summary>A JSON array; items in file order.</summary>
internal sealed class JsonArrayNode(int start) : JsonNode(start)
{
    public List<JsonNode> Items { get; } = [];
    public override JsonValueKind Kind => JsonValueKind.Array;

    internal JsonArrayNode Reuse(int start)
    {
        (Start, End) = (start, start);
        Items.Clear();
        return this;
    }
}

/// <summary>A string, number, true, false or null.</summary>
internal sealed class JsonScalarNode : JsonNode
{
    public JsonScalarNode(int start, int end, JsonValueKind kind, string? text, double? number) : base(start) =>
        Reuse(start, end, kind, text, number);

    public override JsonValueKind Kind => _kind;
    private JsonValueKind _kind;
    /// <summary>The decoded string, for strings only.</summary>
    public string? Text { get; private set; }
    /// <summary>The value, for numbers that fit a double; null for 1e999 and the like.</summary>
    public double? Number { get; private set; }

    internal JsonScalarNode Reuse(int start, int end, JsonValueKind kind, string? text, double? number)
    {
        (Start, End, _kind, Text, Number) = (start, end, kind, text, number);
        return this;
    }
}
