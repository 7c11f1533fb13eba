// The dataset's "images": an image folder with torchvision-style preprocessing, its defaults and located
// diagnostics for each field that cannot be used.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserImageFolderTests
{
    [Fact]
    public void Reads_a_complete_image_folder()
    {
        var summary = Parse("""
            {"dataset": {"images": {"folder": "data/val", "labels": "data/val.csv", "input": "pixel_values",
                         "preprocess": {"resize": 256, "centerCrop": [224, 200], "scale": 1, "mean": [0.5, 0.25, 0],
                                        "std": [2, 3, 4], "channels": "bgr", "layout": "nhwc"}}}, "models": []}
            """);
        NoDiagnostics(summary);
        var images = summary.Dataset!.Images!;
        Assert.Equal(("data/val", "data/val.csv", "pixel_values"), (images.Folder, images.Labels, images.Input));
        var p = images.Preprocess;
        Assert.Equal([256], p.Resize);
        Assert.Equal([224, 200], p.CenterCrop);
        Assert.Equal((1.0, ChannelOrder.Bgr, PixelLayout.Nhwc), (p.Scale, p.Channels, p.Layout));
        Assert.Equal([0.5, 0.25, 0], p.Mean);
        Assert.Equal([2.0, 3, 4], p.Std);
    }

    [Fact]
    public void Without_preprocess_the_defaults_are_ToTensor_alone()
    {
        var summary = Parse("""{"dataset": {"images": {"folder": "data/val"}}, "models": []}""");
        NoDiagnostics(summary);
        var p = summary.Dataset!.Images!.Preprocess;
        Assert.Equal((null, null, 1.0 / 255, ChannelOrder.Rgb, PixelLayout.Nchw), (p.Resize, p.CenterCrop, p.Scale, p.Channels, p.Layout));
        Assert.Equal([0.0, 0, 0], p.Mean);
        Assert.Equal([1.0, 1, 1], p.Std);
    }

    [Theory]
    [InlineData("\"resize\": 0", "resize")]
    [InlineData("\"resize\": [1, 2, 3]", "resize")]
    [InlineData("\"centerCrop\": 22.5", "centerCrop")]
    [InlineData("\"scale\": -1", "scale")]
    [InlineData("\"mean\": [1, 2]", "mean")]
    [InlineData("\"std\": [1, 0, 1]", "std")]
    [InlineData("\"channels\": \"rgba\"", "channels")]
    [InlineData("\"layout\": \"chw\"", "layout")]
    public void A_bad_preprocess_field_is_reported_at_its_value_and_its_default_kept(string field, string name)
    {
        var text = "{\"dataset\": {\"images\": {\"folder\": \"data/val\", \"preprocess\": {" + field + "}}}, \"models\": []}";
        var diagnostic = Single(Parse(text), DiagnosticCodes.WrongType);
        var valueStart = text.IndexOf(field, StringComparison.Ordinal) + name.Length + 4;
        Assert.Equal((1, valueStart + 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"\"{name}\"", diagnostic.Message);
    }

    [Fact]
    public void Images_beside_inputs_or_labels_and_a_missing_folder_are_errors()
    {
        var summary = Parse("""{"dataset": {"inputs": "x.npy", "labels": "y.npy", "images": {"preprocess": {}}}, "models": []}""");
        Assert.Equal(2, summary.Diagnostics.Count(d => d.Code == DiagnosticCodes.WrongType && d.Message.Contains("both \"images\"")));
        var missing = Single(summary, DiagnosticCodes.MissingField);
        Assert.Contains("\"folder\"", missing.Message);
        Assert.Null(summary.Dataset!.Images!.Folder);
    }

    [Fact]
    public void A_folder_outside_the_spec_folder_is_refused()
    {
        var summary = Parse("""{"dataset": {"images": {"folder": "../val"}}, "models": []}""");
        Single(summary, DiagnosticCodes.PathOutsideSpecFolder);
        Assert.Null(summary.Dataset!.Images!.Folder);
    }
}
