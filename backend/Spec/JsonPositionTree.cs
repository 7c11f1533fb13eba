// Reads UTF-8 JSON into JsonNodes that carry byte spans; JsonDocument alone cannot say where a value was.
using System.Text.Json;

namespace CompressCompare.Backend.Spec;

/// <summary>Where and why the JSON text could not be read.</summary>
internal sealed record JsonSyntaxError(int ByteOffset, string Message);

/// <summary>A parsed spec text: the root node plus the bytes its spans refer to.</summary>
internal sealed class JsonPositionTree
{
    // The spec format is hand-edited: comments and trailing commas are forgiven rather than reported.
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Checking cancellation per token would cost more than the parse; this is a few milliseconds of work.
    private const int TokensPerCancellationCheck = 16_384;

    /// <summary>
    /// Each value costs about 80 bytes here: a 60 MB file of "1," took 2.5 GB. A realistic spec of 100,000 models
    /// holds about 2.5 million values; past this budget the file is refused, not read.
    /// </summary>
    public const int MaxValues = 4_000_000;
    private int _values;
    private int _refusedAt = -1;

    private readonly byte[] _utf8;
    private readonly CancellationToken _cancellationToken;
    private int _tokensSinceCheck;

    private JsonPositionTree(byte[] utf8, CancellationToken cancellationToken)
    {
        _utf8 = utf8;
        _cancellationToken = cancellationToken;
    }

    public JsonNode Root { get; private set; } = null!;

    /// <summary>Parses the whole text, or says where it stops being JSON. Throws only when cancelled.</summary>
    public static bool TryParse(
        byte[] utf8, LineIndex lines, CancellationToken cancellationToken,
        out JsonPositionTree? tree, out JsonSyntaxError? error)
    {
        var built = new JsonPositionTree(utf8, cancellationToken);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                (tree, error) = (null, new JsonSyntaxError(0, "the file holds no JSON value"));
                return false;
            }
            built.Root = built.ReadValue(ref reader);
            // Reading past the root is what makes the reader reject trailing content.
            reader.Read();
        }
        catch (JsonException e)
        {
            var offset = built._refusedAt >= 0 ? built._refusedAt : lines.OffsetOfReaderPosition(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            // Only whitespace or comments: the reader points past them, but the file's start is where to look.
            tree = null;
            error = reader.TokenType == JsonTokenType.None && offset >= utf8.Length
                ? new JsonSyntaxError(0, "the file holds no JSON value")
                : new JsonSyntaxError(offset, WithoutReaderPosition(e.Message));
            return false;
        }
        catch (InvalidOperationException e)
        {
            // GetString rejects escapes that decode to invalid UTF-16 (a lone "\uD800").
            (tree, error) = (null, new JsonSyntaxError((int)reader.TokenStartIndex, e.Message));
            return false;
        }
        (tree, error) = (built, null);
        return true;
    }

    /// <summary>
    /// A standalone copy of the value under <paramref name="node"/>, for parameter values that outlive the parse.
    /// </summary>
    public JsonElement ElementOf(JsonNode node)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(node.Start, node.End - node.Start), ReaderOptions);
        reader.Read();
        // ParseValue copies into a document of its own, so nothing here needs disposing.
        return JsonElement.ParseValue(ref reader);
    }

    private JsonNode ReadValue(ref Utf8JsonReader reader)
    {
        if (++_values > MaxValues)
        {
            _refusedAt = (int)reader.TokenStartIndex;
            throw new JsonException($"the spec holds more than {MaxValues:N0} JSON values, more than any spec of 100,000 models; it was not read further", null, null, null);
        }
        if (++_tokensSinceCheck >= TokensPerCancellationCheck)
        {
            _tokensSinceCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }

        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObjectNode(start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    var nameEnd = nameStart + reader.ValueSpan.Length + 2;
                    reader.Read();
                    obj.Properties.Add(new JsonPropertyNode(name, nameStart, nameEnd, ReadValue(ref reader)));
                }
                obj.End = (int)reader.TokenStartIndex + 1;
                return obj;

            case JsonTokenType.StartArray:
                var array = new JsonArrayNode(start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    array.Items.Add(ReadValue(ref reader));
                array.End = (int)reader.TokenStartIndex + 1;
                return array;

            case JsonTokenType.String:
                // ValueSpan is the raw (still escaped) text between the quotes.
                var text = reader.GetString();
                return new JsonScalarNode(start, start + reader.ValueSpan.Length + 2, JsonValueKind.String, text, null);

            case JsonTokenType.Number:
                double? number = reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : null;
                return new JsonScalarNode(start, start + reader.ValueSpan.Length, JsonValueKind.Number, null, number);

            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Null:
                var kind = reader.TokenType switch
                {
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                return new JsonScalarNode(start, start + reader.ValueSpan.Length, kind, null, null);

            default:
                // The reader only hands out value tokens here; anything else means a bug in this loop.
                throw new JsonException($"unexpected token {reader.TokenType}", null, null, null);
        }
    }

    // The reader appends "LineNumber: 3 | BytePositionInLine: 5." in 0-based bytes; our diagnostic carries the position.
    private static string WithoutReaderPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
