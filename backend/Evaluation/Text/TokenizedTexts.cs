// A text dataset's texts with their tokenizer: the model inputs are made on a background thread, a chunk of rows
// at a time, while the model already runs on the rows that are ready (the seam BoundInput's upTo waits on).
// One set of arrays per sequence length and element type, since models may fix their own length or take int32.
using System.Collections.Concurrent;
using System.Numerics;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation.Text;

internal sealed class TokenizedTexts
{
    readonly ConcurrentDictionary<(int Length, Type Element), object> _arrays = new();
    readonly CancellationToken _cancellationToken;
    readonly IReadOnlyList<int>[]? _tokens;

    TokenizedTexts(string[] texts, string path, TextTokenizer tokenizer, TextDataset settings, CancellationToken cancellationToken)
    {
        Texts = texts;
        Path = path;
        Tokenizer = tokenizer;
        Settings = settings;
        _cancellationToken = cancellationToken;
        if (settings.Padding == TextPadding.Longest)
        {
            // Every text is tokenized once, up front, to find the longest; the fill then reuses these tokens. A first pass
            // that only counts (BertTokenizer.CountTokens) took 0.7–0.8 × this encoding on 72k texts, so streaming the
            // encoding behind it would hide at most a quarter of this wait and cost a second pass on the cores inference uses.
            _tokens = [.. texts.Select(tokenizer.Tokens)];
            Length = Math.Min(settings.MaxLength, 2 + _tokens.Select(t => t.Count).DefaultIfEmpty(0).Max());
        }
        else Length = settings.MaxLength;
    }

    public string[] Texts { get; }
    public string Path { get; }
    public TextTokenizer Tokenizer { get; }
    public TextDataset Settings { get; }
    /// <summary>The sequence length the spec asks for (maxLength, or the longest text's); a model with a fixed length uses its own.</summary>
    public int Length { get; }

    /// <summary>Reads the texts and the tokenizer, so every file problem is refused before a batch runs; <paramref name="labels"/> null when there are none to count.</summary>
    public static TokenizedTexts Open(string textsPath, string tokenizerPath, TextDataset settings, int? labels, CancellationToken cancellationToken)
    {
        var texts = TextsFile.Read(textsPath, settings.Column);
        if (labels is not null && texts.Length != labels)
            throw new EvaluationException($"The dataset's texts {textsPath} hold {texts.Length} texts but its labels {labels}.",
                settings.Column is null ? "Write exactly one text per line, one per label, in dataset order (no blank line at the end)."
                    : "Write one CSV row per label, in dataset order, after the header.", textsPath);
        var tokenizer = TextTokenizer.Load(tokenizerPath, settings.Lowercase);
        return new TokenizedTexts(texts, textsPath, tokenizer, settings, cancellationToken);
    }

    /// <summary>The arrays for sequences of <paramref name="length"/> tokens, started on first use.</summary>
    public TokenArrays<T> For<T>(int length) where T : unmanaged, IBinaryInteger<T> =>
        (TokenArrays<T>)_arrays.GetOrAdd((length, typeof(T)), _ => TokenArrays<T>.Start(this, length, _cancellationToken));

    /// <summary>The tokens of text <paramref name="row"/>, without [CLS] and [SEP].</summary>
    public IReadOnlyList<int> TokensOf(int row) => _tokens?[row] ?? Tokenizer.Tokens(Texts[row]);

    /// <summary>Where text <paramref name="row"/> is in its file, for errors: a line, or a CSV row after the header.</summary>
    public string LineOf(int row) => $"line {row + (Settings.Column is null ? 1 : 2)}";
}
