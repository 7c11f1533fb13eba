// Evaluating a text dataset: the model receives [CLS] ids [SEP] + padding, the mask and zero token types, as
// int64 or int32, at the spec's maxLength or the model's own fixed length (expected logits by hand from
// TextModels.Counter); the cache key follows the tokenizing settings and the task (an embedding needs no labels);
// and each file or model problem is that model's error, naming the file or input, with nothing cached.
using Backend.Tests.Evaluation.Signatures;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Text;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Text;

public sealed class TextEvaluationTests
{
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    static async Task<ModelEvaluation> Evaluate(SignatureWorkspace workspace) =>
        Assert.Single((await Service().EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, CancellationToken.None)).Models);

    static Task<ModelOutputs> Outputs(SignatureWorkspace workspace) =>
        Service().GetOutputsAsync(workspace.Summary(), "m", NoProgress.Instance, CancellationToken.None);

    static void AssertLogits(float[][] expected, ModelOutputs outputs)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            var (a, b) = (expected[i][0], expected[i][1]);
            var pb = 1 / (1 + MathF.Exp(a - b));
            Assert.Equal(1 - pb, outputs.Probabilities[2 * i], 4);
            Assert.Equal(pb, outputs.Probabilities[2 * i + 1], 4);
        }
    }

    static readonly string[] Texts = ["a b", "C", "a a a a a a a a"];

    [Fact]
    public async Task A_dynamic_length_int64_model_gets_cls_ids_sep_and_padding_cut_at_max_length()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0], ", \"maxLength\": 8");
        var entry = await Evaluate(workspace);
        Assert.Null(entry.Error);
        // [CLS] a b [SEP]: 4 tokens, ids 2+4+5+3 = 14; [CLS] c [SEP] (lower-cased): 3, 11; eight a's cut to six: 8, 2+24+3 = 29.
        AssertLogits([[4, 1.4f], [3, 1.1f], [8, 2.9f]], await Outputs(workspace));
        Assert.Equal(3, entry.Instances);
    }

    [Fact]
    public async Task An_int32_model_with_a_fixed_sequence_length_gets_its_own_length()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int32, 4), Texts, [0, 0, 0], ", \"maxLength\": 128");
        var entry = await Evaluate(workspace);
        Assert.Null(entry.Error);
        // At 4 positions the long text keeps two a's: 2+4+4+3 = 13.
        AssertLogits([[4, 1.4f], [3, 1.1f], [4, 1.3f]], await Outputs(workspace));
    }

    [Fact]
    public async Task A_model_without_token_type_ids_takes_ids_and_mask_only()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence", ["input_ids", "attention_mask"]), Texts, [0, 0, 0]);
        Assert.Null((await Evaluate(workspace)).Error);
        // Ten tokens at the default maxLength (128): 2+8·4+3 = 37.
        AssertLogits([[4, 1.4f], [3, 1.1f], [10, 3.7f]], await Outputs(workspace));
    }

    [Fact]
    public async Task Texts_from_a_csv_column_are_tokenized_like_lines()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), [], [0, 1], ", \"column\": \"sentence\"");
        File.WriteAllText(workspace.File("texts.txt"), "id,sentence\n1,\"a b\"\n2,c\n");
        Assert.Null((await Evaluate(workspace)).Error);
        AssertLogits([[4, 1.4f], [3, 1.1f]], await Outputs(workspace));
    }

    [Fact]
    public async Task Changing_a_tokenizing_setting_evaluates_again_instead_of_reading_the_cache()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0], ", \"maxLength\": 8");
        Assert.False((await Evaluate(workspace)).Cached);
        Assert.True((await Evaluate(workspace)).Cached);
        File.WriteAllText(workspace.Spec, File.ReadAllText(workspace.Spec).Replace("\"maxLength\": 8", "\"maxLength\": 6"));
        Assert.False((await Evaluate(workspace)).Cached);
        // Four a's fit in six: 2+16+3 = 21.
        AssertLogits([[4, 1.4f], [3, 1.1f], [6, 2.1f]], await Outputs(workspace));
        File.WriteAllText(workspace.File("vocab.txt"), TextModels.Vocab + "d\n");
        Assert.False((await Evaluate(workspace)).Cached);
    }

    [Fact]
    public async Task An_embedding_text_dataset_without_labels_counts_its_texts_and_is_cached_apart_from_classification()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0], ", \"maxLength\": 8");
        Assert.False((await Evaluate(workspace)).Cached);
        // The same texts as an embedding, without labels or classes: the softmaxed outputs cached above must not be read back.
        File.WriteAllText(workspace.Spec, File.ReadAllText(workspace.Spec)
            .Replace("\"labels\": \"y.npy\", \"classes\": [\"a\", \"b\"],", "\"task\": \"embedding\","));
        File.Delete(workspace.File("y.npy"));
        var entry = await Evaluate(workspace);
        Assert.Null(entry.Error);
        Assert.False(entry.Cached);
        Assert.Equal(3, entry.Instances);
        // Raw logits, as TextModels.Counter gives them: [tokens, Σ ids / 10].
        Assert.Equal([4, 1.4f, 3, 1.1f, 8, 2.9f], (await Outputs(workspace)).Probabilities.Select(v => MathF.Round(v, 4)));
    }

    [Fact]
    public void Longest_padding_pads_to_the_longest_text_at_most_max_length_and_fills_rows_in_the_background()
    {
        using var folder = new TempFolder();
        var vocab = folder.Write("vocab.txt", TextModels.Vocab);
        var texts = folder.Write("texts.txt", "a b\nc\n");
        var longest = TokenizedTexts.Open(texts, vocab, new TextDataset { Padding = TextPadding.Longest }, 2, CancellationToken.None);
        Assert.Equal(4, longest.Length);
        Assert.Equal(3, TokenizedTexts.Open(texts, vocab, new TextDataset { Padding = TextPadding.Longest, MaxLength = 3 }, 2, CancellationToken.None).Length);
        Assert.Equal(128, TokenizedTexts.Open(texts, vocab, new TextDataset(), 2, CancellationToken.None).Length);
        var arrays = longest.For<long>(longest.Length);
        Assert.Equal([2L, 4, 5, 3, 2, 6, 3, 0], arrays.UpTo(arrays.Ids, 2, CancellationToken.None));
        Assert.Equal([1L, 1, 1, 1, 1, 1, 1, 0], arrays.UpTo(arrays.Mask, 2, CancellationToken.None));
    }

    [Fact]
    public void Float_inputs_of_a_text_dataset_are_refused_saying_activations_need_float_inputs()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0]);
        var dataset = EvaluationDataset.Load(workspace.Summary());
        Assert.NotNull(dataset.Text);
        var error = Assert.Throws<EvaluationException>(() => dataset.InputsUpTo(1, CancellationToken.None));
        Assert.Contains("module activations", error.Message);
        Assert.Contains("--activations", error.Hint);
    }

    static async Task<string> Refusal(SignatureWorkspace workspace)
    {
        var entry = await Evaluate(workspace);
        Assert.NotNull(entry.Error);
        Assert.Empty(workspace.CacheFiles());
        return entry.Error;
    }

    [Fact]
    public async Task A_missing_tokenizer_is_the_model_error_naming_the_file()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0]);
        File.Delete(workspace.File("vocab.txt"));
        var error = await Refusal(workspace);
        Assert.Contains($"The dataset's tokenizer file {workspace.File("vocab.txt")} does not exist.", error);
    }

    [Fact]
    public async Task Texts_that_do_not_match_the_labels_are_refused_with_both_counts()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0]);
        var error = await Refusal(workspace);
        Assert.Contains($"The dataset's texts {workspace.File("texts.txt")} hold 3 texts but its labels 2.", error);
    }

    [Fact]
    public async Task A_csv_without_the_column_is_refused_naming_its_header()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0], ", \"column\": \"sentence\"");
        File.WriteAllText(workspace.File("texts.txt"), "id,text\n1,a\n");
        var error = await Refusal(workspace);
        Assert.Contains("have no column \"sentence\" (its header: \"id\", \"text\")", error);
    }

    [Fact]
    public async Task A_text_too_long_without_truncation_fails_the_model_naming_its_line()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence"), Texts, [0, 0, 0], ", \"maxLength\": 8, \"truncation\": false");
        var error = await Refusal(workspace);
        Assert.Contains($"Text 2 (line 3 of {workspace.File("texts.txt")}) has 10 tokens with [CLS] and [SEP], more than the 8 the model takes", error);
    }

    [Fact]
    public async Task A_model_input_a_text_cannot_feed_is_refused_naming_it()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Int64, "sequence", ["input_ids", "attention_mask", "pixel_values"]), Texts, [0, 0, 0]);
        var error = await Refusal(workspace);
        Assert.Contains("Model \"m\" input \"pixel_values\" (int64[batch, sequence]) cannot be fed from text", error);
    }

    [Fact]
    public async Task A_float_token_input_is_refused_with_its_type()
    {
        using var workspace = TextModels.Workspace(TextModels.Counter(OnnxDataType.Float, "sequence"), Texts, [0, 0, 0]);
        var error = await Refusal(workspace);
        Assert.Contains("input \"input_ids\" is float32[batch, sequence], but a text dataset gives", error);
    }
}
