// Turns one instance of an image dataset into display bytes: [height, width, channels] HWC, 0–255.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Behaviors;

public static class InstanceImage
{
    /// <summary>The display shape [h, w, c] from the spec's [h, w] (grey) or [h, w, c], or else from the array's own shape.</summary>
    public static int[] Shape(IReadOnlyList<int>? declared, NpyArray inputs, string file)
    {
        var perInstance = inputs.Shape.Length > 1 ? inputs.Shape[1..] : [];
        int[] shape = declared switch
        {
            { Count: 2 } d => [d[0], d[1], 1],
            { Count: 3 } d => [d[0], d[1], d[2]],
            _ => perInstance switch
            {
                [var h, var w] => [h, w, 1],
                [var c, var h, var w] when c is 1 or 3 && w is not (1 or 3) => [h, w, c],
                [var h, var w, var c] when c is 1 or 3 => [h, w, c],
                _ => throw new BackendException(RpcErrorCodes.InvalidRequest,
                    $"Cannot tell how to draw instances shaped [{string.Join(", ", perInstance)}] from {file}.",
                    new RpcErrorData { File = file, Hint = "Give the dataset's instance a \"shape\": [height, width] or [height, width, channels]." }),
            },
        };
        var values = perInstance.Aggregate(1L, (a, b) => a * b);
        if (shape[2] is not (1 or 3) || (long)shape[0] * shape[1] * shape[2] != values)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"The instance shape [{string.Join(", ", shape)}] does not fit the {values} values per instance of {file}, or has a channel count other than 1 or 3.",
                new RpcErrorData { File = file, Hint = "Set the dataset's instance \"shape\" to [height, width] (grey) or [height, width, 3] (RGB)." });
        return shape;
    }

    /// <summary>
    /// How float values map to 0–255. uint8 data is shown as stored. Float data inside [0, 1] follows the usual
    /// "1 is white" convention, so a faint image stays faint rather than being stretched; anything else (0–255
    /// floats, standardized values with negatives) is stretched linearly from the dataset-wide minimum to its
    /// maximum, which for 0–255 data that reaches both ends is the same as showing it as stored. Dataset-wide,
    /// not per instance, so instances stay comparable with each other.
    /// </summary>
    public static (float Offset, float Scale) Scaling(NpyArray inputs)
    {
        if (inputs.DType == "|u1" || inputs.Floats is null) return (0f, 1f);
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        foreach (var v in inputs.Floats)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (min >= 0f && max <= 1f) return (0f, 255f);
        return max > min ? (min, 255f / (max - min)) : (min, 0f);
    }

    /// <summary>
    /// An image-folder instance drawn from its file, resized and cropped as the model saw it (before scaling and
    /// normalising, which would only change its colours).
    /// </summary>
    internal static InstanceData FromFile(Evaluation.Images.ImageFolder folder, int instance, int label, IReadOnlyDictionary<string, string> attributes)
    {
        var file = folder.Files[instance];
        Data.Images.RgbImage image;
        try
        {
            image = new Data.Images.ImageTransform(folder.Summary.Preprocess).Geometry(Data.Images.ImageDecoder.Decode(file));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The image {file} of instance {instance} does not decode any more: {e.Message}.",
                new RpcErrorData { File = file, Hint = "Restore the file, or evaluate the models again so the instances are listed anew." });
        }
        return new InstanceData
        {
            Instance = instance,
            Label = label,
            Kind = InstanceKind.Image,
            Shape = [image.Height, image.Width, 3],
            Pixels = Convert.ToBase64String(image.Pixels),
            Attributes = attributes,
        };
    }

    /// <summary>The instance's bytes in HWC order; arrays stored as [N, c, h, w] (PyTorch's layout) are transposed.</summary>
    public static byte[] Pixels(NpyArray inputs, int instance, int[] shape, (float Offset, float Scale) scaling)
    {
        var (h, w, c) = (shape[0], shape[1], shape[2]);
        var size = h * w * c;
        var values = inputs.Floats ?? throw new InvalidOperationException("Image inputs are read as floats.");
        var start = (long)instance * size;
        var channelsFirst = c > 1 && inputs.Shape.Length == 4 && inputs.Shape[1] == c && inputs.Shape[3] != c;
        var pixels = new byte[size];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
                for (var ch = 0; ch < c; ch++)
                {
                    var source = channelsFirst ? (ch * h + y) * w + x : (y * w + x) * c + ch;
                    var v = (values[start + source] - scaling.Offset) * scaling.Scale;
                    pixels[(y * w + x) * c + ch] = (byte)Math.Clamp(MathF.Round(v), 0f, 255f);
                }
        return pixels;
    }
}
