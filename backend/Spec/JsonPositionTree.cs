// Reads UTF-8 JSON into JsonNodes that carry byte spans; JsonDocument alone cannot say where a value was.
// One top-level array (the spec's "models") can be left unbuilt: it is checked and measured in the first pass, and
// its items are built one at a time as they are read (JsonDeferredArrayNode), so no whole-file tree is ever held.
// A reader handed in for that array (onDeferred) gets each item's nodes in the first pass itself, so a spec whose
// models can be read there is read once (on a second thread, DeferredItemPipeline); the item spans are kept all the
// same, for a second pass when they cannot. Either way an item's nodes come from a JsonNodePool and are taken back once
// the item has been read.
using System.Text;
using System.Text.Json;

namespace CompressCompare.Backend.Spec;

/// <summary>Where and why the JSON text could not be read.</summary>
internal sealed record JsonSyntaxError(int ByteOffset, string Message);

/// <summary>
/// Called when the deferred array starts, with the root object as read so far: the reader of its items, which gets
/// each item's nodes and index as the item is read, or null to leave the items unbuilt.
/// </summary>
internal delegate Action<JsonNode, int>? DeferredItemReader(JsonObjectNode rootSoFar, JsonPositionTree tree, JsonDeferredArrayNode array);

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
    private readonly string? _deferred;
    private readonly DeferredItemReader? _onDeferred;
    private int _tokensSinceCheck;
    // Where the reader's slice starts in _utf8: 0 for the whole file, the item's start while building a deferred item.
    private int _offset;
    // Names and short strings repeat on every model; decoding each once is most of what interning saves.
    private readonly Utf8SlotCache<string> _strings;
    private readonly Utf8SlotCache<JsonElement> _elements;
    private readonly JsonNodePool _itemNodes = new();
    // Set while a deferred item is built: its nodes are reused for the next item instead of allocated.
    private JsonNodePool? _pool;

    private JsonPositionTree(byte[] utf8, CancellationToken cancellationToken, string? deferred, DeferredItemReader? onDeferred)
    {
        _utf8 = utf8;
        (_strings, _elements) = (Utf8SlotCache<string>.ForText(utf8.Length), Utf8SlotCache<JsonElement>.ForText(utf8.Length));
        _cancellationToken = cancellationToken;
        _deferred = deferred;
        _onDeferred = onDeferred;
    }

    public JsonNode Root { get; private set; } = null!;

    /// <summary>The length of the text in bytes.</summary>
    public int TextLength => _utf8.Length;

    /// <summary>Parses the whole text, or says where it stops being JSON. Throws only when cancelled.</summary>
    /// <param name="deferredArray">A property of the root object whose array value becomes a JsonDeferredArrayNode.</param>
    /// <param name="onDeferred">Who may read that array's items as they are met (see DeferredItemReader).</param>
    public static bool TryParse(
        byte[] utf8, LineIndex lines, CancellationToken cancellationToken,
        out JsonPositionTree? tree, out JsonSyntaxError? error, string? deferredArray = null, DeferredItemReader? onDeferred = null)
    {
        var built = new JsonPositionTree(utf8, cancellationToken, deferredArray, onDeferred);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                (tree, error) = (null, new JsonSyntaxError(0, "the file holds no JSON value"));
                return false;
            }
            built.Root = built.ReadValue(ref reader, isRoot: true);
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
        // A scalar's element is immutable and its own document: the same raw token can share one.
        var raw = _utf8.AsSpan(node.Start, node.End - node.Start);
        var slot = node is JsonScalarNode ? _elements.SlotOf(raw) : -1;
        if (_elements.TryGet(slot, raw, out var held)) return held;
        var element = ParseElement(node);
        _elements.Set(slot, raw, element);
        return element;
    }

    private JsonElement ParseElement(JsonNode node)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(node.Start, node.End - node.Start), ReaderOptions);
        reader.Read();
        // ParseValue copies into a document of its own, so nothing here needs disposing.
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// The nodes of the deferred item at [<paramref name="start"/>, <paramref name="end"/>), already read once as part
    /// of the whole; they are valid until the next item is built.
    /// </summary>
    internal JsonNode ReadAt(int start, int end)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(start, end - start), ReaderOptions);
        reader.Read();
        // The first pass counted these values within the budget and checked their escapes: counting starts over
        // for the item alone (so it cannot be refused again), and only the offsets need shifting.
        var (offset, values) = (_offset, _values);
        (_offset, _values) = (start, 0);
        try
        {
            _itemNodes.Reset();
            return ReadItem(ref reader, _itemNodes);
        }
        finally
        {
            (_offset, _values) = (offset, values);
        }
    }

    private JsonNode ReadItem(ref Utf8JsonReader reader, JsonNodePool nodes)
    {
        _pool = nodes;
        try
        {
            return ReadValue(ref reader, isRoot: false);
        }
        finally
        {
            _pool = null;
        }
    }

    // Every value counts against MaxValues, built or deferred, so a deferred array is refused exactly where a built one was.
    private void CountValue(ref Utf8JsonReader reader)
    {
        if (++_values > MaxValues)
        {
            _refusedAt = _offset + (int)reader.TokenStartIndex;
            throw new JsonException($"the spec holds more than {MaxValues:N0} JSON values, more than any spec of 100,000 models; it was not read further", null, null, null);
        }
        if (++_tokensSinceCheck >= TokensPerCancellationCheck)
        {
            _tokensSinceCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private JsonNode ReadValue(ref Utf8JsonReader reader, bool isRoot)
    {
        CountValue(ref reader);
        var start = _offset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = _pool?.Object(start) ?? new JsonObjectNode(start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = _offset + (int)reader.TokenStartIndex;
                    var name = StringOf(ref reader);
                    var nameEnd = nameStart + reader.ValueSpan.Length + 2;
                    reader.Read();
                    var property = isRoot && reader.TokenType == JsonTokenType.StartArray && name == _deferred
                        ? ReadDeferred(ref reader, obj)
                        : ReadValue(ref reader, isRoot: false);
                    obj.Properties.Add(_pool?.Property(name, nameStart, nameEnd, property) ?? new JsonPropertyNode(name, nameStart, nameEnd, property));
                }
                obj.End = _offset + (int)reader.TokenStartIndex + 1;
                return obj;

            case JsonTokenType.StartArray:
                var array = _pool?.Array(start) ?? new JsonArrayNode(start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    array.Items.Add(ReadValue(ref reader, isRoot: false));
                array.End = _offset + (int)reader.TokenStartIndex + 1;
                return array;

            case JsonTokenType.String:
                // ValueSpan is the raw (still escaped) text between the quotes.
                var text = StringOf(ref reader);
                return Scalar(start, start + reader.ValueSpan.Length + 2, JsonValueKind.String, text, null);

            case JsonTokenType.Number:
                double? number = JsonDecimal.TryRead(reader.ValueSpan, out var value) || (reader.TryGetDouble(out value) && double.IsFinite(value)) ? value : null;
                return Scalar(start, start + reader.ValueSpan.Length, JsonValueKind.Number, null, number);

            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Null:
                var kind = reader.TokenType switch
                {
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                return Scalar(start, start + reader.ValueSpan.Length, kind, null, null);

            default:
                // The reader only hands out value tokens here; anything else means a bug in this loop.
                throw new JsonException($"unexpected token {reader.TokenType}", null, null, null);
        }
    }

    private JsonScalarNode Scalar(int start, int end, JsonValueKind kind, string? text, double? number) =>
        _pool?.Scalar(start, end, kind, text, number) ?? new JsonScalarNode(start, end, kind, text, number);

    /// <summary>
    /// Reads the array at the reader as item spans, checking all that building it would have checked; with an item
    /// reader, each item is built (the same checks, by the same code) and handed over as well.
    /// </summary>
    private JsonDeferredArrayNode ReadDeferred(ref Utf8JsonReader reader, JsonObjectNode rootSoFar)
    {
        CountValue(ref reader);
        var array = new JsonDeferredArrayNode(_offset + (int)reader.TokenStartIndex, this);
        using var pipeline = _onDeferred?.Invoke(rootSoFar, this, array) is { } readItem ? new DeferredItemPipeline(readItem) : null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            if (pipeline is not null)
            {
                var item = ReadItem(ref reader, pipeline.Nodes);
                array.Add(start, item.End, container: item is not JsonScalarNode);
                pipeline.Add(item, array.Count - 1);
                continue;
            }
            CountValue(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    array.Add(start, SkipContainer(ref reader), container: true);
                    break;
                case JsonTokenType.String:
                    CheckEscapes(ref reader);
                    array.Add(start, start + reader.ValueSpan.Length + 2, container: false);
                    break;
                default:
                    array.Add(start, start + reader.ValueSpan.Length, container: false);
                    break;
            }
        }
        pipeline?.Finish();
        array.End = (int)reader.TokenStartIndex + 1;
        return array;
    }

    /// <summary>Reads to the end of the container the reader is at; the end offset of its closing bracket.</summary>
    private int SkipContainer(ref Utf8JsonReader reader)
    {
        for (var depth = 1; depth > 0 && reader.Read();)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CountValue(ref reader);
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName:
                    CheckEscapes(ref reader);
                    break;
                case JsonTokenType.String:
                    CountValue(ref reader);
                    CheckEscapes(ref reader);
                    break;
                default:
                    CountValue(ref reader);
                    break;
            }
        }
        return (int)reader.TokenStartIndex + 1;
    }

    // An escape that decodes to invalid UTF-16 (a lone "\uD800") must fail here, where building the node would have.
    private static void CheckEscapes(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) reader.GetString();
    }

    /// <summary>The string or property name at the reader; an unescaped short one from the cache.</summary>
    private string StringOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) return reader.GetString()!;
        var raw = reader.ValueSpan;
        var slot = _strings.SlotOf(raw);
        if (_strings.TryGet(slot, raw, out var held)) return held;
        // The bytes are valid UTF-8 (SpecParser checks), so this decodes exactly as GetString does.
        var text = Encoding.UTF8.GetString(raw);
        _strings.Set(slot, raw, text);
        return text;
    }

    // The reader appends "LineNumber: 3 | BytePositionInLine: 5." in 0-based bytes; our diagnostic carries the position.
    private static string WithoutReaderPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
