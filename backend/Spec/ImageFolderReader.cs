// Reads the dataset's optional "images": a folder of JPEG/PNG files and the torchvision-style preprocessing that
// makes each one a model input. Apart from DatasetReader so the tensor sources stay readable on their own.
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class ImageFolderReader
{
    const string Owner = "the dataset's images";
    const string PreprocessOwner = "the dataset's images preprocess";
    const int MaxSide = 16384;

    public static ImageFolderSummary? Read(JsonObjectNode dataset, string specFolder, SpecDiagnosticSink sink)
    {
        var node = dataset.Find(SpecFields.Dataset.Images);
        if (node is null || node.IsNull) return null;
        if (node is not JsonObjectNode images)
        {
            FieldReader.ReportWrongType(node, SpecFields.Dataset.Images, "the dataset", "an object like {\"folder\": \"data/val\", \"preprocess\": {\"resize\": 256, \"centerCrop\": 224}}", sink);
            return null;
        }
        // An image folder brings its own instances and labels: arrays beside it would describe other instances.
        foreach (var other in new[] { SpecFields.Dataset.Inputs, SpecFields.Dataset.Labels })
            if (dataset.Find(other) is { IsNull: false } clash)
                sink.Error(DiagnosticCodes.WrongType, clash.Head,
                    $"The dataset has both \"images\" and \"{other}\"; an image folder takes its instances and labels from its files. Remove \"{other}\" (labels go in \"images\".\"labels\" as a CSV, or come from class sub-folders).");
        if (images.Find(SpecFields.Images.Folder) is null)
            sink.Error(DiagnosticCodes.MissingField, images.Head,
                $"The dataset's images have no \"{SpecFields.Images.Folder}\". Add \"folder\": the image folder relative to the spec, e.g. \"data/val\" holding one sub-folder per class.");
        return new ImageFolderSummary
        {
            Folder = SpecRelativePath.Read(images, SpecFields.Images.Folder, Owner, specFolder, sink, folder: true),
            Labels = SpecRelativePath.Read(images, SpecFields.Images.Labels, Owner, specFolder, sink),
            Input = FieldReader.OptionalString(images, SpecFields.Images.Input, Owner, sink),
            Preprocess = ReadPreprocess(images, sink),
        };
    }

    static ImagePreprocess ReadPreprocess(JsonObjectNode images, SpecDiagnosticSink sink)
    {
        var node = images.Find(SpecFields.Images.Preprocess);
        var preprocess = node as JsonObjectNode;
        if (node is { IsNull: false } && preprocess is null)
            FieldReader.ReportWrongType(node, SpecFields.Images.Preprocess, Owner, "an object like {\"resize\": 256, \"centerCrop\": 224, \"mean\": [0.485, 0.456, 0.406], \"std\": [0.229, 0.224, 0.225]}", sink);
        if (preprocess is null) return Defaults;
        return new ImagePreprocess
        {
            Resize = Size(preprocess, SpecFields.Preprocess.Resize, sink),
            CenterCrop = Size(preprocess, SpecFields.Preprocess.CenterCrop, sink),
            Scale = Positive(preprocess, SpecFields.Preprocess.Scale, sink) ?? Defaults.Scale,
            Mean = Triple(preprocess, SpecFields.Preprocess.Mean, sink, positive: false) ?? Defaults.Mean,
            Std = Triple(preprocess, SpecFields.Preprocess.Std, sink, positive: true) ?? Defaults.Std,
            Channels = Choice(preprocess, SpecFields.Preprocess.Channels, "\"rgb\" or \"bgr\"", Defaults.Channels, sink),
            Layout = Choice(preprocess, SpecFields.Preprocess.Layout, "\"nchw\" or \"nhwc\"", Defaults.Layout, sink),
        };
    }

    /// <summary>ToTensor alone: 0–1 values, RGB, NCHW, at the decoded size.</summary>
    public static ImagePreprocess Defaults { get; } = new()
    {
        Scale = 1.0 / 255,
        Mean = [0, 0, 0],
        Std = [1, 1, 1],
        Channels = ChannelOrder.Rgb,
        Layout = PixelLayout.Nchw,
    };

    /// <summary>One whole number (the shorter side, or a square crop) as [n], or [height, width].</summary>
    static IReadOnlyList<int>? Size(JsonObjectNode obj, string field, SpecDiagnosticSink sink)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node is JsonScalarNode scalar && Side(scalar) is { } side) return [side];
        if (node is JsonArrayNode { Items.Count: 2 } pair && pair.Items.All(i => i is JsonScalarNode s && Side(s) is not null))
            return [.. pair.Items.Select(i => Side((JsonScalarNode)i)!.Value)];
        FieldReader.ReportWrongType(node, field, PreprocessOwner, $"a whole number of pixels (1–{MaxSide}) or [height, width]", sink);
        return null;
    }

    static int? Side(JsonScalarNode node) =>
        node.Number is { } n && n >= 1 && n <= MaxSide && n == Math.Floor(n) ? (int)n : null;

    static double? Positive(JsonObjectNode obj, string field, SpecDiagnosticSink sink)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node is JsonScalarNode { Number: { } n } && n > 0 && double.IsFinite(n)) return n;
        FieldReader.ReportWrongType(node, field, PreprocessOwner, "a positive number (1/255 = 0.00392156862745098 as ToTensor)", sink);
        return null;
    }

    /// <summary>Three numbers, one per channel in RGB order (std: each above zero).</summary>
    static IReadOnlyList<double>? Triple(JsonObjectNode obj, string field, SpecDiagnosticSink sink, bool positive)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node is JsonArrayNode { Items.Count: 3 } array &&
            array.Items.All(i => i is JsonScalarNode { Number: { } n } && double.IsFinite(n) && (!positive || n > 0)))
            return [.. array.Items.Select(i => ((JsonScalarNode)i).Number!.Value)];
        FieldReader.ReportWrongType(node, field, PreprocessOwner, $"three {(positive ? "positive " : "")}numbers, one per channel in RGB order", sink);
        return null;
    }

    static T Choice<T>(JsonObjectNode obj, string field, string expected, T fallback, SpecDiagnosticSink sink) where T : struct, Enum
    {
        var text = FieldReader.OptionalString(obj, field, PreprocessOwner, sink);
        if (text is null) return fallback;
        if (WireEnum.TryParse<T>(text, out var value)) return value;
        FieldReader.ReportWrongType(obj.Find(field)!, field, PreprocessOwner, expected, sink);
        return fallback;
    }
}
