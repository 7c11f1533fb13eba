// A real pretrained model on an image folder, through the CLI: the ResNet-18 of NuGet's
// Microsoft.ML.DnnImageFeaturizer.ResNet18 (512 features, Caffe-style BGR input with the mean subtracted) and a
// copy whose weights are rounded to float16, evaluated and compared as a 512-way classifier and as an embedding
// (task "embedding": cosine, MSE and relative L2 of the features). The outputs and the embedding numbers are checked
// against ONNX Runtime run directly on each image's preprocessed tensor, one image at a time.
using System.Text.Json;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Data.Images;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Backend.Tests.Evaluation.Images;

public sealed class ResNetImageFolderTests
{
    /// <summary>The package's ResNetPreprocess.onnx swaps RGB to BGR and subtracts a mean image; these are its per-channel means, in RGB order.</summary>
    const string Preprocess = """{"resize": 256, "centerCrop": 224, "scale": 1, "mean": [123.152, 115.903, 103.063], "channels": "bgr"}""";

    static async Task<(int Exit, JsonElement Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    /// <summary>A small picture: a disc or a square of one colour on a gradient, so no two images give the same features.</summary>
    static void Picture(ImageFolderWorkspace workspace, string relative, SKColor colour, bool disc, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        var path = workspace.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(new SKImageInfo(80, 60, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true, Color = colour })
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(80, 60), [SKColors.White, SKColors.SlateGray], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, 80, 60, background);
            if (disc) canvas.DrawCircle(40, 30, 20, paint);
            else canvas.DrawRect(20, 12, 36, 36, paint);
        }
        using var data = bitmap.Encode(format, 90);
        File.WriteAllBytes(path, data.ToArray());
    }

    /// <summary>
    /// The model with its float weights rounded to float16 and back (a "float16 weights" compression). One batch-norm
    /// variance of this export is 72,282, past float16's 65,504: rounded, it became infinity and the compare's mean
    /// KL 3.8, so values outside float16's range keep float32, as converters that keep overflowing constants do.
    /// </summary>
    static void WriteHalfWeights(string source, string destination)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(source));
        foreach (var tensor in model.Graph.Initializer)
            for (var i = 0; i < tensor.FloatData.Count; i++)
                if (Math.Abs(tensor.FloatData[i]) <= (float)Half.MaxValue) tensor.FloatData[i] = (float)(Half)tensor.FloatData[i];
        File.WriteAllBytes(destination, Google.Protobuf.MessageExtensions.ToByteArray(model));
    }

    [Fact]
    public async Task ResNet18_EvaluatesAndComparesFromAnImageFolder_AndMatchesOnnxRuntimeOnEachImage()
    {
        using var workspace = Workspace();

        var (exit, evaluated) = await Run("evaluate", workspace.Spec);
        Assert.True(exit == CliRunner.ExitOk, evaluated.ToString());
        Assert.All(evaluated.GetProperty("models").EnumerateArray(), m => Assert.Equal(3, m.GetProperty("instances").GetInt32()));

        var (compareExit, compared) = await Run("compare", workspace.Spec, "--base", "resnet18", "--models", "resnet18-fp16");
        Assert.Equal(CliRunner.ExitOk, compareExit);
        Assert.Equal(3, compared.GetProperty("instanceCount").GetInt32());
        var fp16 = compared.GetProperty("overall").GetProperty("resnet18-fp16");
        // float16 weights move a 512-way softmax a little, not much: the features are the same picture.
        Console.Error.WriteLine($"ResNet-18 float16 weights vs float32 on 3 images: mean KL {fp16.GetProperty("meanKl").GetDouble():g4}, agreement {fp16.GetProperty("agreement").GetDouble()}");
        Assert.InRange(fp16.GetProperty("meanKl").GetDouble(), 1e-9, 0.05);

        // Independently: ONNX Runtime on each image's tensor (made by the same preprocessing, one image at a time).
        var spec = SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None);
        var outputs = await new EvaluationService(new SpecService(NullLogger<SpecService>.Instance)).GetOutputsAsync(spec, "resnet18", NoProgress.Instance, CancellationToken.None);
        Assert.Equal(512, outputs.Classes);
        var rows = Features(workspace, spec, "resnet18.onnx").Select(Softmax).ToArray();
        for (var i = 0; i < Files.Length; i++)
            for (var k = 0; k < 512; k++)
                // Softmax in double here, in float in the backend: they differ in the last bits only.
                Assert.InRange(Math.Abs(rows[i][k] - outputs.Probabilities[i * 512 + k]), 0, 2e-6);
        Assert.NotEqual(rows[0], rows[2]);
    }

    [Fact]
    public async Task ResNet18_AsAnEmbedding_ComparesByCosineMseAndRelativeL2_MatchingOnnxRuntimeOnEachImage()
    {
        using var workspace = Workspace();
        // Evaluated as a classifier first: the embedding must not read those softmaxed outputs back from the cache.
        Assert.Equal(CliRunner.ExitOk, (await Run("evaluate", workspace.Spec)).Exit);
        WriteSpec(workspace, "embedding");
        var (exit, evaluated) = await Run("evaluate", workspace.Spec);
        Assert.True(exit == CliRunner.ExitOk, evaluated.ToString());
        Assert.All(evaluated.GetProperty("models").EnumerateArray(), m =>
        {
            Assert.Equal(3, m.GetProperty("instances").GetInt32());
            Assert.False(m.GetProperty("cached").GetBoolean());
            Assert.Equal(JsonValueKind.Null, m.GetProperty("accuracy").ValueKind);
        });

        var (compareExit, compared) = await Run("compare", workspace.Spec, "--base", "resnet18", "--models", "resnet18-fp16");
        Assert.True(compareExit == CliRunner.ExitOk, compared.ToString());
        Assert.Equal("embedding", compared.GetProperty("task").GetString());
        Assert.Equal(1, compared.GetProperty("overall").GetProperty("resnet18").GetProperty("meanCosine").GetDouble(), 1e-9);
        var fp16 = compared.GetProperty("overall").GetProperty("resnet18-fp16");
        var (cosine, mse, relativeL2) = (fp16.GetProperty("meanCosine").GetDouble(), fp16.GetProperty("meanMse").GetDouble(), fp16.GetProperty("meanRelativeL2").GetDouble());
        Console.Error.WriteLine($"ResNet-18 features, float16 weights vs float32 on 3 images: mean cosine {cosine:g6}, MSE {mse:g4}, relative L2 {relativeL2:g4}");

        // Independently: both models' raw features by ONNX Runtime on each image, and the formulas of docs/tasks.md in double.
        var spec = SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None);
        var b = Features(workspace, spec, "resnet18.onnx").Select(r => r.Select(v => (double)v).ToArray()).ToArray();
        var m = Features(workspace, spec, "resnet18-fp16.onnx").Select(r => r.Select(v => (double)v).ToArray()).ToArray();
        static double Dot(double[] x, double[] y) => x.Zip(y, (p, q) => p * q).Sum();
        static double SquaredDistance(double[] x, double[] y) => x.Zip(y, (p, q) => (q - p) * (q - p)).Sum();
        Assert.Equal(b.Select((x, i) => Dot(x, m[i]) / Math.Sqrt(Dot(x, x) * Dot(m[i], m[i]))).Average(), cosine, 1e-6);
        Assert.Equal(b.Select((x, i) => SquaredDistance(x, m[i]) / 512).Average(), mse, mse * 1e-3);
        Assert.Equal(b.Select((x, i) => Math.Sqrt(SquaredDistance(x, m[i]) / Dot(x, x))).Average(), relativeL2, relativeL2 * 1e-3);
        // float16 weights move the features a little: the same pictures, not the same numbers.
        Assert.InRange(relativeL2, 1e-6, 0.05);
    }

    /// <summary>
    /// The folder of three pictures, the model and its float16-weights copy. The spec's dataset is <paramref name="task"/>
    /// (null: none, so classification).
    /// </summary>
    static ImageFolderWorkspace Workspace(string? task = null)
    {
        var resnet = ThirdPartyModels.ResNet18;
        var workspace = new ImageFolderWorkspace();
        Picture(workspace, "data/val/disc/red.png", SKColors.Red, disc: true);
        Picture(workspace, "data/val/disc/blue.jpg", SKColors.Blue, disc: true, SKEncodedImageFormat.Jpeg);
        Picture(workspace, "data/val/square/green.png", SKColors.Green, disc: false);
        File.Copy(resnet, workspace.File("resnet18.onnx"));
        WriteHalfWeights(resnet, workspace.File("resnet18-fp16.onnx"));
        WriteSpec(workspace, task);
        return workspace;
    }

    static void WriteSpec(ImageFolderWorkspace workspace, string? task) => workspace.WriteSpec("""
        [{"id": "resnet18", "artifact": "resnet18.onnx"}, {"id": "resnet18-fp16", "base": "resnet18", "artifact": "resnet18-fp16.onnx"}]
        """, $$"""{"folder": "data/val", "preprocess": {{Preprocess}}}""" + (task is null ? "" : $", \"task\": \"{task}\""));

    /// <summary>The images in the order the folder lists them (class folders, then file names, ordinal).</summary>
    static readonly string[] Files = ["disc/blue.jpg", "disc/red.png", "square/green.png"];

    /// <summary>The model's 512 features for each image, by ONNX Runtime on its tensor (the same preprocessing), one image at a time.</summary>
    static float[][] Features(ImageFolderWorkspace workspace, ParsedSpec spec, string model)
    {
        var transform = new ImageTransform(spec.Dataset!.Images!.Preprocess);
        using var session = new InferenceSession(workspace.File(model));
        return [.. Files.Select(file =>
        {
            var tensor = new float[3 * 224 * 224];
            transform.Write(transform.Geometry(ImageDecoder.Decode(workspace.File("data/val/" + file))), tensor);
            using var input = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, 224, 224]);
            using var result = session.Run(new RunOptions(), ["Input247"], [input], ["Pooling395_Output_0"]);
            return result[0].GetTensorDataAsSpan<float>().ToArray();
        })];
    }

    static float[] Softmax(float[] logits)
    {
        var max = logits.Max();
        var exps = logits.Select(v => Math.Exp(v - max)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => (float)(e / sum))];
    }
}
