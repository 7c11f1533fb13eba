// Reads a .safetensors JSON header in one forward pass (Utf8JsonReader), keeping only what each tensor needs:
// a DOM of a 100 MB header costs several times its size, and a hostile header is refused at its first bad field.
// Shapes, offsets and types are checked for form here; whether they fit the file is SafetensorsSource's job.
using System.Text.Json;

namespace CompressCompare.Backend.Layers.Sources;

internal static class SafetensorsHeader
{
    /// <summary>One tensor's header entry; offsets are relative to the end of the header.</summary>
    public sealed record Entry(string Name, string DType, long[] Shape, long Begin, long End);

    // Real checkpoints have ranks under 10 and a few thousand tensors per file.
    const int MaxRank = 64;
    const int MaxTensors = 1_000_000;

    /// <summary>The tensors in header order; throws InvalidDataException (or JsonException) for anything else.</summary>
    public static List<Entry> Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        var entries = new List<Entry>();
        Expect(ref reader, JsonTokenType.StartObject, "the header is not a JSON object");
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (name == "__metadata__")
            {
                Next(ref reader);
                reader.Skip();
                continue;
            }
            if (entries.Count == MaxTensors) throw new InvalidDataException($"the header lists more than {MaxTensors} tensors");
            entries.Add(Tensor(ref reader, name));
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new InvalidDataException("the header is not a JSON object of tensors");
        // Content after the object: Read throws for anything but whitespace (padding).
        if (reader.Read()) throw new InvalidDataException("the header has content after its JSON object");
        return entries;
    }

    /// <summary>The element count of <paramref name="shape"/>, false when a dimension is negative or the product overflows.</summary>
    public static bool TryCount(IReadOnlyList<long> shape, out long count)
    {
        count = 1;
        foreach (var d in shape)
        {
            if (d < 0 || (d != 0 && count > long.MaxValue / d)) return false;
            count *= d;
        }
        return true;
    }

    static Entry Tensor(ref Utf8JsonReader reader, string name)
    {
        var shown = Models.Names.Short(name);
        Expect(ref reader, JsonTokenType.StartObject, $"tensor \"{shown}\" is not an object of dtype, shape and data_offsets");
        string? dtype = null;
        List<long>? shape = null, offsets = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var key = reader.GetString();
            switch (key)
            {
                case "dtype":
                    Expect(ref reader, JsonTokenType.String, $"tensor \"{shown}\" has a dtype that is not a string");
                    dtype = reader.GetString();
                    break;
                case "shape": shape = Integers(ref reader, shown, "shape", MaxRank); break;
                case "data_offsets": offsets = Integers(ref reader, shown, "data_offsets", 2); break;
                default:
                    Next(ref reader);
                    reader.Skip();
                    break;
            }
        }
        if (dtype is null || shape is null || offsets is null)
            throw new InvalidDataException($"tensor \"{shown}\" lacks {(dtype is null ? "dtype" : shape is null ? "shape" : "data_offsets")}");
        if (offsets.Count != 2)
            throw new InvalidDataException($"tensor \"{shown}\" has {offsets.Count} data offsets instead of [begin, end]");
        return new Entry(name, dtype, [.. shape], offsets[0], offsets[1]);
    }

    /// <summary>An array of at most <paramref name="max"/> non-negative integers.</summary>
    static List<long> Integers(ref Utf8JsonReader reader, string tensor, string field, int max)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"tensor \"{tensor}\" has a {field} that is not an array");
        var values = new List<long>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (values.Count == max) throw new InvalidDataException($"tensor \"{tensor}\" has more than {max} entries in {field}");
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value) || value < 0)
                throw new InvalidDataException($"tensor \"{tensor}\" has a {field} entry that is not a non-negative integer");
            values.Add(value);
        }
        return values;
    }

    static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new InvalidDataException("the header ends in the middle of its JSON");

    static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string problem)
    {
        if (Next(ref reader) != type) throw new InvalidDataException(problem);
    }
}
