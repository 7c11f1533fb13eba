// Evaluating models on an image folder: labels from class sub-folders or a CSV, preprocessing into the model's
// input, files that do not decode skipped and named, the cache keyed by the files, and memory held to a few batches.
using CompressCompare.Backend.Data.Images;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Images;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Images;

public sealed class ImageFolderEvaluationTests
{
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    static Task<EvaluateResult> Evaluate(string spec) => Service().EvaluateAsync(spec, null, null, NoProgress.Instance, CancellationToken.None);

    static Task<ModelOutputs> Outputs(ImageFolderWorkspace workspace, string id) =>
        Service().GetOutputsAsync(SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None), id, NoProgress.Instance, CancellationToken.None);

    /// <summary>Two red and two green images in class folders (sorted: a-red = 0, b-green = 1), 6×5 resized to 4×4.</summary>
    static ImageFolderWorkspace Colours(string preprocess = "{\"resize\": [4, 4]}", object? batch = null)
    {
        var workspace = new ImageFolderWorkspace();
        workspace.Image("data/val/b-green/1.png", 10, 200, 30);
        workspace.Image("data/val/a-red/2.png", 250, 5, 0);
        workspace.Image("data/val/a-red/1.jpg", 240, 0, 0, format: SkiaSharp.SKEncodedImageFormat.Jpeg);
        workspace.Image("data/val/b-green/sub/3.png", 0, 120, 0);
        workspace.Model("means.onnx", ImageFolderWorkspace.ChannelMeans(4, batch ?? "batch"));
        workspace.WriteSpec("[{\"id\": \"means\", \"artifact\": \"means.onnx\"}]", $"{{\"folder\": \"data/val\", \"preprocess\": {preprocess}}}");
        return workspace;
    }

    [Fact]
    public async Task ClassFolders_GiveLabelsInSortedOrderAndLogitsAreTheChannelMeans()
    {
        using var workspace = Colours();
        var result = await Evaluate(workspace.Spec);
        var entry = Assert.Single(result.Models);
        Assert.Null(entry.Error);
        Assert.Equal((4, 1.0), (entry.Instances, entry.Accuracy));
        Assert.Empty(result.Warnings);
        var listed = ImageFolder.Open(SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None));
        Assert.Equal(["a-red/1.jpg", "a-red/2.png", "b-green/1.png", "b-green/sub/3.png"], listed.Files.Select(f => Path.GetRelativePath(listed.Folder, f).Replace('\\', '/')));
        Assert.Equal([0, 0, 1, 1], listed.Labels);
        // Solid colours survive the resize, so each logit is the channel's value / 255 (ToTensor's float32 division).
        var outputs = await Outputs(workspace, "means");
        var green = outputs.Probabilities.AsSpan(2 * 2, 2).ToArray();
        var expected = Softmax(10 / 255f, 200 / 255f);
        Assert.Equal(expected[0], green[0], 5);
        Assert.Equal(expected[1], green[1], 5);
    }

    static float[] Softmax(float a, float b)
    {
        var m = Math.Max(a, b);
        var (ea, eb) = (MathF.Exp(a - m), MathF.Exp(b - m));
        return [ea / (ea + eb), eb / (ea + eb)];
    }

    [Fact]
    public async Task FilesThatDoNotDecode_AreSkippedCountedAndNamed()
    {
        using var workspace = Colours();
        File.WriteAllText(workspace.File("data/val/a-red/notes.png"), "this is not an image, just text in a .png");
        var truncated = File.ReadAllBytes(workspace.File("data/val/b-green/1.png"));
        File.WriteAllBytes(workspace.File("data/val/b-green/cut.png"), truncated[..(truncated.Length - 20)]);
        var result = await Evaluate(workspace.Spec);
        var entry = Assert.Single(result.Models);
        Assert.Null(entry.Error);
        Assert.Equal((4, 1.0), (entry.Instances, entry.Accuracy));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Skipped 2 image files", warning);
        Assert.Contains("a-red/notes.png (it is neither a JPEG nor a PNG)", warning);
        Assert.Contains("b-green/cut.png (the PNG is truncated", warning);
    }

    [Fact]
    public async Task TheCache_IsKeyedByTheFilesAndThePreprocessing()
    {
        using var workspace = Colours();
        Assert.False(Assert.Single((await Evaluate(workspace.Spec)).Models).Cached);
        Assert.True(Assert.Single((await Evaluate(workspace.Spec)).Models).Cached);
        workspace.Image("data/val/a-red/9.png", 255, 0, 0);
        var grown = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Equal((false, 5), (grown.Cached, grown.Instances));
        workspace.WriteSpec("[{\"id\": \"means\", \"artifact\": \"means.onnx\"}]", "{\"folder\": \"data/val\", \"preprocess\": {\"resize\": [4, 4], \"mean\": [0.5, 0.5, 0.5]}}");
        Assert.False(Assert.Single((await Evaluate(workspace.Spec)).Models).Cached);
    }

    [Fact]
    public async Task ALabelsCsv_NamesTheInstancesAndTheirClasses()
    {
        using var workspace = Colours();
        File.WriteAllText(workspace.File("labels.csv"), "file,label\nb-green/1.png,green\na-red/2.png,red\n");
        workspace.WriteSpec("[{\"id\": \"means\", \"artifact\": \"means.onnx\"}]", "{\"folder\": \"data/val\", \"labels\": \"labels.csv\", \"preprocess\": {\"resize\": [4, 4]}}");
        var spec = SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None);
        var listed = ImageFolder.Open(spec);
        // Without "classes", the names sorted: green = 0, red = 1; so the model (red = 0) is always wrong here.
        Assert.Equal(["green", "red"], listed.Classes);
        Assert.Equal([0, 1], listed.Labels);
        var entry = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Equal((2, 0.0), (entry.Instances, entry.Accuracy));
    }

    [Fact]
    public async Task AFixedBatchModel_RunsEveryImageOnce()
    {
        using var workspace = Colours(batch: 3);
        var entry = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Null(entry.Error);
        Assert.Equal((4, 1.0), (entry.Instances, entry.Accuracy));
    }

    [Fact]
    public async Task ImagesThatDoNotFitTheInput_AreRefusedBeforeAnyBatchWithTheFix()
    {
        using var workspace = Colours(preprocess: "{\"resize\": [5, 5], \"layout\": \"nhwc\"}");
        var entry = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Contains("float32[batch, 3, 4, 4]", entry.Error);
        Assert.Contains("float32[4, 5, 5, 3]", entry.Error);
        Assert.Contains("\"resize\" and \"centerCrop\"", entry.Error);
        Assert.Empty(workspace.CacheFiles());
    }

    [Fact]
    public async Task Behaviors_DrawAnInstanceFromItsFileAsTheModelSawItWithTheSkippedFilesLeftOut()
    {
        using var workspace = Colours(preprocess: "{\"resize\": [4, 4]}");
        File.WriteAllText(workspace.File("data/val/a-red/0-broken.png"), "not an image");
        var specs = new SpecService(NullLogger<SpecService>.Instance);
        var behaviors = new CompressCompare.Backend.Behaviors.BehaviorService(specs, new EvaluationService(specs));
        // Instance 2 is b-green/1.png: the broken file sorted first in a-red is not an instance.
        var instance = await behaviors.InstanceAsync(workspace.Spec, null, 2, CancellationToken.None);
        Assert.Equal((1, CompressCompare.Protocol.Spec.InstanceKind.Image), (instance.Label, instance.Kind));
        Assert.Equal([4, 4, 3], instance.Shape);
        var pixels = Convert.FromBase64String(instance.Pixels!);
        Assert.Equal([10, 200, 30], pixels[..3]);
        Assert.Equal(4 * 4 * 3, pixels.Length);
    }

    [Fact]
    public void TheBatchStream_HoldsAFewBatchesWhateverTheDatasetLength()
    {
        using var workspace = new ImageFolderWorkspace();
        for (var i = 0; i < 60; i++) workspace.Image($"data/val/c/{i:D2}.png", (byte)i, 0, 0, 3, 3);
        workspace.WriteSpec("[]", "{\"folder\": \"data/val\"}");
        var folder = ImageFolder.Open(SpecParser.Parse(workspace.Spec, File.ReadAllText(workspace.Spec), CancellationToken.None));
        using var stream = new ImageBatchStream(folder, new ImageTransform(ImageFolderReader.Defaults), (3, 3), batch: 4);
        for (var start = 0; start < 60; start += 4)
        {
            var values = stream.Next(start, 4, CancellationToken.None);
            Assert.Equal(start / 255f, values[0]);
            Assert.Equal((start + 3) / 255f, values[3 * 27]);
        }
        Assert.InRange(stream.Buffers, 1, ImageBatchStream.Depth + 2);
    }
}
