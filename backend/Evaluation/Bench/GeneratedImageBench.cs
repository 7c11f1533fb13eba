// The image-folder case of `bench evaluate --generate images`: JPEGs in ten class folders (a disc of the class's
// colour on a random background, 256×192 as small photos are) and a three-layer CNN on 64×64 crops, sized so that
// decoding and session.Run take similar time on two cores: the overlap the benchmark measures then matters.
// Seeded, so every run measures the same work.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using SkiaSharp;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Evaluation.Bench;

internal static class GeneratedImageBench
{
    const int Classes = 10;
    const int Side = 64;

    /// <summary>The "dataset" and "models" JSON of the spec, after writing <paramref name="instances"/> images and model.onnx into <paramref name="folder"/>.</summary>
    public static (string Dataset, ModelProto Model) Write(string folder, int instances, Random random)
    {
        var seeds = Enumerable.Range(0, instances).Select(_ => random.Next()).ToArray();
        Parallel.For(0, instances, i => WriteImage(Path.Combine(folder, "images", $"class-{i % Classes}", $"{i:D6}.jpg"), i % Classes, new Random(seeds[i])));
        const string dataset = """
            {"folder": "images", "preprocess": {"resize": 72, "centerCrop": 64, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}}
            """;
        return (dataset, Cnn(random));
    }

    static void WriteImage(string path, int label, Random random)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(new SKImageInfo(256, 192, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true, Color = SKColor.FromHsv(label * 36f, 80, 90) })
        {
            canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            canvas.DrawCircle(random.Next(64, 192), random.Next(48, 144), random.Next(20, 60), paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(path, data.ToArray());
    }

    static float[] Weights(Random random, int count, int fanIn) =>
        [.. Enumerable.Range(0, count).Select(_ => (random.NextSingle() * 2 - 1) / MathF.Sqrt(fanIn))];

    /// <summary>x [batch, 3, 64, 64] → conv 3→32 (stride 2) → conv 32→64 (stride 2) → conv 64→64 → mean pool → 10 logits.</summary>
    static ModelProto Cnn(Random random)
    {
        var graph = new GraphProto { Name = "bench_image_cnn" };
        graph.Initializer.Add(Floats("c1", Weights(random, 32 * 3 * 9, 27), [32, 3, 3, 3]));
        graph.Initializer.Add(Floats("c2", Weights(random, 64 * 32 * 9, 288), [64, 32, 3, 3]));
        graph.Initializer.Add(Floats("c3", Weights(random, 64 * 64 * 9, 576), [64, 64, 3, 3]));
        graph.Initializer.Add(Floats("head", Weights(random, 64 * Classes, 64), [64, Classes]));
        graph.Initializer.Add(Int64s("flat", 0, 64));
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "batch", 3, Side, Side));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, "batch", Classes));
        graph.Node.Add(Node("Conv", "conv1", ["x", "c1"], "h1", Ints("strides", 2, 2), Ints("pads", 1, 1, 1, 1)));
        graph.Node.Add(Node("Relu", "relu1", ["h1"], "a1"));
        graph.Node.Add(Node("Conv", "conv2", ["a1", "c2"], "h2", Ints("strides", 2, 2), Ints("pads", 1, 1, 1, 1)));
        graph.Node.Add(Node("Relu", "relu2", ["h2"], "a2"));
        graph.Node.Add(Node("Conv", "conv3", ["a2", "c3"], "h3", Ints("pads", 1, 1, 1, 1)));
        graph.Node.Add(Node("Relu", "relu3", ["h3"], "a3"));
        graph.Node.Add(Node("GlobalAveragePool", "pool", ["a3"], "pooled"));
        graph.Node.Add(Node("Reshape", "flatten", ["pooled", "flat"], "features"));
        graph.Node.Add(Node("MatMul", "dense", ["features", "head"], "logits"));
        var model = new ModelProto { IrVersion = 8, ProducerName = "compress-compare bench", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model;
    }
}
