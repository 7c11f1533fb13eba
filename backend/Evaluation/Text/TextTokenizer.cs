// Turns one text into a BERT-family model's token ids as its Hugging Face tokenizer does: [CLS] tokens [SEP],
// cut to the sequence length (keeping [SEP] last) and padded with [PAD]; the attention mask is 1 on real tokens
// and token_type_ids are 0 (one segment). WordPiece itself is Microsoft.ML.Tokenizers' BertTokenizer.
using System.Numerics;
using Microsoft.ML.Tokenizers;

namespace CompressCompare.Backend.Evaluation.Text;

internal sealed class TextTokenizer
{
    readonly BertTokenizer _bert;

    TextTokenizer(BertTokenizer bert, string path)
    {
        _bert = bert;
        Path = path;
    }

    public string Path { get; }
    public int ClassificationId => _bert.ClassificationTokenId;
    public int SeparatorId => _bert.SeparatorTokenId;
    public int PaddingId => _bert.PaddingTokenId;

    /// <summary>
    /// The tokenizer at <paramref name="path"/>: a tokenizer.json (its own normalizer), or a vocab.txt, lower-cased and
    /// accent-stripped when <paramref name="lowercase"/> (as BERT's uncased BasicTokenizer). Refused with what to do when absent or unusable.
    /// </summary>
    public static TextTokenizer Load(string path, bool lowercase)
    {
        if (!File.Exists(path))
            throw new EvaluationException($"The dataset's tokenizer {path} does not exist.",
                "Save the model's tokenizer next to the spec (tokenizer.save_pretrained writes tokenizer.json and vocab.txt) and point the text's \"tokenizer\" at it.", path);
        try
        {
            var bert = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? TokenizerJson.Load(path)
                : BertTokenizer.Create(path, new BertOptions { LowerCaseBeforeTokenization = lowercase, RemoveNonSpacingMarks = lowercase });
            return new TextTokenizer(bert, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
        {
            throw new EvaluationException($"The dataset's tokenizer {path} cannot be read: {e.Message}",
                "Point the text's \"tokenizer\" at the model's tokenizer.json, or at its vocab.txt (one WordPiece token per line, [CLS], [SEP], [PAD] and [UNK] among them).", path, e);
        }
    }

    /// <summary>The WordPiece ids of <paramref name="text"/>, without [CLS] and [SEP].</summary>
    public IReadOnlyList<int> Tokens(string text) =>
        _bert.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);

    /// <summary>
    /// Writes one instance of <paramref name="ids"/>.Length positions. Returns false, writing nothing, when the text
    /// has more tokens than fit and <paramref name="truncate"/> is false.
    /// </summary>
    public bool Write<T>(IReadOnlyList<int> tokens, Span<T> ids, Span<T> mask, Span<T> types, bool truncate) where T : unmanaged, IBinaryInteger<T>
    {
        var room = ids.Length - 2;
        if (tokens.Count > room && !truncate) return false;
        var kept = Math.Min(tokens.Count, room);
        ids[0] = T.CreateTruncating(ClassificationId);
        for (var i = 0; i < kept; i++) ids[i + 1] = T.CreateTruncating(tokens[i]);
        ids[kept + 1] = T.CreateTruncating(SeparatorId);
        ids[(kept + 2)..].Fill(T.CreateTruncating(PaddingId));
        mask[..(kept + 2)].Fill(T.One);
        mask[(kept + 2)..].Clear();
        types.Clear();
        return true;
    }
}
