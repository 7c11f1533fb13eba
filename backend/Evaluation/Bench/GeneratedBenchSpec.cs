// Specs `bench evaluate --generate` writes so the overhead can be measured on the signatures the demo lacks:
// "multi-input", a text-classifier-like model (int64 input_ids and attention_mask → embedding, masked mean,
// two dense layers) fed from named arrays, "batch1", a three-layer MLP exported with a fixed batch of 1, and "images", an
// image folder of JPEGs with torchvision preprocessing (GeneratedImageBench). Weights and
// data are seeded, so every run measures the same work.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Evaluation.Bench;

public static class GeneratedBenchSpec
{
    public const string MultiInput = "multi-input";
    public const string Batch1 = "batch1";
    public const string Images = "images";
    public static IReadOnlyList<string> Kinds { get; } = [MultiInput, Batch1, Images];

    /// <summary>Instances of each kind: enough for a few hundred milliseconds of session.Run, so one pass is not all noise.</summary>
    public static int InstancesOf(string kind) => kind == MultiInput ? 16384 : 4096;
    const int Classes = 10;
    // Sized so session.Run is around a second of one core's work, as a small real model's is: a toy model's few
    // milliseconds would measure the request's fixed costs (spec read, session load, cache write) instead.
    const int Sequence = 128;
    const int Vocabulary = 1000;
    const int Width = 128;
    const int Hidden = 1024;

    /// <summary>Writes models.json, the model and its arrays into <paramref name="folder"/> and returns the spec's path; <paramref name="instances"/> null for <see cref="InstancesOf"/>.</summary>
    public static string Write(string kind, string folder, int? instances = null)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(14);
        if (kind == Images) return WriteImages(folder, instances ?? InstancesOf(kind), random);
        var count = instances ?? InstancesOf(kind);
        string inputs;
        ModelProto model;
        if (kind == MultiInput)
        {
            NpyArray.OfInt64([.. Enumerable.Range(0, count * Sequence).Select(_ => (long)random.Next(Vocabulary))], count, Sequence)
                .Write(Path.Combine(folder, "input-ids.npy"));
            // Each instance keeps a random number of leading tokens, as padded text does.
            var kept = Enumerable.Range(0, count).Select(_ => random.Next(1, Sequence + 1)).ToArray();
            NpyArray.OfInt64([.. Enumerable.Range(0, count * Sequence).Select(i => i % Sequence < kept[i / Sequence] ? 1L : 0L)], count, Sequence)
                .Write(Path.Combine(folder, "attention-mask.npy"));
            inputs = """{"input_ids": "input-ids.npy", "attention_mask": "attention-mask.npy"}""";
            model = TextClassifier(random);
        }
        else if (kind == Batch1)
        {
            NpyArray.OfFloats([.. Enumerable.Range(0, count * Width).Select(_ => random.NextSingle())], count, Width).Write(Path.Combine(folder, "inputs.npy"));
            inputs = "\"inputs.npy\"";
            model = FixedBatchMlp(random);
        }
        else
            throw new ArgumentException($"There is no generated benchmark \"{kind}\"; use one of {string.Join(", ", Kinds)}.", nameof(kind));
        NpyArray.OfInt64([.. Enumerable.Range(0, count).Select(_ => (long)random.Next(Classes))], count).Write(Path.Combine(folder, "labels.npy"));
        return WriteSpec(folder, kind, model, $$$"""
            {"name": "generated ({{{kind}}})", "inputs": {{{inputs}}}, "labels": "labels.npy", "classes": [{{{string.Join(", ", Enumerable.Range(0, Classes).Select(c => $"\"{c}\""))}}}]}
            """);
    }

    static string WriteImages(string folder, int instances, Random random)
    {
        var (dataset, model) = GeneratedImageBench.Write(folder, instances, random);
        return WriteSpec(folder, Images, model, $$"""{"name": "generated ({{Images}})", "images": {{dataset}}}""");
    }

    static string WriteSpec(string folder, string kind, ModelProto model, string dataset)
    {
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), model.ToByteArray());
        var spec = Path.Combine(folder, "models.json");
        File.WriteAllText(spec, $$"""
            {"models": [{"id": "{{kind}}", "artifact": "model.onnx"}],
             "dataset": {{dataset.Trim()}}}
            """);
        return spec;
    }

    static float[] Weights(Random random, int count, int fanIn) =>
        [.. Enumerable.Range(0, count).Select(_ => (random.NextSingle() * 2 - 1) / MathF.Sqrt(fanIn))];

    static ModelProto TextClassifier(Random random)
    {
        var graph = new GraphProto { Name = "bench_text_classifier" };
        graph.Initializer.Add(Floats("embedding", Weights(random, Vocabulary * Width, 1), [Vocabulary, Width]));
        graph.Initializer.Add(Floats("w1", Weights(random, Width * Hidden, Width), [Width, Hidden]));
        graph.Initializer.Add(Floats("w2", Weights(random, Hidden * Classes, Hidden), [Hidden, Classes]));
        graph.Initializer.Add(Int64s("axis2", 2));
        graph.Input.Add(ValueInfo("input_ids", OnnxDataType.Int64, "batch", Sequence));
        graph.Input.Add(ValueInfo("attention_mask", OnnxDataType.Int64, "batch", Sequence));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, "batch", Classes));
        graph.Node.Add(Node("Gather", "embed", ["embedding", "input_ids"], "tokens"));
        graph.Node.Add(Node("Cast", "mask_float", ["attention_mask"], "mask_f", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Unsqueeze", "mask_column", ["mask_f", "axis2"], "mask_3d"));
        graph.Node.Add(Node("Mul", "masked", ["tokens", "mask_3d"], "kept"));
        graph.Node.Add(Node("ReduceMean", "pool", ["kept"], "pooled", Ints("axes", 1), Int("keepdims", 0)));
        graph.Node.Add(Node("MatMul", "dense1", ["pooled", "w1"], "h1"));
        graph.Node.Add(Node("Relu", "relu1", ["h1"], "a1"));
        graph.Node.Add(Node("MatMul", "dense2", ["a1", "w2"], "logits"));
        return Model(graph);
    }

    static ModelProto FixedBatchMlp(Random random)
    {
        var graph = new GraphProto { Name = "bench_batch1_mlp" };
        graph.Initializer.Add(Floats("w1", Weights(random, Width * Hidden, Width), [Width, Hidden]));
        graph.Initializer.Add(Floats("w2", Weights(random, Hidden * Hidden, Hidden), [Hidden, Hidden]));
        graph.Initializer.Add(Floats("w3", Weights(random, Hidden * Classes, Hidden), [Hidden, Classes]));
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, Width));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, 1, Classes));
        graph.Node.Add(Node("MatMul", "dense1", ["x", "w1"], "h1"));
        graph.Node.Add(Node("Relu", "relu1", ["h1"], "a1"));
        graph.Node.Add(Node("MatMul", "dense2", ["a1", "w2"], "h2"));
        graph.Node.Add(Node("Relu", "relu2", ["h2"], "a2"));
        graph.Node.Add(Node("MatMul", "dense3", ["a2", "w3"], "logits"));
        return Model(graph);
    }

    static ModelProto Model(GraphProto graph)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "compress-compare bench", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model;
    }
}
