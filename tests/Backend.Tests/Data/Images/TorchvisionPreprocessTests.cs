// Checks decoding and preprocessing against what PIL and torchvision's transforms made of the same files
// (tests/fixtures/images, written once by make_reference.py): bit for bit, PNG and JPEG alike.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Data.Images;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Data.Images;

public sealed class TorchvisionPreprocessTests
{
    static string Fixture(string name) => RepoPaths.Of(Path.Combine("tests", "fixtures", "images", name));

    static byte[] Reference(string name, out int[] shape)
    {
        var array = NpyArray.Read(Fixture(name));
        shape = array.Shape;
        return [.. array.Floats!.Select(v => (byte)v)];
    }

    static int MaxDifference(byte[] a, byte[] b) => a.Zip(b).Max(p => Math.Abs(p.First - p.Second));

    [Theory]
    [InlineData("rgb-37x29")]
    [InlineData("grey-40x64")]
    [InlineData("rgba-90x67")]
    public void Decode_PngEqualsPilConvertRgb(string stem)
    {
        var image = ImageDecoder.Decode(Fixture(stem + ".png"));
        var expected = Reference(stem + ".decoded.npy", out var shape);
        Assert.Equal([shape[0], shape[1]], [image.Height, image.Width]);
        Assert.Equal(expected, image.Pixels);
    }

    [Fact]
    public void Decode_JpegEqualsPil()
    {
        // Both decode with libjpeg-turbo's defaults (islow IDCT, fancy upsampling): measured identical to Debian 12's
        // PIL 9.4, so the test holds them to it; a Skia update that moves a level would show here first.
        var image = ImageDecoder.Decode(Fixture("photo-96x120.jpg"));
        var expected = Reference("photo-96x120.decoded.npy", out _);
        Assert.InRange(MaxDifference(expected, image.Pixels), 0, 0);
    }

    [Theory]
    [InlineData("rgb-37x29.png", 20, 16)]
    [InlineData("rgb-37x29.png", 50, 48)]
    [InlineData("grey-40x64.png", 24, 24)]
    [InlineData("rgba-90x67.png", 21, 20)]
    public void ResizeAndCenterCrop_PngEqualTorchvision(string file, int resize, int crop)
    {
        var transform = new ImageTransform(ImageFolderReader.Defaults with { Resize = [resize], CenterCrop = [crop] });
        var output = transform.Geometry(ImageDecoder.Decode(Fixture(file)));
        var expected = Reference($"{Path.GetFileNameWithoutExtension(file)}.resize{resize}.crop{crop}.npy", out _);
        Assert.Equal((crop, crop), (output.Height, output.Width));
        Assert.Equal(expected, output.Pixels);
    }

    [Fact]
    public void ResizeAndCenterCrop_JpegEqualTorchvision()
    {
        var transform = new ImageTransform(ImageFolderReader.Defaults with { Resize = [32], CenterCrop = [28] });
        var output = transform.Geometry(ImageDecoder.Decode(Fixture("photo-96x120.jpg")));
        Assert.InRange(MaxDifference(Reference("photo-96x120.resize32.crop28.npy", out _), output.Pixels), 0, 0);
    }

    [Theory]
    [InlineData(500, 375, 256, 341, 256)]  // landscape: the longer side int(256 × 500 / 375) = 341
    [InlineData(375, 500, 256, 256, 341)]
    [InlineData(100, 100, 7, 7, 7)]
    public void ResizedSize_ShorterSideAsTorchvision(int width, int height, int size, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), ImageTransform.ResizedSize(width, height, [size]));

    [Fact]
    public void CenterCrop_RoundsHalfOffsetsToEvenAndPadsWithZeros()
    {
        // A 5×1 row 10..50: cropping 2 wide cuts at round(1.5) = 2 (Python rounds halves to even).
        var row = new RgbImage(5, 1, [.. Enumerable.Range(1, 5).SelectMany(v => new[] { (byte)(v * 10), (byte)0, (byte)0 })]);
        Assert.Equal([30, 0, 0, 40, 0, 0], ImageTransform.CenterCrop(row, 1, 2).Pixels);
        // Wider than the image: (4 − 1) // 2 = 1 zero column before, 2 after.
        var dot = new RgbImage(1, 1, [9, 9, 9]);
        Assert.Equal([0, 0, 0, 9, 9, 9, 0, 0, 0, 0, 0, 0], ImageTransform.CenterCrop(dot, 1, 4).Pixels);
    }

    [Fact]
    public void Write_NormalizesInFloat32AndLaysOutChannels()
    {
        var image = new RgbImage(2, 1, [255, 0, 51, 0, 255, 102]);
        var preprocess = ImageFolderReader.Defaults with { Mean = [0.485, 0.456, 0.406], Std = [0.229, 0.224, 0.225] };
        var nchw = new float[6];
        new ImageTransform(preprocess).Write(image, nchw);
        float Normalized(byte v, int c) => (v / 255f - (float)preprocess.Mean[c]) / (float)preprocess.Std[c];
        Assert.Equal([Normalized(255, 0), Normalized(0, 0), Normalized(0, 1), Normalized(255, 1), Normalized(51, 2), Normalized(102, 2)], nchw);

        var nhwcBgr = new float[6];
        new ImageTransform(ImageFolderReader.Defaults with { Scale = 1, Channels = CompressCompare.Protocol.Spec.ChannelOrder.Bgr, Layout = CompressCompare.Protocol.Spec.PixelLayout.Nhwc }).Write(image, nhwcBgr);
        Assert.Equal([51f, 0f, 255f, 102f, 255f, 0f], nhwcBgr);
    }
}
