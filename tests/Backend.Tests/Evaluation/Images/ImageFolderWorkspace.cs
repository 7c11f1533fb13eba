// A spec folder with an image dataset written by the test: class sub-folders of solid-colour PNGs (so every
// preprocessed value is known by hand), a model that averages each channel, and files that do not decode.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using SkiaSharp;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Evaluation.Images;

internal sealed class ImageFolderWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-img-").FullName;
    public string Spec => Path.Combine(Folder, "models.json");
    public string CacheFolder => Path.Combine(Folder, ".compress-compare", "cache");

    public string File(string relative) => Path.Combine(Folder, relative);

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> PNG (or JPEG) of one colour at <paramref name="relative"/>.</summary>
    public string Image(string relative, byte r, byte g, byte b, int width = 6, int height = 5, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        var path = File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(r, g, b));
        using var data = bitmap.Encode(format, 95);
        System.IO.File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    /// <summary>
    /// x float [batch, 3, side, side] → logits = channel means @ W, W = [[1, 0], [0, 1], [0, 0]]: the logits are the
    /// red and the green means, so red images are class 0 and green ones class 1.
    /// </summary>
    public static ModelProto ChannelMeans(int side, object batch)
    {
        var graph = new GraphProto { Name = "channel_means", Initializer = { Floats("W", [1f, 0f, 0f, 1f, 0f, 0f], [3, 2]), Int64s("flat", 0, 3) } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, batch, 3, side, side));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, batch, 2));
        graph.Node.Add(Node("GlobalAveragePool", "pool", ["x"], "pooled"));
        graph.Node.Add(Node("Reshape", "flatten", ["pooled", "flat"], "means"));
        graph.Node.Add(Node("MatMul", "head", ["means", "W"], "logits"));
        return OnnxProtoModels.Model(graph, 17);
    }

    public void Model(string name, ModelProto model) => model.Save(File(name));

    /// <summary>The spec: <paramref name="models"/> and <paramref name="images"/> are JSON written as is.</summary>
    public void WriteSpec(string models, string images) =>
        System.IO.File.WriteAllText(Spec, "{\"models\": " + models + ", \"dataset\": {\"name\": \"colours\", \"images\": " + images + "}}");

    public string[] CacheFiles() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
