// The parsed "images" of a spec's dataset: a folder of JPEG/PNG files and the torchvision-style preprocessing
// that turns each into the model's input tensor. Its own file so the dataset record stays a list of sources.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Spec;

/// <summary>A dataset whose instances are image files: one sub-folder per class (ImageNet layout), or a labels CSV.</summary>
public sealed record ImageFolderSummary
{
    /// <summary>Folder of the images, relative to the spec; null when the spec's value is unusable (a diagnostic says why).</summary>
    public string? Folder { get; init; }
    /// <summary>CSV (file,label) relative to the spec naming each image's class; null for the class-folder layout (classes = sorted sub-folder names, as torchvision's ImageFolder).</summary>
    public string? Labels { get; init; }
    /// <summary>Model input the pixels feed; null for the model's only input.</summary>
    public string? Input { get; init; }
    /// <summary>How each decoded image becomes the input tensor.</summary>
    public required ImagePreprocess Preprocess { get; init; }
}

/// <summary>torchvision's Resize → CenterCrop → ToTensor → Normalize, applied to each image converted to RGB as PIL's convert("RGB").</summary>
public sealed record ImagePreprocess
{
    /// <summary>[height, width] to resize to, or one number (as a one-element list) for the shorter side, keeping the aspect ratio; null keeps the decoded size. PIL bilinear with antialias.</summary>
    public IReadOnlyList<int>? Resize { get; init; }
    /// <summary>[height, width] cut from the centre after resizing (padded with zeros when larger, as torchvision); null for no crop.</summary>
    public IReadOnlyList<int>? CenterCrop { get; init; }
    /// <summary>Each 0–255 value is multiplied by this before mean and std (1/255 as ToTensor).</summary>
    public required double Scale { get; init; }
    /// <summary>Per-channel mean subtracted after scaling, in RGB order.</summary>
    public required IReadOnlyList<double> Mean { get; init; }
    /// <summary>Per-channel standard deviation divided by after subtracting the mean, in RGB order.</summary>
    public required IReadOnlyList<double> Std { get; init; }
    /// <summary>Channel order of the tensor: "rgb" or "bgr" (Caffe-style exports).</summary>
    public required ChannelOrder Channels { get; init; }
    /// <summary>"nchw" (PyTorch) or "nhwc" (TensorFlow).</summary>
    public required PixelLayout Layout { get; init; }
}

/// <summary>Order of the colour channels in the input tensor.</summary>
[JsonConverter(typeof(WireEnumConverter<ChannelOrder>))]
public enum ChannelOrder
{
    Rgb,
    Bgr,
}

/// <summary>Memory layout of an image batch.</summary>
[JsonConverter(typeof(WireEnumConverter<PixelLayout>))]
public enum PixelLayout
{
    Nchw,
    Nhwc,
}
