// Where a text dataset's files are and the hash that keys its cached outputs: the texts, the tokenizer, every
// tokenizing setting and the labels when there are any (an embedding's are optional), so changing any of them
// (a new vocab, another maxLength) evaluates again.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation.Text;

internal static class TextDatasetFiles
{
    public static (string Texts, string Hash) Locate(ParsedSpec spec, TextDataset text, IEnumerable<string> labelsHash)
    {
        var texts = Require(spec, text.Texts, SpecFields.Text.Texts,
            "Write the texts next to the spec, one per line (or a CSV with \"column\"), and point the text's \"texts\" at it.");
        var tokenizer = Tokenizer(spec, text);
        var settings = $"text:column={text.Column};lowercase={text.Lowercase};maxLength={text.MaxLength};padding={WireEnum.Name(text.Padding)};truncation={text.Truncation}";
        return (texts, ContentHash.Combine([ContentHash.OfText(settings), ContentHash.Of(texts), ContentHash.Of(tokenizer), .. labelsHash]));
    }

    public static string Tokenizer(ParsedSpec spec, TextDataset text) => Require(spec, text.Tokenizer, SpecFields.Text.Tokenizer,
        "Save the model's tokenizer next to the spec (tokenizer.save_pretrained writes tokenizer.json and vocab.txt) and point the text's \"tokenizer\" at it.");

    static string Require(ParsedSpec spec, string? relative, string field, string hint)
    {
        if (relative is null)
            throw new EvaluationException($"The spec's dataset text has no usable \"{field}\" path, so its texts cannot be tokenized.", hint, spec.Path);
        var full = WorkspacePolicy.Current.SpecFileToRead(spec.Path, relative, field == SpecFields.Text.Texts ? FileKind.Table : FileKind.Dataset);
        if (!File.Exists(full))
            throw new EvaluationException($"The dataset's {(field == SpecFields.Text.Texts ? "texts" : "tokenizer")} file {full} does not exist.", hint, full);
        return full;
    }
}
