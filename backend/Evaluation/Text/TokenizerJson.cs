// Reads a Hugging Face tokenizer.json with a WordPiece model (BERT, DistilBERT, MiniLM…). Microsoft.ML.Tokenizers
// 3.0.0 reads tokenizer.json only for SentencePiece models, so its vocabulary, normalizer and special tokens are
// read here and a matching BertTokenizer is built; anything it would tokenize differently is refused by name.
using System.Text.Json;
using Microsoft.ML.Tokenizers;

namespace CompressCompare.Backend.Evaluation.Text;

internal static class TokenizerJson
{
    public static BertTokenizer Load(string path)
    {
        using var document = Parse(path);
        var root = document.RootElement;
        var model = Member(root, "model");
        var type = Text(model, "type");
        if (type != "WordPiece")
            throw Refused(path, $"its model is {(type is null ? "of no declared type" : $"\"{type}\"")}, and only WordPiece tokenizers (BERT-family models) are supported",
                "Evaluate a BERT-family model, or tokenize the texts yourself and give the arrays as the dataset's \"inputs\" {\"input_ids\": ..., \"attention_mask\": ...}.");
        var normalizer = Member(root, "normalizer");
        var normalizerType = normalizer is { } n ? Text(n, "type") : null;
        if (normalizerType is not (null or "BertNormalizer"))
            throw Refused(path, $"its normalizer is \"{normalizerType}\", and only BertNormalizer is supported", "Use the model's own BERT tokenizer.json, or its vocab.txt with \"lowercase\" in the spec.");
        var preTokenizer = Member(root, "pre_tokenizer") is { } p ? Text(p, "type") : null;
        if (preTokenizer is not (null or "BertPreTokenizer"))
            throw Refused(path, $"its pre-tokenizer is \"{preTokenizer}\", and only BertPreTokenizer is supported", "Use the model's own BERT tokenizer.json, or its vocab.txt.");
        var lowercase = normalizer is { } norm && Flag(norm, "lowercase") == true;
        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = lowercase,
            // BertNormalizer strips accents when "strip_accents" says so, or, when it is null, whenever it lower-cases.
            RemoveNonSpacingMarks = normalizer is { } nm && (Flag(nm, "strip_accents") ?? lowercase),
            IndividuallyTokenizeCjk = normalizer is not { } cjk || (Flag(cjk, "handle_chinese_chars") ?? true),
            UnknownToken = Text(model!.Value, "unk_token") ?? "[UNK]",
            ContinuingSubwordPrefix = Text(model.Value, "continuing_subword_prefix") ?? "##",
            MaxInputCharsPerWord = model.Value.TryGetProperty("max_input_chars_per_word", out var max) && max.TryGetInt32(out var chars) ? chars : 100,
        };
        using var vocab = VocabLines(path, model.Value);
        return BertTokenizer.Create(vocab, options);
    }

    /// <summary>The vocabulary as vocab.txt lines (token i on line i), which is what BertTokenizer reads.</summary>
    static MemoryStream VocabLines(string path, JsonElement model)
    {
        if (!model.TryGetProperty("vocab", out var vocab) || vocab.ValueKind != JsonValueKind.Object)
            throw Refused(path, "its model has no \"vocab\" object", "Save the tokenizer again with the model (tokenizer.save_pretrained).");
        var tokens = new SortedDictionary<int, string>();
        foreach (var entry in vocab.EnumerateObject())
            if (!entry.Value.TryGetInt32(out var id) || id < 0 || !tokens.TryAdd(id, entry.Name))
                throw Refused(path, $"its vocab gives \"{entry.Name}\" the id {entry.Value}, which is not a new id", "Save the tokenizer again with the model.");
        if (tokens.Count == 0 || tokens.Keys.Last() != tokens.Count - 1)
            throw Refused(path, "its vocab ids are not 0..n-1 without gaps", "Save the tokenizer again with the model.");
        if (tokens.Values.Any(t => t.Contains('\n') || t.Contains('\r')))
            throw Refused(path, "a token of its vocab holds a line break", "Use the model's vocab.txt instead.");
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
            foreach (var token in tokens.Values) writer.Write(token + "\n");
        stream.Position = 0;
        return stream;
    }

    static JsonDocument Parse(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new EvaluationException($"The tokenizer {path} is not valid JSON: {e.Message}", "Point the text's \"tokenizer\" at the tokenizer.json saved with the model.", path, e);
        }
    }

    static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    static string? Text(JsonElement? element, string name) =>
        element is { } e && Member(e, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    static bool? Flag(JsonElement element, string name) => Member(element, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    static EvaluationException Refused(string path, string why, string hint) =>
        new($"The tokenizer {path} cannot be used: {why}.", hint, path);
}
