// The real embedding model through the CLI: `text-demo` also writes embedding.models.json, the pooled all-MiniLM-L6-v2
// sentence embedding and its int8 copy over the held-out sentences (task "embedding", no labels, topics as an
// attribute). `evaluate` runs both, and `compare`'s cosine, MSE and relative L2 must equal the same numbers computed
// here from ONNX Runtime run on each sentence alone, tokenized by Microsoft.ML.Tokenizers' BertTokenizer directly
// (not through the backend's text dataset). Cached in tests/out/text-demo; needs scripts/setup.sh's NuGet package.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Demo.Text;
using CompressCompare.Backend.Evaluation.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Backend.Tests.Evaluation.Text;

[Collection(TextDemoCollection.Name)]
public sealed class MiniLmEmbeddingCliTests
{
    const int Width = 384;

    static async Task<JsonElement> Run(params string[] args)
    {
        var stdout = new StringWriter();
        Assert.Equal(CliRunner.ExitOk, await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None));
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    /// <summary>Each text's sentence embedding, one text per run: [CLS] WordPiece ids [SEP], cut to 32 tokens as the spec's maxLength, no padding.</summary>
    static double[][] Embeddings(string model, string vocab, IEnumerable<string> texts, int maxLength)
    {
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        using var session = new InferenceSession(model);
        return [.. texts.Select(text =>
        {
            var words = tokenizer.EncodeToIds(text, addSpecialTokens: false);
            long[] ids = [tokenizer.ClassificationTokenId, .. words.Take(maxLength - 2).Select(i => (long)i), tokenizer.SeparatorTokenId];
            var ones = ids.Select(_ => 1L).ToArray();
            var zeros = new long[ids.Length];
            long[] shape = [1, ids.Length];
            using var input = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var mask = OrtValue.CreateTensorValueFromMemory(ones, shape);
            using var types = OrtValue.CreateTensorValueFromMemory(zeros, shape);
            using var output = session.Run(new RunOptions(), ["input_ids", "attention_mask", "token_type_ids"], [input, mask, types], ["sentence_embedding"]);
            return output[0].GetTensorDataAsSpan<float>().ToArray().Select(v => (double)v).ToArray();
        })];
    }

    static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    [Fact]
    public async Task The_minilm_embedding_and_its_int8_copy_compare_by_cosine_mse_and_relative_l2_from_the_cli()
    {
        var folder = Path.Combine(RepoPaths.Of("tests"), "out", "text-demo");
        var spec = (await Run("text-demo", folder)).GetProperty("embeddingSpec").GetString()!;
        Assert.Equal(Path.Combine(folder, TextDemoBuilder.EmbeddingSpecFileName), spec);

        var models = (await Run("evaluate", spec)).GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("modelId").GetString()!);
        Assert.Equal(new[] { TextDemoBuilder.EmbeddingBase, TextDemoBuilder.EmbeddingInt8 }, models.Keys);
        Assert.All(models.Values, m =>
        {
            Assert.Equal(JsonValueKind.Null, m.GetProperty("error").ValueKind);
            Assert.Equal(144, m.GetProperty("instances").GetInt32());
            Assert.Equal(JsonValueKind.Null, m.GetProperty("accuracy").ValueKind);
        });

        var compare = await Run("compare", spec, "--base", TextDemoBuilder.EmbeddingBase, "--models", TextDemoBuilder.EmbeddingInt8);
        Assert.Equal("embedding", compare.GetProperty("task").GetString());
        Assert.Equal(0, compare.GetProperty("classes").GetArrayLength());
        var self = compare.GetProperty("overall").GetProperty(TextDemoBuilder.EmbeddingBase);
        Assert.Equal(1, self.GetProperty("meanCosine").GetDouble(), 1e-9);
        Assert.Equal(0, self.GetProperty("meanMse").GetDouble(), 1e-12);
        Assert.Equal(0, self.GetProperty("meanRelativeL2").GetDouble(), 1e-12);
        var int8 = compare.GetProperty("overall").GetProperty(TextDemoBuilder.EmbeddingInt8);
        Console.Error.WriteLine($"MiniLM embedding int8 vs float32 on 144 sentences: mean cosine {int8.GetProperty("meanCosine").GetDouble():g6}, " +
            $"MSE {int8.GetProperty("meanMse").GetDouble():g4}, relative L2 {int8.GetProperty("meanRelativeL2").GetDouble():g4}");
        // int8 weights move the embedding, but it stays the same sentence's.
        Assert.InRange(int8.GetProperty("meanCosine").GetDouble(), 0.9, 0.9999);

        // Independently: both models on each sentence alone, and the three numbers by their formulas (docs/tasks.md).
        var texts = TextsFile.Read(Path.Combine(folder, "data", "test.csv"), "text");
        var vocab = Path.Combine(folder, "model", "vocab.txt");
        var b = Embeddings(Path.Combine(folder, TextDemoBuilder.EmbeddingModel), vocab, texts, TextDemoBuilder.MaxLength);
        var m = Embeddings(Path.Combine(folder, "models", TextDemoBuilder.EmbeddingInt8 + ".onnx"), vocab, texts, TextDemoBuilder.MaxLength);
        var cosine = b.Select((bi, i) => Dot(bi, m[i]) / Math.Sqrt(Dot(bi, bi) * Dot(m[i], m[i]))).ToArray();
        var mse = b.Select((bi, i) => bi.Zip(m[i], (x, y) => (y - x) * (y - x)).Sum() / Width).ToArray();
        var relativeL2 = b.Select((bi, i) => Math.Sqrt(bi.Zip(m[i], (x, y) => (y - x) * (y - x)).Sum() / Dot(bi, bi))).ToArray();
        // Padding to 32 (the CLI) or not (here) changes the float sums in the last bits only.
        Assert.Equal(cosine.Average(), int8.GetProperty("meanCosine").GetDouble(), 1e-5);
        Assert.Equal(mse.Average(), int8.GetProperty("meanMse").GetDouble(), 1e-7);
        Assert.Equal(relativeL2.Average(), int8.GetProperty("meanRelativeL2").GetDouble(), 1e-4);

        // Per topic (the attributes CSV): each subgroup's mean cosine over its own sentences.
        var topics = File.ReadAllLines(Path.Combine(folder, "data", "test-topics.csv")).Skip(1).ToArray();
        var subgroups = compare.GetProperty("subgroups").EnumerateArray().ToArray();
        Assert.Equal(4, subgroups.Length);
        foreach (var subgroup in subgroups)
        {
            var topic = subgroup.GetProperty("value").GetString()!;
            var mine = cosine.Where((_, i) => topics[i] == topic).ToArray();
            Assert.Equal(mine.Length, subgroup.GetProperty("count").GetInt32());
            Assert.Equal(mine.Average(), subgroup.GetProperty("models").GetProperty(TextDemoBuilder.EmbeddingInt8).GetProperty("meanCosine").GetDouble(), 1e-5);
        }
    }
}
