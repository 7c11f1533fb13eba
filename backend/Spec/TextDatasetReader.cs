// Reads the dataset's optional "text": a texts file and the tokenizer that turns each text into the model's
// input_ids, attention_mask and token_type_ids. Every problem is a located diagnostic, so a spec that cannot
// tokenize says why in the Problems panel before anyone evaluates.
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class TextDatasetReader
{
    const string Owner = "the dataset's text";
    /// <summary>BERT-family models allow 512 positions; 8192 leaves room for long-context encoders while catching typos.</summary>
    const int LongestSequence = 8192;

    public static TextDataset? Read(JsonObjectNode dataset, string specFolder, SpecDiagnosticSink sink)
    {
        var node = dataset.Find(SpecFields.Dataset.Text);
        if (node is null || node.IsNull) return null;
        if (node is not JsonObjectNode text)
        {
            FieldReader.ReportWrongType(node, SpecFields.Dataset.Text, "the dataset",
                "an object like {\"texts\": \"data/texts.txt\", \"tokenizer\": \"model/vocab.txt\"}", sink);
            return null;
        }
        if (dataset.Find(SpecFields.Dataset.Inputs) is { IsNull: false } inputs)
            sink.Error(DiagnosticCodes.WrongType, inputs.Head,
                "The dataset gives both \"inputs\" and \"text\"; a text dataset makes its inputs by tokenizing. Remove \"inputs\", or remove \"text\" to feed the arrays.");
        var texts = Required(text, SpecFields.Text.Texts, specFolder, sink, "the texts file: one text per line, or a CSV with \"column\"");
        var tokenizer = Required(text, SpecFields.Text.Tokenizer, specFolder, sink, "the model's tokenizer.json or vocab.txt");
        if (tokenizer is not null && !IsTokenizerFile(tokenizer))
            sink.Error(DiagnosticCodes.WrongType, text.Find(SpecFields.Text.Tokenizer)!.Head,
                $"\"{SpecFields.Text.Tokenizer}\" of {Owner} is \"{tokenizer}\", which is neither a Hugging Face tokenizer.json nor a WordPiece vocab.txt. " +
                "Point it at the tokenizer.json (or vocab.txt) saved with the model.");
        var defaults = new TextDataset();
        return new TextDataset
        {
            Texts = texts,
            Column = FieldReader.OptionalString(text, SpecFields.Text.Column, Owner, sink),
            Tokenizer = tokenizer,
            Lowercase = FieldReader.OptionalBool(text, SpecFields.Text.Lowercase, Owner, sink) ?? defaults.Lowercase,
            MaxLength = ReadMaxLength(text, sink) ?? defaults.MaxLength,
            Padding = ReadPadding(text, sink) ?? defaults.Padding,
            Truncation = FieldReader.OptionalBool(text, SpecFields.Text.Truncation, Owner, sink) ?? defaults.Truncation,
        };
    }

    /// <summary>A tokenizer.json (any name ending in .json) or a vocab.txt (any .txt).</summary>
    public static bool IsTokenizerFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    static string? Required(JsonObjectNode text, string field, string specFolder, SpecDiagnosticSink sink, string what)
    {
        if (text.Find(field) is null or { IsNull: true })
        {
            sink.Error(DiagnosticCodes.MissingField, text.Head,
                $"{char.ToUpperInvariant(Owner[0])}{Owner[1..]} has no \"{field}\". Add \"{field}\": {what}, relative to the spec.");
            return null;
        }
        return SpecRelativePath.Read(text, field, Owner, specFolder, sink);
    }

    static int? ReadMaxLength(JsonObjectNode text, SpecDiagnosticSink sink)
    {
        var node = text.Find(SpecFields.Text.MaxLength);
        if (node is null || node.IsNull) return null;
        // [CLS] and [SEP] take two positions, so a sequence of 2 holds no text at all.
        if (node is JsonScalarNode { Number: { } n } && n == Math.Floor(n) && n >= 3 && n <= LongestSequence) return (int)n;
        FieldReader.ReportWrongType(node, SpecFields.Text.MaxLength, Owner, $"a whole number of tokens from 3 to {LongestSequence} ([CLS] and [SEP] included)", sink);
        return null;
    }

    static TextPadding? ReadPadding(JsonObjectNode text, SpecDiagnosticSink sink)
    {
        var written = FieldReader.OptionalString(text, SpecFields.Text.Padding, Owner, sink);
        if (written is null) return null;
        if (WireEnum.TryParse<TextPadding>(written, out var padding)) return padding;
        FieldReader.ReportWrongType(text.Find(SpecFields.Text.Padding)!, SpecFields.Text.Padding, Owner, WireEnum.AllowedValues(typeof(TextPadding)), sink);
        return null;
    }
}
